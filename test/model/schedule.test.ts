import { expect } from '@open-wc/testing';
import { resolveSchedule, roadmapAnchor } from '../../src/model/schedule.js';
import { validateRoadmap } from '../../src/model/validate.js';
import type { Roadmap } from '../../src/model/schema.js';

function roadmap(doc: Record<string, unknown>): Roadmap {
  const { roadmap: r, diagnostics } = validateRoadmap({ schemaVersion: '1.0', meta: { title: 'T' }, ...doc });
  expect(diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
  return r!;
}

describe('resolveSchedule', () => {
  it('draws stated dates as they are', () => {
    const r = roadmap({ initiatives: [{ id: 'a', title: 'A', schedule: { start: '2025-01-06', end: '2025-03-28' } }] });
    expect(resolveSchedule(r, r.initiatives[0]!)).to.deep.equal({ start: '2025-01-06', end: '2025-03-28', precision: 'day', basis: 'dates' });
  });

  it('draws a target-only item (seed 000) from the document date to the end of the target month, start open', () => {
    const r = roadmap({ meta: { title: 'Q4 2024 Product Roadmap', date: 'October 1, 2024', coverage: 'Q4 2024' }, initiatives: [{ id: 'nexus-2000', title: 'Query Performance 2.0', schedule: { target: 'December 2024' } }] });
    expect(resolveSchedule(r, r.initiatives[0]!)).to.deep.equal({ start: '2024-10-01', end: '2024-12-31', startOpen: true, precision: 'month', basis: 'target', target: '2024-12-31' });
  });

  it('takes a period-start over the anchor for a target inside a period', () => {
    const r = roadmap({ meta: { title: 'T', asOf: '2024-06-01' }, periods: [{ id: 'q4', label: 'Q4 2024', kind: 'quarter', time: 'Q4 2024' }], initiatives: [{ id: 'a', title: 'A', schedule: { periodIds: ['q4'], target: 'November 2024' } }] });
    expect(resolveSchedule(r, r.initiatives[0]!)).to.deep.include({ start: '2024-10-01', end: '2024-11-30', basis: 'target' });
  });

  it('spans its periods (seed 001) and uses a focus window (seed 004 "Q3 2025 (Sep)")', () => {
    const r = roadmap({
      periods: [
        { id: 'q1', label: 'Q1 2025 (January - March)', kind: 'quarter', time: 'Q1 2025 (January - March)' },
        { id: 'q2', label: 'Q2 2025', kind: 'quarter', time: 'Q2 2025' },
        { id: 'q3', label: 'Q3 2025 (Sep)', kind: 'quarter', time: 'Q3 2025 (Sep)' },
      ],
      initiatives: [
        { id: 'a', title: 'A', schedule: { periodIds: ['q1'] } },
        { id: 'b', title: 'B', schedule: { periodIds: ['q1', 'q2'] } },
        { id: 'c', title: 'C', schedule: { periodIds: ['q3'] } },
      ],
    });
    expect(resolveSchedule(r, r.initiatives[0]!)).to.deep.equal({ start: '2025-01-01', end: '2025-03-31', precision: 'quarter', basis: 'period' });
    expect(resolveSchedule(r, r.initiatives[1]!)).to.deep.include({ start: '2025-01-01', end: '2025-06-30' });
    expect(resolveSchedule(r, r.initiatives[2]!)).to.deep.equal({ start: '2025-09-01', end: '2025-09-30', precision: 'month', basis: 'period' });
  });

  it('keeps unanchored horizons (seed 002) as ordered columns, and places them once anchored', () => {
    const r = roadmap({
      periods: [
        { id: 'h1', label: 'Horizon 1 (Next 3 Months)', kind: 'horizon', order: 1, time: { raw: 'Next 3 Months', kind: 'relative', offset: { from: 0, to: 3, unit: 'month' }, ordinal: 1 } },
        { id: 'h3', label: 'Horizon 3 (6-12 Months)', kind: 'horizon', order: 3, time: { raw: '6-12 Months', kind: 'relative', offset: { from: 6, to: 12, unit: 'month' }, ordinal: 3 } },
      ],
      initiatives: [{ id: 'a', title: 'A', schedule: { periodIds: ['h1'] } }, { id: 'b', title: 'B', schedule: { periodIds: ['h3'] } }],
    });
    expect(resolveSchedule(r, r.initiatives[0]!)).to.deep.equal({ basis: 'relative', ordinal: 1, precision: 'month' });
    expect(resolveSchedule(r, r.initiatives[1]!)).to.deep.include({ basis: 'relative', ordinal: 3 });
    expect(resolveSchedule(r, r.initiatives[1]!, { anchor: '2025-01-15' })).to.deep.include({ start: '2025-07-15', end: '2026-01-14', basis: 'period' });
  });

  it('starts a "Post-1.0" item at its milestone and ends at its own target (seed 004)', () => {
    const r = roadmap({
      milestones: [{ id: 'v1-0-0', title: 'GA v1.0.0', kind: 'release', date: '2025-11-07' }],
      periods: [{ id: 'q4', label: 'Q4 2025 (Oct–Dec)', kind: 'quarter', time: 'Q4 2025 (Oct–Dec)' }],
      initiatives: [{ id: 'helm', title: 'Helm chart', schedule: { periodIds: ['q4'], start: { raw: 'Post-1.0', kind: 'relative', anchor: { entityId: 'v1-0-0', edge: 'end', basis: 'entity' } }, target: { raw: '(Dec)', kind: 'absolute', precision: 'month', start: '2025-12-01', end: '2025-12-31' } } }],
    });
    expect(resolveSchedule(r, r.initiatives[0]!)).to.deep.include({ start: '2025-11-07', end: '2025-12-31', basis: 'dates', target: '2025-12-31' });
  });

  it('orders reversed dates and marks approximate time', () => {
    const r = roadmap({ initiatives: [{ id: 'a', title: 'A', schedule: { start: '2025-06-01', end: '~ Q1 2025' } }] });
    expect(resolveSchedule(r, r.initiatives[0]!)).to.deep.include({ start: '2025-03-31', end: '2025-06-01', approximate: true });
  });

  it('leaves items without time unscheduled (seed 003 technical debt)', () => {
    const r = roadmap({ initiatives: [{ id: 'a', title: 'A', kind: 'bundle' }, { id: 'b', title: 'B', schedule: {} }] });
    expect(resolveSchedule(r, r.initiatives[0]!)).to.deep.equal({ basis: 'none' });
    expect(resolveSchedule(r, r.initiatives[1]!)).to.deep.equal({ basis: 'none' });
  });

  it('is identical whatever the local time zone (no Date in local time)', () => {
    const r = roadmap({ initiatives: [{ id: 'a', title: 'A', schedule: { start: '2024-03-10', end: '2024-11-03' } }] });
    expect(new Date('2024-03-10T00:00:00').getTimezoneOffset()).to.not.equal(0); // the runner is in a DST zone
    expect(resolveSchedule(r, r.initiatives[0]!)).to.deep.include({ start: '2024-03-10', end: '2024-11-03' });
  });
});

describe('roadmapAnchor', () => {
  it('prefers the caller, then asOf, updated, date; none without dates', () => {
    const r = roadmap({ meta: { title: 'T', updated: '2025-09-12', date: 'October 1, 2024' } });
    expect(roadmapAnchor(r)).to.deep.equal({ date: '2025-09-12', basis: 'meta.updated' });
    expect(roadmapAnchor(r, { anchor: '2025-01-01' })).to.deep.equal({ date: '2025-01-01', basis: 'caller' });
    expect(roadmapAnchor(roadmap({}))).to.equal(undefined);
  });
});
