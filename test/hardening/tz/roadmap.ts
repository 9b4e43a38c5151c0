// One roadmap for the time-zone tests: dates on and around daylight-saving changes (the US on
// 8 March and 1 November 2026, Europe on 29 March and 25 October, Lord Howe on 5 April and
// 4 October, Chatham and New Zealand on 5 April), year and month edges, every precision, a
// relative period with an anchor, and "today" on a change day.
export const AS_OF = '2026-03-08';

const initiative = (id: string, schedule: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ id, title: `Initiative ${id}`, schedule, ...extra });

export const ROADMAP = {
  schemaVersion: '1.0',
  meta: { title: 'Across the clocks', asOf: AS_OF },
  periods: [
    { id: 'q1', label: 'Q1 2026', kind: 'quarter', order: 1, time: 'Q1 2026' },
    { id: 'h2', label: 'H2 2026', kind: 'half', order: 2, time: 'H2 2026' },
  ],
  initiatives: [
    initiative('us-dst', { start: '2026-03-08', end: '2026-03-08' }, { status: 'in-progress', checklist: [{ id: 'c1', text: 'one', done: true }, { id: 'c2', text: 'two', done: false }] }),
    initiative('us-dst-end', { start: '2026-10-31', end: '2026-11-01' }),
    initiative('eu-dst', { start: '2026-03-28', end: '2026-03-30' }),
    initiative('eu-dst-end', { start: '2026-10-25', end: '2026-10-25' }),
    initiative('lord-howe', { start: '2026-04-05', end: '2026-10-04' }),
    initiative('year-edge', { start: '2025-12-31', end: '2026-01-01' }),
    initiative('leap-free', { start: '2026-02-28', end: '2026-03-01' }),
    initiative('month', { target: 'March 2026' }),
    initiative('quarter', { periodIds: ['q1'] }),
    initiative('half', { periodIds: ['h2'] }),
    initiative('relative', { target: 'Next 3 months' }),
    initiative('open-start', { end: '2026-06-30' }),
  ],
  milestones: [
    { id: 'm-us', title: 'US clocks forward', date: '2026-03-08' },
    { id: 'm-eu', title: 'EU clocks forward', date: '2026-03-29' },
    { id: 'm-back', title: 'US clocks back', date: '2026-11-01' },
    { id: 'm-new-year', title: 'New year', date: '2027-01-01' },
  ],
};

export const MARKDOWN = `# Across the clocks (Markdown)

**Date:** March 8, 2026

## Q1 2026 (January - March)

### CLK-1: Spring forward
**Owner:** Ada Lovelace (Platform Team)
**Target:** 2026-03-08

- [x] Change day
- Alpha release v0.4.0 (2026-03-29)

### CLK-2: Quarter end
**Target:** March 2026

## H2 2026

### CLK-3: Fall back
**Target:** November 2026

- RC release v0.9.0 (2026-10-25), GA v1.0.0 (2026-11-01)
`;
