import { expect } from '@open-wc/testing';
import { addDays, addMonths, fromDayNumber, halfInterval, isPlainDate, monthFromName, quarterInterval, toDayNumber, yearInterval } from '../../src/model/dates.js';

describe('dates', () => {
  it('isPlainDate accepts real calendar dates only', () => {
    expect(isPlainDate('2024-02-29')).to.equal(true);
    expect(isPlainDate('2023-02-29')).to.equal(false);
    expect(isPlainDate('2025-13-01')).to.equal(false);
    expect(isPlainDate('0000-01-01')).to.equal(false);
    expect(isPlainDate('0001-01-01')).to.equal(true);
    expect(isPlainDate('9999-12-31')).to.equal(true);
    expect(isPlainDate('2025-1-1')).to.equal(false);
    expect(isPlainDate(20250101)).to.equal(false);
  });

  it('day numbers round-trip across years 1 to 9999 and DST changes', () => {
    for (const d of ['0001-01-01', '1969-12-31', '1970-01-01', '2024-03-10', '2024-11-03', '2025-03-30', '9999-12-31']) {
      expect(fromDayNumber(toDayNumber(d))).to.equal(d);
    }
    expect(toDayNumber('1970-01-02')).to.equal(1);
  });

  it('adds days and months without shifting through time zones', () => {
    expect(addDays('2024-03-09', 1)).to.equal('2024-03-10');
    expect(addDays('2024-03-10', 1)).to.equal('2024-03-11');
    expect(addDays('2024-12-31', 1)).to.equal('2025-01-01');
    expect(addMonths('2025-01-31', 1)).to.equal('2025-02-28');
    expect(addMonths('2025-11-15', 3)).to.equal('2026-02-15');
    expect(addMonths('2025-01-15', -1)).to.equal('2024-12-15');
  });

  it('computes calendar and fiscal quarters, halves and years', () => {
    expect(quarterInterval(2024, 4)).to.deep.equal({ start: '2024-10-01', end: '2024-12-31' });
    expect(quarterInterval(2025, 1, 10)).to.deep.equal({ start: '2024-10-01', end: '2024-12-31' });
    expect(quarterInterval(2025, 4, 2)).to.deep.equal({ start: '2024-11-01', end: '2025-01-31' });
    expect(halfInterval(2025, 2)).to.deep.equal({ start: '2025-07-01', end: '2025-12-31' });
    expect(yearInterval(2025)).to.deep.equal({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('reads month names and abbreviations', () => {
    expect(monthFromName('Sep')).to.equal(9);
    expect(monthFromName('Sept')).to.equal(9);
    expect(monthFromName('September')).to.equal(9);
    expect(monthFromName('dec.')).to.equal(12);
    expect(monthFromName('Ma')).to.equal(undefined);
    expect(monthFromName('Mayday')).to.equal(undefined);
  });
});
