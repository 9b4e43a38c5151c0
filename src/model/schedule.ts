/**
 * Where an initiative sits in time (`resolveSchedule`) and which date "now" is for a roadmap
 * (`roadmapAnchor`). Pure: no clock, no local time zone.
 */
import { addDays, addMonths, compareDates, isPlainDate, maxDate, minDate, type PlainDate, type Precision } from './dates.js';
import type { Initiative, Milestone, Period, Roadmap, TimeSpec } from './schema.js';

export interface ScheduleOptions {
  /** Date that relative periods ("Next 3 months") count from; overrides the roadmap's own. */
  anchor?: PlainDate;
}

/** The interval a view draws for an initiative. */
export interface ResolvedSchedule {
  start?: PlainDate;
  end?: PlainDate;
  /** The start is a default (period start, as-of), not stated: draw it faded. */
  startOpen?: boolean;
  /** The end is not stated. */
  endOpen?: boolean;
  /** Coarsest precision of what placed it: day edges are crisp, coarser ones soft. */
  precision?: Precision;
  /** What placed it. `relative` without dates means: unanchored, use `ordinal`. */
  basis: 'dates' | 'target' | 'period' | 'milestone' | 'relative' | 'none';
  /** The written time was approximate ("~", "early", "late"). */
  approximate?: boolean;
  /** Column in a Now / Next / Later layout (1 = nearest), for unanchored relative time. */
  ordinal?: number;
  /** Deadline as written ("Target: December 2024"): the last day of the target. */
  target?: PlainDate;
}

const PRECISION_ORDER: Precision[] = ['day', 'week', 'month', 'quarter', 'half', 'year'];

function coarser(a: Precision | undefined, b: Precision | undefined): Precision | undefined {
  if (!a) return b;
  if (!b) return a;
  return PRECISION_ORDER.indexOf(a) >= PRECISION_ORDER.indexOf(b) ? a : b;
}

/**
 * The date relative time counts from, and "today" for overdue logic: the caller's anchor, else
 * `meta.asOf`, `meta.updated`, `meta.date`. Undefined when the roadmap has no date at all.
 */
export function roadmapAnchor(roadmap: Pick<Roadmap, 'meta'>, options: ScheduleOptions = {}): { date: PlainDate; basis: NonNullable<TimeSpec['anchor']>['basis'] } | undefined {
  if (options.anchor && isPlainDate(options.anchor)) return { date: options.anchor, basis: 'caller' };
  const { asOf, updated, date } = roadmap.meta;
  if (asOf?.start) return { date: asOf.start, basis: 'meta.asOf' };
  if (updated?.start) return { date: updated.start, basis: 'meta.updated' };
  if (date?.start) return { date: date.start, basis: 'meta.date' };
  return undefined;
}

/** A spec placed in calendar time: relative specs are anchored, entity anchors looked up. */
export function resolveTimeSpec(spec: TimeSpec | undefined, roadmap: Roadmap, options: ScheduleOptions = {}): TimeSpec | undefined {
  if (!spec) return undefined;
  if (spec.kind === 'absolute' || (spec.start && spec.end)) return spec;
  if (spec.kind !== 'relative') return spec;
  if (spec.anchor?.entityId) {
    const milestone = roadmap.milestones.find((m) => m.id === spec.anchor!.entityId);
    const date = milestone?.date.start;
    if (date && !spec.offset) return { ...spec, start: spec.start ?? date };
    if (date) return anchorTimeSpec(spec, date, 'entity');
  }
  if (spec.start) return spec;
  const anchor = roadmapAnchor(roadmap, options);
  return anchor ? anchorTimeSpec(spec, anchor.date, anchor.basis) : spec;
}

/** The interval of a period, its focus window when it has one ("Q3 2025 (Sep)" → September). */
export function periodInterval(period: Period, roadmap: Roadmap, options: ScheduleOptions = {}): { start?: PlainDate; end?: PlainDate; precision?: Precision; ordinal?: number } {
  const time = resolveTimeSpec(period.time, roadmap, options)!;
  if (time.focus) return { start: time.focus.start, end: time.focus.end, precision: time.focus.precision };
  if (time.start && time.end) return { start: time.start, end: time.end, precision: time.precision };
  const precision = time.precision ?? (time.offset ? (time.offset.unit === 'day' ? 'day' : time.offset.unit === 'week' ? 'week' : time.offset.unit === 'quarter' ? 'quarter' : time.offset.unit === 'year' ? 'year' : 'month') : undefined);
  return { ordinal: time.ordinal ?? (period.order || undefined), precision };
}

type PeriodInterval = ReturnType<typeof periodInterval>;
const NO_PERIODS: readonly PeriodInterval[] = [];

/** The intervals of the periods `ids` names (those that exist), in that order. */
function periodIntervals(roadmap: Roadmap, ids: readonly string[], options: ScheduleOptions): PeriodInterval[] {
  const out: PeriodInterval[] = [];
  for (const id of ids) {
    const period = roadmap.periods.find((p) => p.id === id);
    if (period) out.push(periodInterval(period, roadmap, options));
  }
  return out;
}

/**
 * Where `<roadmap-timeline>` draws an initiative:
 * 1. stated start/end dates; 2. a target only (start from its period, else the anchor, open);
 * 3. its periods' union; 4. relative time: anchored, or an ordinal column without an anchor;
 * 5. otherwise unscheduled (`basis: 'none'`).
 */
export function resolveSchedule(roadmap: Roadmap, initiative: Initiative, options: ScheduleOptions = {}): ResolvedSchedule {
  const schedule = initiative.schedule;
  if (!schedule) return { basis: 'none' };
  // Most initiatives name no period: no lists to build for them (this runs for every bar).
  const periods = schedule.periodIds?.length ? periodIntervals(roadmap, schedule.periodIds, options) : NO_PERIODS;
  let periodStart: PlainDate | undefined;
  let periodEnd: PlainDate | undefined;
  let periodPrecision: Precision | undefined;
  for (const p of periods) {
    if (!p.start || !p.end) continue;
    periodStart = periodStart === undefined ? p.start : minDate(periodStart, p.start);
    periodEnd = periodEnd === undefined ? p.end : maxDate(periodEnd, p.end);
    periodPrecision = coarser(periodPrecision, p.precision);
  }

  const start = resolveTimeSpec(schedule.start, roadmap, options);
  const end = resolveTimeSpec(schedule.end, roadmap, options);
  const target = resolveTimeSpec(schedule.target, roadmap, options);
  const approximate = start?.approximate || end?.approximate || target?.approximate || undefined;
  const targetEnd = target?.end ?? target?.start;
  const targetField = targetEnd ? { target: targetEnd } : {};

  const startDate = start?.start;
  const endDate = end?.end ?? end?.start ?? targetEnd;
  if (startDate || end?.start) {
    const s = startDate ?? periodStart;
    const e = endDate ?? periodEnd ?? start?.end;
    if (s && e) {
      const reversed = compareDates(s, e) > 0;
      const placed: ResolvedSchedule = { start: reversed ? e : s, end: reversed ? s : e, basis: 'dates' };
      if (!startDate) placed.startOpen = true;
      if (!endDate) placed.endOpen = true;
      placed.precision = coarser(coarser(start?.precision, end?.precision ?? target?.precision), startDate ? undefined : periodPrecision);
      if (approximate) placed.approximate = approximate;
      if (targetEnd) placed.target = targetEnd;
      return placed;
    }
  }
  if (targetEnd && target) {
    const anchor = roadmapAnchor(roadmap, options)?.date;
    const coverageStart = roadmap.meta.coverage?.start;
    let s = periodStart ?? anchor ?? coverageStart ?? target.start ?? targetEnd;
    if (compareDates(s, targetEnd) > 0) s = target.start ?? targetEnd;
    return {
      start: s,
      end: targetEnd,
      startOpen: true,
      precision: target.precision,
      basis: 'target',
      ...(approximate ? { approximate } : {}),
      ...targetField,
    };
  }
  if (periodStart && periodEnd) return { start: periodStart, end: periodEnd, precision: periodPrecision, basis: 'period' };
  const ordinal = periods.find((p) => p.ordinal !== undefined)?.ordinal ?? start?.ordinal ?? target?.ordinal;
  if (ordinal !== undefined) return { basis: 'relative', ordinal, precision: periods[0]?.precision };
  return { basis: 'none' };
}

/** A milestone's date placed in calendar time. */
export function resolveMilestoneDate(roadmap: Roadmap, milestone: Milestone, options: ScheduleOptions = {}): PlainDate | undefined {
  const t = resolveTimeSpec(milestone.date, roadmap, options);
  return t?.start ?? t?.end;
}

/**
 * Place a relative spec in calendar time from an anchor date: "Next 3 Months" anchored on
 * 2025-01-15 → 2025-01-15 … 2025-04-14. Absolute specs come back unchanged.
 */
export function anchorTimeSpec(spec: TimeSpec, anchor: PlainDate, basis: NonNullable<TimeSpec['anchor']>['basis'] = 'caller'): TimeSpec {
  if (spec.kind !== 'relative' || !spec.offset || !isPlainDate(anchor)) return spec;
  const { from, to, unit } = spec.offset;
  const shift = (n: number): PlainDate =>
    unit === 'day' ? addDays(anchor, n) : unit === 'week' ? addDays(anchor, n * 7) : addMonths(anchor, n * (unit === 'quarter' ? 3 : unit === 'year' ? 12 : 1));
  const start = shift(from);
  const end = addDays(shift(to ?? from + 1), -1);
  return { ...spec, start, end, anchor: { ...spec.anchor, date: anchor, basis } };
}
