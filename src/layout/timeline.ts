/**
 * `layoutTimeline(roadmap, options)`: where `<roadmap-timeline>` draws everything, as plain data.
 *
 * Geometry is split so that zoom and pan never re-run this function: vertical positions are
 * pixels (rows do not depend on zoom), horizontal positions are axis units — UTC day numbers in
 * calendar mode, column units (`COLUMN` per column) in ordinal mode — that the element projects
 * with its current transform. Text is measured once, through `options.measureText`.
 */
import type { PlainDate, Precision } from '../model/dates.js';
import { resolveMilestoneDate, resolveSchedule, roadmapAnchor, type ResolvedSchedule } from '../model/schedule.js';
import type { Initiative, Period, Roadmap, Status } from '../model/schema.js';
import { indexRoadmap, initiativeProgress } from '../model/selectors.js';
import { monthStartDay, dayToYearMonth, pxPerDayForScale, formatDate, type TimeScale } from './timeline-axis.js';
import { layoutDependencies, type DependencyLayout, type RoutableBar, type UnresolvedDependency } from './timeline-deps.js';
import { groupItems, packRowsInOrder, resolveGroupBy, STATUS_LABELS, truncateText, wrapText, type GroupBy, type Packable } from './timeline-lanes.js';

export type { GroupBy } from './timeline-lanes.js';
export type { TimeScale } from './timeline-axis.js';
export type { DependencyLayout, UnresolvedDependency, RoutePoint } from './timeline-deps.js';

/** Width of one ordinal column in axis units. */
export const COLUMN = 100;

export interface TimelineOptions {
  /** Width of the whole timeline (lane labels + plot), px. */
  width: number;
  /** Width of a text at the element's font, px. Tests pass a deterministic fake. */
  measureText: (text: string) => number;
  /** "Today" (YYYY-MM-DD); no marker when absent. Never read from the clock. */
  asOf?: string;
  /** Date that unanchored relative periods count from; without one (and without a model date) they form ordered columns. */
  anchor?: string;
  /** How lanes are formed. Default `auto`. */
  groupBy?: GroupBy;
  /** Ids of lanes shown collapsed. */
  collapsed?: ReadonlySet<string>;
  /** Requested header unit; sets the zoom that label space is reserved for. */
  scale?: TimeScale;
  /** Requested visible range (YYYY-MM-DD); sets the zoom that label space is reserved for. */
  from?: string;
  to?: string;
  /** Row pitch, px. Default 32. */
  rowHeight?: number;
  /** Bar height, px. Default 22. */
  barHeight?: number;
  /** Lane label column width, px; 0 hides it. Default: from `width`, none for a single unnamed lane. */
  labelWidth?: number;
}

export interface LaneLayout {
  id: string;
  label: string;
  /** Label broken into lines that fit the label column. */
  lines: string[];
  y: number;
  height: number;
  rows: number;
  count: number;
  collapsed: boolean;
}

export interface BarLayout {
  id: string;
  /** Position in `bars` (y order). */
  index: number;
  title: string;
  key?: string;
  lane: string;
  row: number;
  rowTop: number;
  /** Top of the bar, px. */
  y: number;
  height: number;
  /** Start and end in axis units (end exclusive). */
  x0: number;
  x1: number;
  /** Resolved first and last day (calendar mode). */
  start?: PlainDate;
  end?: PlainDate;
  precision?: Precision;
  /** Ordinal column (1 = nearest) in ordinal mode. */
  ordinal?: number;
  status: Status;
  /** Share done, 0–1, from the checklist (or the stated progress). */
  progress?: number;
  progressDone?: number;
  progressTotal?: number;
  /** The start is not stated (target-only): drawn fading in. */
  startOpen: boolean;
  endOpen: boolean;
  /** Coarse precision: soft edges. */
  soft: boolean;
  /** Approximate time ("~", "early", "late"): dashed outline. */
  approximate: boolean;
  /** Deadline tick (axis units), for target-only items. */
  target?: number;
  /** Label width, px. */
  labelWidth: number;
  /** Start of the next bar in the same row (axis units): room for a label beside. */
  next?: number;
  basis: ResolvedSchedule['basis'];
}

export interface BarLinks {
  needs: string[];
  neededBy: string[];
  /** One of its dependencies is in conflict. */
  conflict: boolean;
  /** An arrow leaves its end for another row (it turns just past the end, where a label beside the bar would start). */
  turnsAfter?: boolean;
}

/**
 * Where a bar's label goes, given the room inside the bar and beside it (px): inside when it
 * fits; else beside when it fits there; else cut to the room inside, unless the inside is
 * narrower than 40px and the beside room larger, then cut to the room beside.
 */
export function placeBarLabel(bar: Pick<BarLayout, 'title' | 'labelWidth'>, inside: number, beside: number, measure: (text: string) => number): { text: string; beside: boolean } {
  if (bar.labelWidth <= inside) return { text: bar.title, beside: false };
  if (bar.labelWidth <= beside) return { text: bar.title, beside: true };
  if (inside >= 40 || inside >= beside) return { text: truncateText(bar.title, inside, measure), beside: false };
  return { text: truncateText(bar.title, beside, measure), beside: true };
}

/** Pixels between a bar's end and a label placed beside it: clear of an arrow that turns there. */
export function besideGap(layout: Pick<TimelineLayout, 'links'>, id: string): number {
  return layout.links.get(id)?.turnsAfter ? 16 : 6;
}

export interface MilestoneLayout {
  id: string;
  title: string;
  x: number;
  date: PlainDate;
  kind: string;
  status?: Status;
  /** Label row in the milestone band; -1 when its label only shows on hover or focus. */
  row: number;
  labelWidth: number;
}

export interface OrdinalColumn {
  ordinal: number;
  x0: number;
  x1: number;
  label: string;
  detail: string;
}

export interface UnscheduledItem {
  id: string;
  kind: 'initiative' | 'milestone';
  title: string;
  /** Why it is not on the axis, as a short phrase. */
  why: string;
  status?: Status;
}

export interface TimelineLayout {
  mode: 'calendar' | 'ordinal';
  groupBy: Exclude<GroupBy, 'auto'>;
  /** Content extent in axis units (padded to whole months in calendar mode). */
  domain: [number, number];
  labelWidth: number;
  plotWidth: number;
  rowHeight: number;
  barHeight: number;
  lanes: LaneLayout[];
  /** Bars sorted by y (lane, row, start). */
  bars: BarLayout[];
  /** The bars by initiative id. */
  barsById: ReadonlyMap<string, BarLayout>;
  /** Indices into `bars` in reading order: lane, then start, then row. */
  focusOrder: number[];
  milestones: MilestoneLayout[];
  /** Height of the milestone band under the axis, px. */
  milestoneBand: number;
  dependencies: DependencyLayout[];
  /** Dependencies listed rather than drawn. */
  unresolved: UnresolvedDependency[];
  /** Dependencies by bar id: what it needs and what needs it. */
  links: Map<string, BarLinks>;
  unscheduled: UnscheduledItem[];
  columns: OrdinalColumn[];
  /** The as-of day (axis units) in calendar mode. */
  today?: number;
  height: number;
  fiscalYearStartMonth: number;
  /** Statuses present, in legend order. */
  statuses: Status[];
  /** Zoom (px per axis unit) that label space was reserved for. */
  basePxPerUnit: number;
  /** Anchor used for relative time, when there was one. */
  anchor?: PlainDate;
}

const PRECISION_SOFT: ReadonlySet<Precision> = new Set(['month', 'quarter', 'half', 'year']);
const STATUS_ORDER: Status[] = ['done', 'in-progress', 'at-risk', 'blocked', 'on-hold', 'planned', 'cancelled', 'unknown'];
const LANE_PAD = 6;
const LINE = 18;
const MILESTONE_ROW = 18;
const MILESTONE_ROWS = 3;
const LABEL_PAD = 8;
/** Width factor of the semibold labels (lanes, milestones) over the regular text `measureText` sizes. */
const BOLD = 1.12;

interface Placed {
  initiative: Initiative;
  schedule: ResolvedSchedule;
  x0: number;
  x1: number;
  start?: number;
  end?: number;
}

/** Lay out a roadmap on a time axis. Pure: no DOM, no clock; see `TimelineOptions`. */
export function layoutTimeline(roadmap: Roadmap, options: TimelineOptions): TimelineLayout {
  const measure = options.measureText;
  const rowHeight = options.rowHeight ?? 32;
  const barHeight = options.barHeight ?? 22;
  const fy = roadmap.meta.fiscalYearStartMonth ?? 1;
  const anchorInfo = roadmapAnchor(roadmap, options.anchor ? { anchor: options.anchor } : {});
  const scheduleOptions = anchorInfo ? { anchor: anchorInfo.date } : {};

  // 1. Place every initiative in time.
  const calendar: Placed[] = [];
  const relative: Placed[] = [];
  const unscheduled: UnscheduledItem[] = [];
  for (const initiative of roadmap.initiatives) {
    const schedule = resolveSchedule(roadmap, initiative, scheduleOptions);
    if (schedule.start && schedule.end) {
      const s = dayNumber(schedule.start);
      const e = dayNumber(schedule.end) + 1;
      if (Number.isFinite(s) && Number.isFinite(e)) {
        calendar.push({ initiative, schedule, x0: s, x1: Math.max(e, s + 1), start: s, end: e });
        continue;
      }
    }
    if (schedule.basis === 'relative' && schedule.ordinal !== undefined) relative.push({ initiative, schedule, x0: 0, x1: 0 });
    else unscheduled.push({ id: initiative.id, kind: 'initiative', title: initiative.title, why: 'no date, period or target', ...(initiative.status ? { status: initiative.status } : {}) });
  }
  const mode: TimelineLayout['mode'] = calendar.length === 0 && relative.length > 0 ? 'ordinal' : 'calendar';
  let placed: Placed[];
  const columns: OrdinalColumn[] = [];
  if (mode === 'ordinal') {
    const ordinals = [...new Set(relative.map((p) => p.schedule.ordinal!))].sort((a, b) => a - b);
    for (const [i, ordinal] of ordinals.entries()) columns.push({ ordinal, x0: i * COLUMN, x1: (i + 1) * COLUMN, ...columnLabels(roadmap, ordinal, i) });
    for (const p of relative) {
      const c = ordinals.indexOf(p.schedule.ordinal!);
      p.x0 = c * COLUMN + 2;
      p.x1 = (c + 1) * COLUMN - 2;
      p.start = c;
      p.end = c + 1;
    }
    placed = relative;
  } else {
    placed = calendar;
    for (const p of relative) {
      unscheduled.push({ id: p.initiative.id, kind: 'initiative', title: p.initiative.title, why: `relative time (${relativeText(roadmap, p.initiative)}) with no anchor date`, ...(p.initiative.status ? { status: p.initiative.status } : {}) });
    }
  }

  // 2. Milestones.
  const milestones: MilestoneLayout[] = [];
  for (const m of roadmap.milestones) {
    const date = mode === 'calendar' ? resolveMilestoneDate(roadmap, m, scheduleOptions) : undefined;
    const x = date ? dayNumber(date) : NaN;
    if (date && Number.isFinite(x)) {
      milestones.push({ id: m.id, title: m.title, x, date, kind: m.kind, ...(m.status ? { status: m.status } : {}), row: 0, labelWidth: Math.min(measure(m.title) * BOLD, 180) });
    } else {
      unscheduled.push({ id: m.id, kind: 'milestone', title: m.title, why: m.date.raw ? `date "${m.date.raw}" not on the axis` : 'no date', ...(m.status ? { status: m.status } : {}) });
    }
  }
  milestones.sort((a, b) => a.x - b.x);

  // 3. Content extent.
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of placed) {
    if (p.x0 < lo) lo = p.x0;
    if (p.x1 > hi) hi = p.x1;
  }
  for (const m of milestones) {
    if (m.x < lo) lo = m.x;
    if (m.x + 1 > hi) hi = m.x + 1;
  }
  let domain: [number, number];
  if (mode === 'ordinal') domain = [0, Math.max(1, columns.length) * COLUMN];
  else if (Number.isFinite(lo)) {
    const a = dayToYearMonth(lo);
    const b = dayToYearMonth(hi - 1);
    domain = [monthStartDay(a.year, a.month), monthStartDay(b.year, b.month + 1)];
  } else {
    const today = options.asOf ? dayNumber(options.asOf) : NaN;
    const base = Number.isFinite(today) ? dayToYearMonth(today) : { year: 2025, month: 1 };
    domain = [monthStartDay(base.year, base.month), monthStartDay(base.year, base.month + 3)];
  }

  // 4. Lanes and columns.
  const initiatives = placed.map((p) => p.initiative);
  const columnOf = mode === 'ordinal' ? new Map(placed.map((p) => [p.initiative, p.start!] as const)) : undefined;
  const groupBy = resolveGroupBy(options.groupBy ?? 'auto', initiatives, columnOf ? (i) => columnOf.get(i)! : undefined);
  const groups = groupItems(roadmap, placed, (p) => p.initiative, groupBy);
  const singleLane = groupBy === 'none';
  const labelWidth = options.labelWidth ?? (singleLane ? 0 : Math.round(Math.min(200, Math.max(124, options.width * 0.16))));
  const plotWidth = Math.max(120, options.width - labelWidth);
  const basePxPerUnit = baseZoom(mode, domain, plotWidth, options);

  const lanes: LaneLayout[] = [];
  const bars: BarLayout[] = [];
  const focusOrder: number[] = [];
  let y = 0;
  for (const group of groups) {
    const collapsed = options.collapsed?.has(group.id) ?? false;
    // Lane labels are set semibold: allow for the wider glyphs.
    const lines = labelWidth > 0 ? wrapText(group.label, (labelWidth - 36) / BOLD, measure, 4) : [];
    const count = group.items.length;
    const labelHeight = lines.length * LINE + 12;
    if (collapsed) {
      const height = Math.max(36, labelHeight);
      lanes.push({ id: group.id, label: group.label, lines, y, height, rows: 0, count, collapsed });
      y += height;
      continue;
    }
    const items = group.items;
    const widths = new Float64Array(count);
    const packables: Packable[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const p = items[i]!;
      const w = measure(p.initiative.title);
      const inside = w + 2 * LABEL_PAD <= (p.x1 - p.x0) * basePxPerUnit;
      const reserve = inside || mode === 'ordinal' ? 0 : (Math.min(w, 220) + 2 * LABEL_PAD) / basePxPerUnit;
      widths[i] = w;
      packables[i] = { x0: p.x0, reach: reserve ? p.x1 + reserve : p.x1 };
    }
    // Bars that only touch (one quarter ends where the next begins) may share a row; the element insets them by a pixel.
    const { rows, count: rowCount, order } = packRowsInOrder(packables, 0);
    const height = Math.max(rowCount * rowHeight, labelHeight - 2 * LANE_PAD) + 2 * LANE_PAD;
    // Bars in y order (row, then start): packing visits items by start, so a stable bucket by row keeps that.
    const byRow: number[][] = Array.from({ length: rowCount }, () => []);
    for (const i of order) byRow[rows[i]!]!.push(i);
    const barOf = new Array<number>(count);
    for (let r = 0; r < rowCount; r++) {
      const row = byRow[r]!;
      for (let k = 0; k < row.length; k++) {
        const i = row[k]!;
        const b = makeBar(items[i]!, group.id, r, y + LANE_PAD + r * rowHeight, rowHeight, barHeight, widths[i]!, mode);
        if (k + 1 < row.length) b.next = items[row[k + 1]!]!.x0;
        b.index = barOf[i] = bars.length;
        bars.push(b);
      }
    }
    // Reading order inside the lane is start, then row: the packing order (by start; at equal
    // starts the lower row was taken first, and a row's starts strictly increase).
    for (const i of order) focusOrder.push(barOf[i]!);
    lanes.push({ id: group.id, label: group.label, lines, y, height, rows: rowCount, count, collapsed });
    y += height;
  }

  // 5. Milestone label rows at the base zoom.
  const ends: number[] = [];
  for (const m of milestones) {
    const px = (m.x - domain[0]) * basePxPerUnit;
    let row = ends.findIndex((end) => end + 8 <= px);
    if (row < 0 && ends.length < MILESTONE_ROWS) row = ends.push(-Infinity) - 1;
    if (row >= 0) ends[row] = px + 14 + m.labelWidth;
    m.row = row;
  }
  const milestoneBand = milestones.length ? Math.max(1, ends.length) * MILESTONE_ROW + 8 : 0;

  // 6. Dependencies.
  const barsById = new Map<string, BarLayout>();
  for (const b of bars) barsById.set(b.id, b);
  // What the other entities are called, for dependencies that are listed: built only when one is.
  let knownMap: Map<string, { title: string; reason?: UnresolvedDependency['reason'] }> | undefined;
  const knownIds = () => {
    if (knownMap) return knownMap;
    knownMap = new Map();
    const onAxis = new Set(placed.map((p) => p.initiative));
    for (const i of roadmap.initiatives) if (!barsById.has(i.id)) knownMap.set(i.id, { title: i.title, reason: onAxis.has(i) ? 'collapsed' : 'unscheduled' });
    for (const m of roadmap.milestones) knownMap.set(m.id, { title: m.title, reason: 'off-axis' });
    for (const e of roadmap.externalRefs) knownMap.set(e.id, { title: e.title ?? e.key, reason: 'off-axis' });
    return knownMap;
  };
  const known = { get: (id: string) => knownIds().get(id), has: (id: string) => knownIds().has(id) };
  const span = mode === 'ordinal' ? (b: RoutableBar): [number, number] => [Math.floor(b.x0 / COLUMN), Math.floor(b.x0 / COLUMN) + 1] : undefined;
  const { drawn, listed } = layoutDependencies(roadmap.dependencies, barsById, known, rowHeight, span);
  const links = new Map<string, BarLinks>();
  const linkOf = (id: string) => links.get(id) ?? (links.set(id, { needs: [], neededBy: [], conflict: false }), links.get(id)!);
  for (const d of drawn) {
    const to = linkOf(d.to);
    const from = linkOf(d.from);
    to.needs.push(d.from);
    from.neededBy.push(d.to);
    if (d.points.length > 2) from.turnsAfter = true;
    if (d.conflict) to.conflict = from.conflict = true;
  }

  const present = new Set<Status>();
  for (const b of bars) present.add(b.status);
  const todayDate = options.asOf ?? roadmapAnchor(roadmap)?.date;
  const today = mode === 'calendar' && todayDate ? dayNumber(todayDate) : NaN;
  return {
    mode,
    groupBy,
    domain,
    labelWidth,
    plotWidth,
    rowHeight,
    barHeight,
    lanes,
    bars,
    barsById,
    focusOrder,
    milestones,
    milestoneBand,
    dependencies: drawn,
    unresolved: listed,
    links,
    unscheduled,
    columns,
    ...(Number.isFinite(today) ? { today } : {}),
    height: y,
    fiscalYearStartMonth: fy,
    statuses: STATUS_ORDER.filter((s) => present.has(s)),
    basePxPerUnit,
    ...(anchorInfo ? { anchor: anchorInfo.date } : {}),
  };
}

function baseZoom(mode: TimelineLayout['mode'], domain: [number, number], plotWidth: number, options: TimelineOptions): number {
  if (mode === 'calendar') {
    const from = options.from ? dayNumber(options.from) : NaN;
    const to = options.to ? dayNumber(options.to) : NaN;
    if (Number.isFinite(from) && Number.isFinite(to) && to > from) return plotWidth / (to - from + 1);
    if (options.scale) return pxPerDayForScale(options.scale);
  }
  return plotWidth / Math.max(1, domain[1] - domain[0]);
}

function makeBar(p: Placed, lane: string, row: number, rowTop: number, rowHeight: number, barHeight: number, labelWidth: number, mode: TimelineLayout['mode']): BarLayout {
  const i = p.initiative;
  const s = p.schedule;
  // Without a checklist the progress is the stated one (initiativeProgress would allocate to say so).
  const progress = i.checklist?.length ? initiativeProgress(i) : { done: 0, total: 0, value: i.progress?.value };
  const precision = s.precision;
  const bar: BarLayout = {
    id: i.id,
    index: 0,
    title: i.title,
    lane,
    row,
    rowTop,
    y: rowTop + (rowHeight - barHeight) / 2,
    height: barHeight,
    x0: p.x0,
    x1: p.x1,
    status: i.status ?? 'unknown',
    startOpen: Boolean(s.startOpen),
    endOpen: Boolean(s.endOpen),
    soft: mode === 'calendar' && precision !== undefined && PRECISION_SOFT.has(precision),
    approximate: Boolean(s.approximate),
    labelWidth,
    basis: s.basis,
  };
  if (i.key) bar.key = i.key;
  if (mode === 'calendar') {
    bar.start = s.start;
    bar.end = s.end;
  } else bar.ordinal = s.ordinal;
  if (precision) bar.precision = precision;
  if (progress.value !== undefined) bar.progress = progress.value;
  if (progress.total) {
    bar.progressDone = progress.done;
    bar.progressTotal = progress.total;
  }
  if (s.target && s.basis === 'target') {
    const target = dayNumber(s.target) + 1;
    if (Number.isFinite(target)) bar.target = target;
  }
  return bar;
}

const ORDINAL_NAMES = ['Now', 'Next', 'Later'];

function columnLabels(roadmap: Roadmap, ordinal: number, column: number): { label: string; detail: string } {
  const period = roadmap.periods.find((p) => (p.time.ordinal ?? (p.order || undefined)) === ordinal && p.time.kind !== 'absolute');
  const name = ORDINAL_NAMES[column] ?? `Later +${column - 2}`;
  if (!period) return { label: name, detail: '' };
  const raw = period.time.raw;
  const detail = period.name ?? period.label;
  return { label: raw && !detail.includes(raw) ? `${name} · ${raw}` : name, detail };
}

function relativeText(roadmap: Roadmap, initiative: Initiative): string {
  const period = (initiative.schedule?.periodIds ?? []).map((id) => roadmap.periods.find((p) => p.id === id)).find((p): p is Period => Boolean(p));
  return period?.time.raw ?? initiative.schedule?.start?.raw ?? initiative.schedule?.target?.raw ?? 'relative';
}

/**
 * `toDayNumber` without a regular expression, a Date or an allocation (it runs for every bar's
 * start and end): UTC day number of a YYYY-MM-DD calendar date (proleptic Gregorian, years
 * 1–9999), NaN for anything else.
 */
export function dayNumber(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return NaN;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = date.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  const length = m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > length) return NaN;
  // Days from the civil date (H. Hinnant's algorithm), 0 = 1970-01-01.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Indices of bars whose row slot intersects `[top, bottom]` px (bars are in y order). */
export function barsInRows(bars: readonly BarLayout[], top: number, bottom: number): [number, number] {
  let lo = 0;
  let hi = bars.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bars[mid]!.y + bars[mid]!.height < top) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  hi = bars.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bars[mid]!.y <= bottom) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo];
}

/** The written schedule of an initiative ("Target: December 2024", "Q1 2025"), for tooltips. */
export function scheduleText(roadmap: Roadmap, id: string): string {
  const i = indexRoadmap(roadmap).initiatives.get(id);
  const s = i?.schedule;
  if (!s) return '';
  const parts: string[] = [];
  if (s.start?.raw) parts.push(`start ${s.start.raw}`);
  if (s.end?.raw) parts.push(`end ${s.end.raw}`);
  if (s.target?.raw) parts.push(`target ${s.target.raw}`);
  for (const pid of s.periodIds ?? []) {
    const p = roadmap.periods.find((x) => x.id === pid);
    if (p) parts.push(p.label);
  }
  return parts.join(', ');
}

/** "Oct 2024 – Dec 2024", "from Oct 2024 (start not stated) to Dec 2024", or the column name. */
export function barDates(bar: BarLayout, layout: Pick<TimelineLayout, 'columns' | 'fiscalYearStartMonth'>): string {
  if (bar.ordinal !== undefined) return layout.columns.find((c) => c.ordinal === bar.ordinal)?.label ?? `horizon ${bar.ordinal}`;
  const fy = layout.fiscalYearStartMonth;
  const p = bar.precision ?? 'day';
  const a = formatDate(bar.start, p === 'day' ? 'day' : 'month', fy);
  const b = formatDate(bar.end, p === 'day' ? 'day' : 'month', fy);
  const range = a === b ? a : `${a} to ${b}`;
  if (bar.startOpen) return `by ${b} (start not stated; drawn from ${a})`;
  return bar.approximate ? `about ${range}` : range;
}

/** The accessible name of a bar: title, key, dates, status, progress and dependencies. */
export function describeBar(bar: BarLayout, layout: TimelineLayout, titles: (id: string) => string): string {
  const parts = [bar.key ? `${bar.title} (${bar.key})` : bar.title, barDates(bar, layout), STATUS_LABELS[bar.status].toLowerCase()];
  if (bar.progressTotal) parts.push(`${bar.progressDone} of ${bar.progressTotal} done`);
  else if (bar.progress !== undefined) parts.push(`${Math.round(bar.progress * 100)}% done`);
  const link = layout.links.get(bar.id);
  if (link?.needs.length) parts.push(`depends on ${link.needs.map(titles).join(', ')}`);
  if (link?.neededBy.length) parts.push(`needed by ${link.neededBy.map(titles).join(', ')}`);
  if (link?.conflict) parts.push('dependency conflict: starts before what it needs ends');
  return parts.join('; ');
}
