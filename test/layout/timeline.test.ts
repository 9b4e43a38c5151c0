import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { axisRows, chooseScale, fiscalParts, formatDate, monthStartDay, unitTicks } from '../../src/layout/timeline-axis.js';
import { isConflict, routeDependency } from '../../src/layout/timeline-deps.js';
import { groupInitiatives, packRows, resolveGroupBy, truncateText, wrapText } from '../../src/layout/timeline-lanes.js';
import { barsInRows, describeBar, layoutTimeline, type TimelineLayout } from '../../src/layout/timeline.js';
import type { Dependency, Roadmap } from '../../src/model/schema.js';
import { validateRoadmap } from '../../src/model/validate.js';
import { generateDataset, toRoadmap } from '../../bench/generate.mjs';
import { summarizeLayout } from './timeline-golden.js';

/** Deterministic fake: 7 px per character. */
const measureText = (s: string) => s.length * 7;
const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

async function fixture(name: string): Promise<Roadmap> {
  const json = await (await fetch(`/test/fixtures/timeline/${name}.json`)).json();
  const { roadmap, diagnostics } = validateRoadmap(json);
  expect(diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
  return roadmap!;
}

function noOverlap(l: TimelineLayout): void {
  const rows = new Map<string, [number, number][]>();
  for (const b of l.bars) {
    const key = `${b.lane}/${b.row}`;
    const list = rows.get(key) ?? rows.set(key, []).get(key)!;
    for (const [a0, a1] of list) expect(b.x0 >= a1 || b.x1 <= a0, `${b.id} overlaps in ${key}`).to.equal(true);
    list.push([b.x0, b.x1]);
  }
}

describe('timeline axis', () => {
  it('chooseScale picks the finest unit that stays readable', () => {
    expect(chooseScale(3)).to.equal('month');
    expect(chooseScale(1)).to.equal('quarter');
    expect(chooseScale(0.4)).to.equal('half');
    expect(chooseScale(0.1)).to.equal('year');
  });

  it('monthStartDay uses UTC day numbers whatever the local time zone', () => {
    expect(monthStartDay(2025, 1)).to.equal(day('2025-01-01'));
    expect(monthStartDay(2025, 13)).to.equal(day('2026-01-01'));
    expect(new Date(monthStartDay(2024, 3) * 86_400_000).toISOString().slice(0, 10)).to.equal('2024-03-01');
  });

  it('axisRows gives quarters over months, years over quarters', () => {
    const rows = axisRows(day('2025-01-01'), day('2025-06-30'), 'month');
    expect(rows.top.map((t) => t.label)).to.deep.equal(['Q1 2025', 'Q2 2025']);
    expect(rows.bottom.map((t) => t.label)).to.deep.equal(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun']);
    const q = axisRows(day('2024-11-01'), day('2025-05-01'), 'quarter');
    expect(q.top.map((t) => t.label)).to.deep.equal(['2024', '2025']);
    expect(q.bottom.map((t) => t.label)).to.deep.equal(['Q4', 'Q1', 'Q2']);
    expect(axisRows(day('2025-01-01'), day('2025-12-01'), 'half').bottom.map((t) => t.label)).to.deep.equal(['H1', 'H2']);
  });

  it('fiscal years that start in April shift quarters and name the year they end in', () => {
    expect(fiscalParts(2025, 4, 4)).to.deep.equal({ year: 2026, quarter: 1, half: 1 });
    expect(fiscalParts(2026, 3, 4)).to.deep.equal({ year: 2026, quarter: 4, half: 2 });
    const ticks = unitTicks('quarter', day('2025-05-10'), day('2025-12-01'), 4);
    expect(ticks[0]!.x0).to.equal(day('2025-04-01'));
    expect(ticks.map((t) => t.label)).to.deep.equal(['Q1 FY26', 'Q2 FY26', 'Q3 FY26']);
  });

  it('formatDate writes a date at its precision', () => {
    expect(formatDate('2025-09-26', 'day')).to.equal('26 Sep 2025');
    expect(formatDate('2025-09-26', 'month')).to.equal('Sep 2025');
    expect(formatDate('2025-09-26', 'quarter')).to.equal('Q3 2025');
  });
});

describe('timeline lanes', () => {
  it('packRows packs overlapping bars into two rows and reuses a row once free', () => {
    const { rows, count } = packRows([{ x0: 0, reach: 10 }, { x0: 5, reach: 15 }, { x0: 12, reach: 20 }], 0);
    expect(rows).to.deep.equal([0, 1, 0]);
    expect(count).to.equal(2);
  });

  it('packRows never puts two overlapping footprints in one row (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 80 })), { maxLength: 60 }), (spans) => {
        const items = spans.map(([x0, w]) => ({ x0, reach: x0 + w }));
        const { rows } = packRows(items, 2);
        for (let i = 0; i < items.length; i++)
          for (let j = i + 1; j < items.length; j++)
            if (rows[i] === rows[j]) expect(items[i]!.reach + 2 <= items[j]!.x0 || items[j]!.reach + 2 <= items[i]!.x0).to.equal(true);
      }),
    );
  });

  it('wrapText breaks at words and ends a cut label with an ellipsis', () => {
    expect(wrapText('Real-time collaboration everywhere', 100, measureText)).to.deep.equal(['Real-time', 'collaboration', 'everywhere']);
    expect(wrapText('a b c d e f', 7, measureText, 2)).to.deep.equal(['a', '…']);
    expect(truncateText('Enterprise SSO', 50, measureText)).to.equal('Enterp…');
    expect(truncateText('SSO', 50, measureText)).to.equal('SSO');
  });

  it('resolveGroupBy auto prefers themes, then products, then teams, else none', async () => {
    const r = await fixture('platform-2025');
    expect(resolveGroupBy('auto', r.initiatives)).to.equal('theme');
    expect(resolveGroupBy('auto', r.initiatives.map((i) => ({ ...i, themeIds: [] })))).to.equal('none');
    const lanes = groupInitiatives(r, r.initiatives, 'status');
    expect(lanes.map((l) => l.label)).to.deep.equal(['Planned', 'In progress', 'Done', 'At risk', 'Blocked', 'On hold', 'No status']);
  });
});

describe('timeline dependencies', () => {
  const bar = (id: string, x0: number, x1: number, row: number) => ({ id, title: id, x0, x1, rowTop: row * 32, y: row * 32 + 5, height: 22 });
  const dep = (type: Dependency['type']): Dependency => ({ id: 'd', from: { id: 'b', text: 'b', resolution: 'exact' }, to: { id: 'a', text: 'a', resolution: 'exact' }, type });

  it('flags a successor that starts before its predecessor ends', () => {
    expect(isConflict(dep('requires'), bar('a', 0, 10, 0), bar('b', 5, 20, 1))).to.equal(true);
    expect(isConflict(dep('requires'), bar('a', 0, 10, 0), bar('b', 10, 20, 1))).to.equal(false);
    expect(isConflict(dep('relates'), bar('a', 0, 10, 0), bar('b', 5, 20, 1))).to.equal(false);
  });

  it('routes between rows through the gutters, horizontally only on row boundaries', () => {
    const pts = routeDependency(bar('a', 0, 10, 0), bar('b', 20, 30, 2), 32);
    expect(pts[0]).to.deep.equal({ x: 10, dx: 0, y: 16 });
    expect(pts.at(-1)).to.deep.equal({ x: 20, dx: 0, y: 80 });
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1]!;
      const b = pts[i]!;
      const horizontal = a.y === b.y;
      if (horizontal && i > 1 && i < pts.length - 1) expect(a.y % 32).to.equal(0);
    }
  });
});

describe('layoutTimeline', () => {
  it('matches the golden layout of the hand-made fixtures (non-UTC time zone)', async () => {
    const golden = await (await fetch('/test/fixtures/timeline/layout-golden.json')).json();
    const platform = layoutTimeline(await fixture('platform-2025'), { width: 1000, asOf: '2025-05-15', measureText });
    const horizons = layoutTimeline(await fixture('horizons'), { width: 1000, measureText });
    expect(JSON.parse(JSON.stringify(summarizeLayout(platform)))).to.deep.equal(golden['platform-2025']);
    expect(JSON.parse(JSON.stringify(summarizeLayout(horizons)))).to.deep.equal(golden['horizons']);
  });

  it('places dated bars on UTC day numbers and lanes by theme', async () => {
    const l = layoutTimeline(await fixture('platform-2025'), { width: 1000, asOf: '2025-05-15', measureText });
    expect(l.mode).to.equal('calendar');
    expect(l.lanes.map((x) => x.label)).to.deep.equal(['Enterprise scale', 'Real-time collaboration everywhere, on every device', 'AI insights']);
    const tenancy = l.bars.find((b) => b.id === 'tenancy')!;
    expect([tenancy.x0, tenancy.x1]).to.deep.equal([day('2025-01-06'), day('2025-03-29')]);
    expect(l.today).to.equal(day('2025-05-15'));
    expect(l.domain).to.deep.equal([day('2025-01-01'), day('2026-01-01')]);
    noOverlap(l);
  });

  it('draws uncertain time honestly: open start for a target, soft quarter edges, approximate end', async () => {
    const l = layoutTimeline(await fixture('platform-2025'), { width: 1000, asOf: '2025-05-15', measureText });
    const regions = l.bars.find((b) => b.id === 'regions')!;
    expect(regions.startOpen).to.equal(true);
    expect(regions.end).to.equal('2025-12-31');
    expect(regions.target).to.equal(day('2026-01-01'));
    expect(l.bars.find((b) => b.id === 'cursors')!.soft).to.equal(true);
    expect(l.bars.find((b) => b.id === 'tenancy')!.soft).to.equal(false);
    expect(l.bars.find((b) => b.id === 'comments')!.approximate).to.equal(true);
    // "Q3 2025 (Sep)": the focus window, not the whole quarter.
    expect(l.bars.find((b) => b.id === 'audit')!.start).to.equal('2025-09-01');
  });

  it('finds the one dependency conflict and lists unresolved and unscheduled ends instead of drawing them', async () => {
    const l = layoutTimeline(await fixture('platform-2025'), { width: 1000, asOf: '2025-05-15', measureText });
    expect(l.dependencies.filter((d) => d.conflict).map((d) => d.id)).to.deep.equal(['dep-offline-comments']);
    expect(l.unresolved.map((d) => [d.id, d.reason])).to.deep.equal([
      ['dep-forecast-pipeline', 'unscheduled'],
      ['dep-mobile-design', 'unresolved'],
    ]);
    expect(l.unscheduled.map((u) => u.id)).to.deep.equal(['forecast', 'cleanup', 'someday']);
    expect(l.links.get('offline')).to.deep.equal({ needs: ['comments'], neededBy: [], conflict: true });
  });

  it('keeps milestone labels in separate rows when they would collide', async () => {
    const l = layoutTimeline(await fixture('platform-2025'), { width: 1000, asOf: '2025-05-15', measureText });
    const ga = l.milestones.find((m) => m.id === 'ga')!;
    const summit = l.milestones.find((m) => m.id === 'summit')!;
    expect(ga.row).to.not.equal(summit.row);
    expect(l.milestoneBand).to.be.greaterThan(0);
  });

  it('lays out unanchored horizons as ordered Now / Next / Later columns, and as dates with an anchor', async () => {
    const r = await fixture('horizons');
    const l = layoutTimeline(r, { width: 900, measureText });
    expect(l.mode).to.equal('ordinal');
    expect(l.columns.map((c) => c.label)).to.deep.equal(['Now · Next 3 Months', 'Next · 3-6 Months', 'Later · 6-12 Months']);
    expect(l.bars.filter((b) => b.ordinal === 1).map((b) => b.id).sort()).to.deep.equal(['auth', 'cloud']);
    noOverlap(l);
    const anchored = layoutTimeline(r, { width: 900, measureText, anchor: '2025-01-15' });
    expect(anchored.mode).to.equal('calendar');
    expect(anchored.bars.find((b) => b.id === 'alerts')!.start).to.equal('2025-04-15');
  });

  it('collapsed lanes hold no bars, and their dependencies are listed', async () => {
    const l = layoutTimeline(await fixture('platform-2025'), { width: 1000, measureText, collapsed: new Set(['theme:realtime']) });
    const lane = l.lanes.find((x) => x.id === 'theme:realtime')!;
    expect(lane.collapsed).to.equal(true);
    expect(lane.count).to.equal(4);
    expect(l.bars.some((b) => b.lane === 'theme:realtime')).to.equal(false);
    expect(l.unresolved.find((d) => d.id === 'dep-offline-comments')?.reason).to.equal('collapsed');
  });

  it('describes a bar for assistive technology: title, key, dates, status, progress, dependencies', async () => {
    const r = await fixture('platform-2025');
    const l = layoutTimeline(r, { width: 1000, measureText });
    const sso = l.bars.find((b) => b.id === 'sso')!;
    const text = describeBar(sso, l, (id) => r.initiatives.find((i) => i.id === id)?.title ?? id);
    expect(text).to.equal('Enterprise SSO (PLAT-2); 31 Mar 2025 to 27 Jun 2025; in progress; 1 of 3 done; depends on Multi-tenant architecture; needed by Audit log export');
  });

  it('barsInRows finds only the bars in a vertical window (virtualisation)', () => {
    const { roadmap } = validateRoadmap(toRoadmap(generateDataset(2000)));
    const l = layoutTimeline(roadmap!, { width: 1200, measureText });
    expect(l.bars.length).to.equal(2000);
    const [a, b] = barsInRows(l.bars, 1000, 1800);
    expect(b - a).to.be.greaterThan(0).and.lessThan(400);
    for (let i = a; i < b; i++) expect(l.bars[i]!.y + l.bars[i]!.height).to.be.at.least(1000);
    expect(l.bars[b]?.y ?? Infinity).to.be.greaterThan(1800);
    expect(l.bars[a - 1]!.y + l.bars[a - 1]!.height).to.be.lessThan(1000);
    noOverlap(l);
    expect(l.dependencies.length).to.be.greaterThan(150);
  });

  it('an empty roadmap gives an empty layout over a default range, without throwing', () => {
    const { roadmap } = validateRoadmap({ schemaVersion: '1.0', meta: { title: 'Empty' } });
    const l = layoutTimeline(roadmap!, { width: 600, measureText, asOf: '2025-02-10' });
    expect(l.bars).to.deep.equal([]);
    expect(l.domain).to.deep.equal([day('2025-02-01'), day('2025-05-01')]);
  });
});
