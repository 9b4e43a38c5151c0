import { expect } from '@open-wc/testing';
import { anchorTimeSpec, hasRangeMismatch, parseTimeText } from '../../src/model/time.js';

describe('parseTimeText', () => {
  it('reads every way the seeds write a date', () => {
    // 000: title, targets, document date, a month without a year in a risk
    expect(parseTimeText('Q4 2024')).to.deep.include({ kind: 'absolute', precision: 'quarter', start: '2024-10-01', end: '2024-12-31', edtf: '2024-36' });
    expect(parseTimeText('December 2024')).to.deep.include({ precision: 'month', start: '2024-12-01', end: '2024-12-31', edtf: '2024-12' });
    expect(parseTimeText('November 2024')).to.deep.include({ start: '2024-11-01', end: '2024-11-30' });
    expect(parseTimeText('October 1, 2024')).to.deep.include({ precision: 'day', start: '2024-10-01', end: '2024-10-01' });
    expect(parseTimeText('November', { defaultYear: 2024 })).to.deep.include({ start: '2024-11-01', end: '2024-11-30', inferred: ['year'] });
    // 001: quarter with its redundant month range, last-updated month, a year
    const q1 = parseTimeText('Q1 2025 (January - March)')!;
    expect(q1).to.deep.include({ precision: 'quarter', start: '2025-01-01', end: '2025-03-31' });
    expect(q1.focus).to.equal(undefined);
    expect(parseTimeText('Q4 2025 (October - December)')).to.deep.include({ start: '2025-10-01', end: '2025-12-31' });
    expect(parseTimeText('January 2025')).to.deep.include({ precision: 'month', start: '2025-01-01', end: '2025-01-31' });
    expect(parseTimeText('2025')).to.deep.include({ precision: 'year', start: '2025-01-01', end: '2025-12-31', edtf: '2025' });
    expect(parseTimeText('Q1', { defaultYear: 2025 })).to.deep.include({ start: '2025-01-01', end: '2025-03-31', inferred: ['year'] });
    // 002: relative horizons stay relative
    expect(parseTimeText('Next 3 Months')).to.deep.include({ kind: 'relative', offset: { from: 0, to: 3, unit: 'month' }, anchor: { basis: 'none' } });
    expect(parseTimeText('3-6 Months')).to.deep.include({ kind: 'relative', offset: { from: 3, to: 6, unit: 'month' } });
    expect(parseTimeText('6-12 Months')).to.deep.include({ kind: 'relative', offset: { from: 6, to: 12, unit: 'month' } });
    expect(parseTimeText('Next 3 Months')!.start).to.equal(undefined);
    // 003: quarters with a name are split by the importer; "by Q2" without a year
    expect(parseTimeText('Q1 2024')).to.deep.include({ start: '2024-01-01', end: '2024-03-31' });
    expect(parseTimeText('by Q2', { defaultYear: 2024 })).to.deep.include({ start: '2024-04-01', end: '2024-06-30', inferred: ['year'] });
    // 004: ISO day, focus window, en-dash range equal to the quarter, item-level month
    expect(parseTimeText('2025-09-12')).to.deep.include({ precision: 'day', start: '2025-09-12', end: '2025-09-12', edtf: '2025-09-12' });
    const q3 = parseTimeText('Q3 2025 (Sep)')!;
    expect(q3).to.deep.include({ start: '2025-07-01', end: '2025-09-30', edtf: '2025-35' });
    expect(q3.focus).to.deep.equal({ raw: 'Sep', start: '2025-09-01', end: '2025-09-30', precision: 'month' });
    const q4 = parseTimeText('Q4 2025 (Oct–Dec)')!;
    expect(q4).to.deep.include({ start: '2025-10-01', end: '2025-12-31' });
    expect(q4.focus).to.equal(undefined);
    expect(parseTimeText('Dec', { defaultYear: 2025 })).to.deep.include({ start: '2025-12-01', end: '2025-12-31', inferred: ['year'] });
    expect(parseTimeText('Q1 2026')).to.deep.include({ start: '2026-01-01', end: '2026-03-31' });
  });

  it('reads the other common forms', () => {
    expect(parseTimeText('H1 2026')).to.deep.include({ precision: 'half', start: '2026-01-01', end: '2026-06-30', edtf: '2026-40' });
    expect(parseTimeText('2H 2025')).to.deep.include({ start: '2025-07-01', end: '2025-12-31' });
    expect(parseTimeText('2025 H2')).to.deep.include({ start: '2025-07-01', end: '2025-12-31' });
    expect(parseTimeText("Q3'25")).to.deep.include({ start: '2025-07-01', end: '2025-09-30' });
    expect(parseTimeText('2025-Q3')).to.deep.include({ start: '2025-07-01', end: '2025-09-30' });
    expect(parseTimeText('2025-03')).to.deep.include({ precision: 'month', start: '2025-03-01', end: '2025-03-31' });
    expect(parseTimeText('1 March 2025')).to.deep.include({ start: '2025-03-01', end: '2025-03-01' });
    expect(parseTimeText('Jan–Mar 2025')).to.deep.include({ start: '2025-01-01', end: '2025-03-31' });
    expect(parseTimeText('Target: Dec 2024')).to.deep.include({ start: '2024-12-01', end: '2024-12-31' });
    expect(parseTimeText('Now')).to.deep.include({ kind: 'ordinal', ordinal: 1 });
    expect(parseTimeText('Next')).to.deep.include({ kind: 'ordinal', ordinal: 2 });
    expect(parseTimeText('Later')).to.deep.include({ kind: 'ordinal', ordinal: 3 });
    expect(parseTimeText('next quarter')).to.deep.include({ kind: 'relative', offset: { from: 1, to: 2, unit: 'quarter' } });
  });

  it('marks approximate and uncertain time honestly', () => {
    expect(parseTimeText('~ Q3 2025')).to.deep.include({ approximate: true, start: '2025-07-01' });
    expect(parseTimeText('early 2025')).to.deep.include({ approximate: true, start: '2025-01-01', end: '2025-04-30' });
    expect(parseTimeText('late Q4 2025')).to.deep.include({ approximate: true, start: '2025-12-01', end: '2025-12-31' });
    expect(parseTimeText('Q2 2026?')).to.deep.include({ uncertain: true, start: '2026-04-01' });
    expect(parseTimeText('TBD')).to.deep.include({ kind: 'unknown', uncertain: true });
  });

  it('uses a fiscal year start for quarters and FY years', () => {
    expect(parseTimeText('Q1 FY25', { fiscalYearStartMonth: 10 })).to.deep.include({ start: '2024-10-01', end: '2024-12-31' });
    expect(parseTimeText('FY2025', { fiscalYearStartMonth: 4 })).to.deep.include({ start: '2024-04-01', end: '2025-03-31' });
  });

  it('keeps a month range that disagrees with its quarter, with the quarter as a candidate', () => {
    const spec = parseTimeText('Q1 2025 (Feb - Apr)')!;
    expect(spec).to.deep.include({ start: '2025-02-01', end: '2025-04-30' });
    expect(hasRangeMismatch(spec)).to.equal(true);
  });

  it('returns undefined for text that holds no time', () => {
    for (const text of ['', 'Foundation', 'Q5 2025', '2025-02-30', '13/45/2025', 'Horizon 1', 'x'.repeat(500)]) {
      expect(parseTimeText(text), text).to.equal(undefined);
    }
  });
});

describe('anchorTimeSpec', () => {
  it('places relative horizons from an anchor date', () => {
    const next3 = anchorTimeSpec(parseTimeText('Next 3 Months')!, '2025-01-15');
    expect(next3).to.deep.include({ start: '2025-01-15', end: '2025-04-14' });
    expect(next3.anchor).to.deep.equal({ basis: 'caller', date: '2025-01-15' });
    expect(anchorTimeSpec(parseTimeText('3-6 Months')!, '2025-01-15')).to.deep.include({ start: '2025-04-15', end: '2025-07-14' });
    expect(anchorTimeSpec(parseTimeText('6-12 Months')!, '2025-01-31')).to.deep.include({ start: '2025-07-31', end: '2026-01-30' });
  });

  it('leaves absolute specs alone and ignores an invalid anchor', () => {
    const q = parseTimeText('Q1 2025')!;
    expect(anchorTimeSpec(q, '2020-01-01')).to.equal(q);
    const rel = parseTimeText('Next 3 Months')!;
    expect(anchorTimeSpec(rel, 'not a date')).to.equal(rel);
  });
});
