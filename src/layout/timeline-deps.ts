/**
 * Dependency arrows of the timeline: which dependencies can be drawn (both ends are bars on the
 * axis), which are only listed (unresolved text, unscheduled or off-axis ends), whether a drawn
 * one is in conflict (the successor starts before its predecessor ends), and an orthogonal route
 * that runs horizontally only in the gutters between rows, so it never lies along a bar. Pure.
 */
import type { Dependency } from '../model/schema.js';

/** A route point: x = `x` (axis units) projected, plus `dx` pixels; y in pixels. */
export interface RoutePoint {
  x: number;
  dx: number;
  y: number;
}

export interface DependencyLayout {
  id: string;
  /** The bar that must come first. */
  from: string;
  /** The bar that waits for it. */
  to: string;
  type: Dependency['type'];
  conflict: boolean;
  points: RoutePoint[];
  /** Vertical extent of the route, for virtualisation. */
  y0: number;
  y1: number;
}

export interface UnresolvedDependency {
  id: string;
  /** Readable sentence: the dependency as written, or "A needs B". */
  text: string;
  reason: 'unresolved' | 'unscheduled' | 'off-axis' | 'collapsed';
  /** Ids of the ends that did resolve. */
  ids: string[];
}

/** What routing needs of a bar. */
export interface RoutableBar {
  id: string;
  title: string;
  x0: number;
  x1: number;
  /** Top of the bar's row slot and the bar's own box, px. */
  rowTop: number;
  y: number;
  height: number;
}

/** Comparable start and end of a bar (day numbers, or column indices) for conflict checks. */
export type SpanOf = (bar: RoutableBar) => [start: number, end: number];

/** Predecessor and successor of a dependency: `from` needs `to` unless the type says `from` comes first. */
export function orderDependency(dep: Dependency): { first?: string; then?: string } {
  const forward = dep.type === 'precedes' || dep.type === 'blocks';
  return forward ? { first: dep.from.id, then: dep.to.id } : { first: dep.to.id, then: dep.from.id };
}

/** True when the successor begins before the predecessor's relevant edge (finish-to-start by default). */
export function isConflict(dep: Dependency, first: RoutableBar, then: RoutableBar, span: SpanOf = (b) => [b.x0, b.x1]): boolean {
  if (dep.type === 'relates') return false;
  const forward = dep.type === 'precedes' || dep.type === 'blocks';
  const firstEdge = (forward ? dep.anchors?.from : dep.anchors?.to) ?? 'end';
  const thenEdge = (forward ? dep.anchors?.to : dep.anchors?.from) ?? 'start';
  const [fs, fe] = span(first);
  const [ts, te] = span(then);
  const a = firstEdge === 'end' ? fe : fs;
  const b = thenEdge === 'start' ? ts : te;
  return b < a;
}

const OUT = 6;
const IN = 10;

/** Orthogonal route from the end of `a` to the start of `b` through the row gutters. */
export function routeDependency(a: RoutableBar, b: RoutableBar, rowHeight: number): RoutePoint[] {
  const ay = a.y + a.height / 2;
  const by = b.y + b.height / 2;
  if (a.rowTop === b.rowTop && b.x0 > a.x1) {
    return [
      { x: a.x1, dx: 0, y: ay },
      { x: b.x0, dx: 0, y: by },
    ];
  }
  const down = b.rowTop > a.rowTop;
  // Leave a's row through its gutter, travel in the gutter next to b's row, enter b from the left.
  const gutterA = down ? a.rowTop + rowHeight : a.rowTop;
  const gutterB = down ? b.rowTop : b.rowTop + rowHeight;
  const pts: RoutePoint[] = [
    { x: a.x1, dx: 0, y: ay },
    { x: a.x1, dx: OUT, y: ay },
    { x: a.x1, dx: OUT, y: gutterA },
  ];
  if (gutterA !== gutterB) {
    pts.push({ x: b.x0, dx: -IN, y: gutterA });
  }
  pts.push({ x: b.x0, dx: -IN, y: gutterB }, { x: b.x0, dx: -IN, y: by }, { x: b.x0, dx: 0, y: by });
  return dedupe(pts);
}

function dedupe(points: RoutePoint[]): RoutePoint[] {
  return points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.dx !== points[i - 1]!.dx || p.y !== points[i - 1]!.y);
}

/**
 * Lay out every dependency: drawn ones with a route, the rest listed with the reason.
 * `placed` holds the bars on the axis; `known` every entity id the roadmap has, with its title.
 */
export function layoutDependencies(
  dependencies: readonly Dependency[],
  placed: ReadonlyMap<string, RoutableBar>,
  known: Pick<ReadonlyMap<string, { title: string; reason?: UnresolvedDependency['reason'] }>, 'get' | 'has'>,
  rowHeight: number,
  span?: SpanOf,
): { drawn: DependencyLayout[]; listed: UnresolvedDependency[] } {
  const drawn: DependencyLayout[] = [];
  const listed: UnresolvedDependency[] = [];
  for (const dep of dependencies) {
    const { first, then } = orderDependency(dep);
    const a = first ? placed.get(first) : undefined;
    const b = then ? placed.get(then) : undefined;
    if (a && b && a !== b) {
      const points = routeDependency(a, b, rowHeight);
      let y0 = Infinity;
      let y1 = -Infinity;
      for (const p of points) {
        if (p.y < y0) y0 = p.y;
        if (p.y > y1) y1 = p.y;
      }
      drawn.push({ id: dep.id, from: a.id, to: b.id, type: dep.type, conflict: isConflict(dep, a, b, span), points, y0, y1 });
      continue;
    }
    const name = (ref: Dependency['from']) => (ref.id ? (placed.get(ref.id)?.title ?? known.get(ref.id)?.title ?? ref.text) : ref.text);
    const ends = [dep.from, dep.to];
    const unresolved = ends.some((r) => !r.id || (!placed.has(r.id) && !known.has(r.id)));
    const reasonOf = (): UnresolvedDependency['reason'] => {
      if (unresolved) return 'unresolved';
      for (const r of ends) {
        const k = r.id && !placed.has(r.id) ? known.get(r.id) : undefined;
        if (k?.reason) return k.reason;
      }
      return 'off-axis';
    };
    listed.push({
      id: dep.id,
      text: dep.raw ?? `${name(dep.from)} needs ${name(dep.to)}`,
      reason: reasonOf(),
      ids: ends.map((r) => r.id).filter((x): x is string => Boolean(x && (placed.has(x) || known.has(x)))),
    });
  }
  return { drawn, listed };
}
