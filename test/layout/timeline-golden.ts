/** A stable, rounded summary of a layout for golden comparisons. */
import type { TimelineLayout } from '../../src/layout/timeline.js';

export function summarizeLayout(l: TimelineLayout): unknown {
  const r = (n: number) => Math.round(n * 100) / 100;
  return {
    mode: l.mode,
    groupBy: l.groupBy,
    domain: l.domain,
    labelWidth: l.labelWidth,
    height: l.height,
    lanes: l.lanes.map((x) => [x.id, x.lines.join(' / '), x.y, x.height, x.rows, x.count]),
    bars: l.bars.map((b) => [b.id, b.lane, b.row, b.y, b.x0, b.x1, b.status, b.startOpen, b.soft, b.approximate, b.progress === undefined ? null : r(b.progress)]),
    milestones: l.milestones.map((m) => [m.id, m.x, m.row]),
    dependencies: l.dependencies.map((d) => [d.id, d.from, d.to, d.conflict, d.points.map((p) => [p.x, p.dx, p.y])]),
    unresolved: l.unresolved.map((d) => [d.id, d.reason]),
    unscheduled: l.unscheduled.map((u) => [u.id, u.kind]),
    columns: l.columns.map((c) => [c.ordinal, c.label, c.detail]),
    today: l.today ?? null,
    statuses: l.statuses,
  };
}
