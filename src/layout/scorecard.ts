/**
 * `layoutScorecard(roadmap, options)`: the metric scorecard as plain data. Sections (by metric
 * group, initiative, status or none), one tile per metric with its formatted target, current
 * value, status, an accessible summary, bullet-graph geometry (d3-scale, fractions of the tile
 * width) and a sparkline path (d3-shape, in a 100 × 24 box). Pure: no DOM, no clock.
 */
import { scaleLinear } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';
import { isPlainDate, toDayNumber, type PlainDate } from '../model/dates.js';
import {
  AT_RISK_TOLERANCE,
  comparatorSymbol,
  comparatorWords,
  currentTarget,
  describeDirection,
  formatMetricValue,
  isNinesMetric,
  metricDirection,
  metricSeries,
  metricStatus,
  metricValueFormat,
  ninesOf,
  baselineValue,
  isImprovement,
  TARGET_MODE_LABEL,
  targetLevel,
  targetQualifiers,
  type MetricStatusResult,
  type MetricStatusValue,
  type MetricValueFormat,
  type TargetLevel,
} from '../model/metrics.js';
import type { Direction, Metric, MetricTarget, Roadmap } from '../model/schema.js';
import { entityLabel, indexRoadmap } from '../model/selectors.js';

/** How tiles are sectioned. */
export type ScorecardGroupBy = 'group' | 'initiative' | 'status' | 'none';

export interface ScorecardOptions {
  /** Sections: metric groups (default), initiatives, statuses, or one list. */
  groupBy?: ScorecardGroupBy;
  /** Only these metrics (ids); duplicates named here are all shown. */
  metricIds?: readonly string[];
  /** Only the metrics of this metric group (id or name, case-insensitive). */
  group?: string;
  /** BCP 47 locale for numbers and dates; the runtime's default when absent. */
  locale?: string;
  /** "Today" (YYYY-MM-DD), for time-phased targets and projections. */
  asOf?: PlainDate;
  /** Relative gap within which a missed target is "at risk" (default 0.1). */
  tolerance?: number;
}

/** Order of statuses, worst first (sections and counts follow it). */
export const STATUS_ORDER: readonly MetricStatusValue[] = ['off-track', 'at-risk', 'on-track', 'achieved', 'no-data'];

export const STATUS_LABEL: Record<MetricStatusValue, string> = {
  'off-track': 'Off track',
  'at-risk': 'At risk',
  'on-track': 'On track',
  achieved: 'Achieved',
  'no-data': 'No data',
};

/** A qualitative range of a bullet graph, as fractions [0, 1] of its width. */
export interface BulletBand {
  key: 'poor' | 'satisfactory' | 'good';
  x0: number;
  x1: number;
}

/** Stephen Few's bullet graph, in fractions of the available width. */
export interface BulletGeometry {
  /** `nines` plots availability by its nines (99 %, 99.9 %, 99.99 % evenly spaced). */
  scale: 'linear' | 'nines';
  /** Lower is better: the poor range sits at the high end. */
  reversed: boolean;
  bands: BulletBand[];
  /** The featured measure, from the origin to the current value. */
  measure: { x0: number; x1: number };
  /** Target marker; `x2` ends a target range. */
  target: { x: number; x2?: number };
  /** Baseline marker of a change or multiplier target. */
  baseline?: { x: number };
  ticks: { x: number; label: string }[];
}

/** A sparkline of the metric's history in a `width × height` box (viewBox units). */
export interface SparklineGeometry {
  width: number;
  height: number;
  /** SVG path `d` of the line. */
  path: string;
  /** Last point, as fractions of the box (for a dot drawn in HTML). */
  last: { x: number; y: number };
  /** Target level as a fraction of the height, when it falls inside the drawn range. */
  targetY?: number;
  points: number;
}

/** Change from the previous value to the latest. */
export interface MetricTrend {
  /** "+12%" (relative) or "−0.3 pp" (percent metrics, in points). */
  text: string;
  direction: 'up' | 'down' | 'flat';
  /** True when the move is an improvement, false when it is worse, undefined when unknown. */
  good?: boolean;
  /** Date of the previous value, formatted ("May 31"), when known. */
  since?: string;
}

/** One metric tile. */
export interface MetricTile {
  id: string;
  name: string;
  /** The line as written (inline Markdown). */
  raw?: string;
  status: MetricStatusResult;
  statusLabel: string;
  direction: Direction;
  /** "lower is better"; undefined when unknown. */
  directionLabel?: string;
  mode: MetricTarget['mode'] | 'none';
  /** "Level", "Change", "Multiplier", "Qualitative"; "No target". */
  modeLabel: string;
  target?: {
    /** Headline text: "< 100 ms", "−70%", "10×", "$50M", or the words of a qualitative target. */
    text: string;
    /** The same in words for screen readers: "under 100 ms". */
    words: string;
    /** "p95", "per 4 vCPU node", "annually", "by Q2", "vs full replica". */
    qualifiers: string[];
    /** A change or multiplier as a level in the metric's units ("≤ $36K"), when a baseline allows it. */
    levelText?: string;
    /** What is measured, when the name does not already say it ("error rate" for "Quality"). */
    subject?: string;
    /** The comparator was derived from the direction, not written. */
    implied: boolean;
    qualitative: boolean;
    /** Time-phased steps ("≥ 100 by Q2"), when there are several targets. */
    steps?: string[];
  };
  current?: { value: number; text: string; at?: string };
  baseline?: { value: number; text: string };
  trend?: MetricTrend;
  bullet?: BulletGeometry;
  sparkline?: SparklineGeometry;
  /** The initiative (or goal) the metric belongs to. */
  owner?: { kind: 'initiative' | 'goal'; id: string; label: string };
  group?: { id: string; name: string };
  /** Metrics stating the same target that this tile stands for. */
  duplicates: { id: string; name: string; group?: string }[];
  /** One sentence for assistive technology. */
  summary: string;
}

export interface ScorecardSection {
  key: string;
  /** Heading; empty for `groupBy: 'none'`. */
  label: string;
  kind: 'group' | 'initiative' | 'status' | 'all' | 'other';
  /** Group, initiative id, or status value. */
  entityId?: string;
  tiles: MetricTile[];
}

export interface ScorecardLayout {
  sections: ScorecardSection[];
  /** Tiles shown. */
  count: number;
  /** Tiles per status. */
  counts: Record<MetricStatusValue, number>;
  /** Metrics in the roadmap, before filters. */
  total: number;
  /** Tiles with a current value. */
  withData: number;
  /** Why nothing is shown: the roadmap has no metrics, or the filters matched none. */
  empty?: 'no-metrics' | 'filtered';
}

/**
 * Lay out a scorecard. Duplicates (`sameAs`) are shown once, on the first of them in document
 * order, which lists the others; the filters apply before that.
 */
export function layoutScorecard(roadmap: Roadmap, options: ScorecardOptions = {}): ScorecardLayout {
  const { groupBy = 'group', locale, asOf } = options;
  const tolerance = options.tolerance ?? AT_RISK_TOLERANCE;
  const index = indexRoadmap(roadmap);
  const groups = new Map(roadmap.metricGroups.map((g) => [g.id, g] as const));
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<MetricStatusValue, number>;
  const total = roadmap.metrics.length;
  if (!total) return { sections: [], count: 0, counts, total, withData: 0, empty: 'no-metrics' };

  let metrics = roadmap.metrics;
  if (options.metricIds?.length) {
    const wanted = new Set(options.metricIds);
    metrics = metrics.filter((m) => wanted.has(m.id));
  }
  if (options.group) {
    const key = options.group.trim().toLowerCase();
    metrics = metrics.filter((m) => {
      const g = m.groupId ? groups.get(m.groupId) : undefined;
      return m.groupId?.toLowerCase() === key || g?.name.trim().toLowerCase() === key;
    });
  }
  const shown = options.metricIds?.length ? metrics.map((m) => ({ metric: m, duplicates: [] as Metric[] })) : dedupe(metrics);
  if (!shown.length) return { sections: [], count: 0, counts, total, withData: 0, empty: 'filtered' };

  const ownerOf = (metric: Metric): MetricTile['owner'] => {
    const initiativeId =
      metric.scope?.initiativeId ?? roadmap.initiatives.find((i) => i.metricIds?.includes(metric.id))?.id;
    const initiative = initiativeId ? index.initiatives.get(initiativeId) : undefined;
    if (initiative) return { kind: 'initiative', id: initiative.id, label: entityLabel(initiative) };
    const goalId = metric.scope?.goalId ?? roadmap.goals.find((g) => g.metricIds?.includes(metric.id))?.id;
    const goal = goalId ? roadmap.goals.find((g) => g.id === goalId) : undefined;
    if (goal) return { kind: 'goal', id: goal.id, label: goal.title ?? goal.statement };
    return undefined;
  };

  const tiles = shown.map(({ metric, duplicates }) => {
    const group = metric.groupId ? groups.get(metric.groupId) : undefined;
    const owner = ownerOf(metric);
    return layoutMetricTile(metric, {
      ...(locale !== undefined ? { locale } : {}),
      ...(asOf !== undefined ? { asOf } : {}),
      tolerance,
      ...(owner ? { owner } : {}),
      ...(group ? { group: { id: group.id, name: group.name } } : {}),
      duplicates: duplicates.map((d) => {
        const g = d.groupId ? groups.get(d.groupId) : undefined;
        return g ? { id: d.id, name: d.name, group: g.name } : { id: d.id, name: d.name };
      }),
    });
  });
  for (const tile of tiles) counts[tile.status.value]++;

  return {
    sections: sectionTiles(tiles, groupBy, roadmap),
    count: tiles.length,
    counts,
    total,
    withData: tiles.filter((t) => t.current).length,
  };
}

/** Clusters of `sameAs` metrics shown once: the first in document order carries the others. */
function dedupe(metrics: readonly Metric[]): { metric: Metric; duplicates: Metric[] }[] {
  const visible = new Map(metrics.map((m) => [m.id, m] as const));
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const order = new Map(metrics.map((m, i) => [m.id, i] as const));
  for (const m of metrics) {
    for (const other of m.sameAs ?? []) {
      if (!visible.has(other) || other === m.id) continue;
      const a = find(m.id);
      const b = find(other);
      if (a === b) continue;
      // The earlier metric is the root.
      if (order.get(a)! <= order.get(b)!) parent.set(b, a);
      else parent.set(a, b);
    }
  }
  const out = new Map<string, { metric: Metric; duplicates: Metric[] }>();
  for (const m of metrics) {
    const root = find(m.id);
    if (root === m.id) out.set(m.id, { metric: m, duplicates: [] });
  }
  for (const m of metrics) {
    const root = find(m.id);
    if (root !== m.id) out.get(root)?.duplicates.push(m);
  }
  return [...out.values()];
}

function sectionTiles(tiles: MetricTile[], groupBy: ScorecardGroupBy, roadmap: Roadmap): ScorecardSection[] {
  if (groupBy === 'none') return [{ key: 'all', label: '', kind: 'all', tiles }];
  if (groupBy === 'status') {
    return STATUS_ORDER.map((status) => ({
      key: `status:${status}`,
      label: STATUS_LABEL[status],
      kind: 'status' as const,
      entityId: status,
      tiles: tiles.filter((t) => t.status.value === status),
    })).filter((s) => s.tiles.length);
  }
  if (groupBy === 'initiative') {
    const sections: ScorecardSection[] = [];
    for (const initiative of roadmap.initiatives) {
      const mine = tiles.filter((t) => t.owner?.kind === 'initiative' && t.owner.id === initiative.id);
      if (mine.length) sections.push({ key: `initiative:${initiative.id}`, label: entityLabel(initiative), kind: 'initiative', entityId: initiative.id, tiles: mine });
    }
    const rest = tiles.filter((t) => t.owner?.kind !== 'initiative');
    if (rest.length) sections.push({ key: 'other', label: sections.length ? 'Roadmap-wide metrics' : 'Metrics', kind: 'other', tiles: rest });
    return sections;
  }
  const groups = [...roadmap.metricGroups].map((g, i) => ({ g, i })).sort((a, b) => a.g.order - b.g.order || a.i - b.i);
  const sections: ScorecardSection[] = [];
  for (const { g } of groups) {
    const mine = tiles.filter((t) => t.group?.id === g.id);
    if (mine.length) sections.push({ key: `group:${g.id}`, label: g.name, kind: 'group', entityId: g.id, tiles: mine });
  }
  const ungrouped = tiles.filter((t) => !t.group);
  const ofInitiatives = ungrouped.filter((t) => t.owner?.kind === 'initiative');
  const other = ungrouped.filter((t) => t.owner?.kind !== 'initiative');
  // A lone fallback section needs no heading.
  const only = !sections.length && (!ofInitiatives.length || !other.length);
  if (ofInitiatives.length) {
    sections.push({ key: 'initiatives', label: only ? '' : 'Initiative success metrics', kind: 'other', tiles: ofInitiatives });
  }
  if (other.length) sections.push({ key: 'other', label: only ? '' : 'Other metrics', kind: 'other', tiles: other });
  return sections;
}

/** What `layoutMetricTile` needs besides the metric. */
export interface TileOptions {
  locale?: string;
  asOf?: PlainDate;
  tolerance?: number;
  owner?: MetricTile['owner'];
  group?: MetricTile['group'];
  duplicates?: MetricTile['duplicates'];
}

/** One tile: formatted target, current value, status, trend, bullet and sparkline geometry. */
export function layoutMetricTile(metric: Metric, options: TileOptions = {}): MetricTile {
  const { locale, asOf } = options;
  const tolerance = options.tolerance ?? AT_RISK_TOLERANCE;
  const status = metricStatus(metric, { ...(asOf ? { asOf } : {}), tolerance });
  const target = currentTarget(metric, asOf);
  const direction = target ? metricDirection({ direction: metric.direction, target }) : (metric.direction ?? 'unknown');
  const valueFormat = metricValueFormat(metric);
  const level = targetLevel(metric, target);
  const nines = isNinesMetric(metric);
  const current = metric.current && Number.isFinite(metric.current.value) ? metric.current : undefined;
  const base = target && target.mode !== 'level' ? baselineValue(metric) : undefined;

  const tile: MetricTile = {
    id: metric.id,
    name: metric.name,
    status,
    statusLabel: STATUS_LABEL[status.value],
    direction,
    mode: target?.mode ?? 'none',
    modeLabel: target ? TARGET_MODE_LABEL[target.mode] : 'No target',
    duplicates: options.duplicates ?? [],
    summary: '',
  };
  const raw = metric.raw ?? target?.raw;
  // "As written" only when it adds something to the name and the target's words.
  const redundant = raw !== undefined && (normalize(raw) === normalize(metric.name) || (target?.mode === 'qualitative' && normalize(raw) === normalize(target.raw)));
  if (raw && !redundant) tile.raw = raw;
  const directionLabel = describeDirection(direction);
  if (directionLabel) tile.directionLabel = directionLabel;
  if (options.owner) tile.owner = options.owner;
  if (options.group) tile.group = options.group;

  if (target) {
    const headline = targetHeadline(target, valueFormat, locale);
    tile.target = {
      ...headline,
      qualifiers: targetQualifiers(target, locale),
      implied: Boolean(target.comparatorImplied),
      qualitative: target.mode === 'qualitative' || target.value === undefined,
    };
    const subject = target.subject?.replace(/\s*\(speed\)$/, '').trim();
    const said = [metric.name, ...tile.target.qualifiers].map(normalize);
    if (subject && target.mode !== 'qualitative' && !said.some((t) => t.includes(normalize(subject)))) tile.target.subject = subject;
    if (level && target.mode !== 'level') {
      const symbol = comparatorSymbol(level.comparator);
      const text = formatMetricValue(level.value, valueFormat, locale);
      tile.target.levelText = level.valueMax !== undefined ? `${text}–${formatMetricValue(level.valueMax, valueFormat, locale)}` : `${symbol ? `${symbol} ` : ''}${text}`;
    }
    if ((metric.targets?.length ?? 0) > 1) {
      tile.target.steps = metric.targets!.map((t) => [targetHeadline(t, valueFormat, locale).text, ...targetQualifiers(t, locale)].join(' '));
    }
  }
  if (current) {
    tile.current = { value: current.value, text: formatMetricValue(current.value, valueFormat, locale) };
    if (current.at) tile.current.at = current.at;
  }
  if (base !== undefined) tile.baseline = { value: base, text: formatMetricValue(base, valueFormat, locale) };

  const series = metricSeries(metric);
  const trend = layoutTrend(series, direction, valueFormat, locale);
  if (trend) tile.trend = trend;
  if (current && level) tile.bullet = layoutBullet(current.value, level, { direction, nines, tolerance, valueFormat, ...(locale ? { locale } : {}), ...(base !== undefined ? { baseline: base } : {}), ...(target?.scaleMax !== undefined ? { scaleMax: target.scaleMax } : {}) });
  const spark = layoutSparkline(series.map((m) => ({ value: m.value, ...(m.at ? { at: m.at } : {}) })), { ...(level ? { target: level.value } : {}), nines });
  if (spark) tile.sparkline = spark;
  tile.summary = summarize(tile);
  return tile;
}

/** Headline text and words of a target, formatted with the metric's value format. */
function targetHeadline(target: MetricTarget, valueFormat: MetricValueFormat, locale: string | undefined): { text: string; words: string } {
  if (target.mode === 'qualitative' || target.value === undefined || !Number.isFinite(target.value)) {
    return { text: target.raw.trim(), words: target.raw.trim() };
  }
  const spec: MetricValueFormat = { ...valueFormat };
  if (target.unit !== undefined) spec.unit = target.unit;
  if (target.unitKind !== undefined) spec.unitKind = target.unitKind;
  if (target.currency !== undefined) spec.currency = target.currency;
  if (target.scaleMax !== undefined) spec.scaleMax = target.scaleMax;
  // A target is written in its own units; the metric's display format (e.g. currency) applies only to levels.
  if (target.mode !== 'level') delete spec.format;
  if (target.mode === 'change') {
    const pct: MetricValueFormat = { unit: '%', unitKind: 'percent', signed: true };
    const one = (v: number) => formatMetricValue(v, pct, locale);
    const text = target.valueMax !== undefined ? `${one(target.value)} to ${one(target.valueMax)}` : one(target.value);
    const abs = (v: number) => formatMetricValue(Math.abs(v), { unit: '%', unitKind: 'percent' }, locale);
    const word = target.value < 0 ? 'reduction' : 'increase';
    const words = target.valueMax !== undefined ? `${abs(target.value)} to ${abs(target.valueMax)} ${word}` : `${abs(target.value)} ${word}`;
    return { text, words };
  }
  if (target.mode === 'factor') {
    const factor: MetricValueFormat = { unit: 'x', unitKind: 'factor' };
    const text = formatMetricValue(target.value, factor, locale);
    return { text: target.valueMax !== undefined ? `${text}–${formatMetricValue(target.valueMax, factor, locale)}` : text, words: `${text} improvement` };
  }
  const value = formatMetricValue(target.value, spec, locale);
  if (target.comparator === 'between' && target.valueMax !== undefined) {
    const max = formatMetricValue(target.valueMax, spec, locale);
    return { text: `${value}–${max}`, words: `between ${value} and ${max}` };
  }
  const symbol = target.comparatorImplied ? '' : comparatorSymbol(target.comparator);
  const words = comparatorWords(target.comparator ?? (target.direction === 'higher-is-better' ? 'gte' : target.direction === 'lower-is-better' ? 'lte' : 'eq'));
  return { text: symbol ? `${symbol} ${value}` : value, words: words ? `${words} ${value}` : value };
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function summarize(tile: MetricTile): string {
  const parts: string[] = [];
  if (tile.current) parts.push(tile.current.text);
  if (tile.target) {
    const qual = tile.target.qualifiers.length ? ` ${tile.target.qualifiers.join(', ')}` : '';
    const subject = tile.target.subject ? ` ${tile.target.subject}` : '';
    parts.push(tile.target.qualitative ? `target: ${tile.target.words}` : `target ${tile.target.words}${subject}${qual}`);
  } else parts.push('no target');
  if (!tile.current) parts.push('no current value');
  if (tile.status.value !== 'no-data' || tile.status.basis === 'stated') {
    parts.push(`${tile.statusLabel.toLowerCase()}${tile.status.basis === 'stated' ? ' (stated)' : ''}`);
  }
  return `${tile.name}: ${parts.join(', ')}`;
}

/** Change from the previous value of a series to its last. */
export function layoutTrend(
  series: readonly { value: number; at?: string }[],
  direction: Direction,
  valueFormat: MetricValueFormat,
  locale?: string,
): MetricTrend | undefined {
  const last = series[series.length - 1];
  const prev = series[series.length - 2];
  if (!last || !prev) return undefined;
  const delta = last.value - prev.value;
  const trend: MetricTrend = {
    text: '',
    direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat',
  };
  const percentUnits = valueFormat.unitKind === 'percent' || valueFormat.unit === '%' || valueFormat.format?.style === 'percent';
  if (percentUnits) {
    trend.text = `${formatMetricValue(round(delta, 3), { signed: true }, locale)} pp`;
  } else if (prev.value !== 0) {
    trend.text = formatMetricValue(round((delta / Math.abs(prev.value)) * 100, 1), { unit: '%', unitKind: 'percent', signed: true }, locale);
  } else {
    trend.text = formatMetricValue(delta, { ...valueFormat, signed: true }, locale);
  }
  const good = isImprovement(direction, prev.value, last.value);
  if (good !== undefined) trend.good = good;
  if (prev.at && isPlainDate(prev.at)) trend.since = formatDay(prev.at, locale);
  return trend;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** "May 31" for a PlainDate, in UTC so no time zone moves it. */
function formatDay(date: PlainDate, locale: string | undefined): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d));
  try {
    return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(at);
  } catch {
    return date;
  }
}

export interface BulletOptions {
  direction: Direction;
  nines?: boolean;
  tolerance?: number;
  valueFormat?: MetricValueFormat;
  locale?: string;
  /** Baseline of a change or multiplier target (drawn as a second comparative marker). */
  baseline?: number;
  /** Top of a rating scale: the axis ends there. */
  scaleMax?: number;
}

/**
 * Bullet-graph geometry for a current value against a target level, as fractions [0, 1] of the
 * width: qualitative ranges (poor / satisfactory / good; reversed for lower-is-better, both sides
 * of a range target), the measure from zero, the target marker, and ticks. Availability metrics
 * (`nines`) use an axis in nines: 99 %, 99.9 %, 99.99 % are evenly spaced.
 */
export function layoutBullet(current: number, level: TargetLevel, options: BulletOptions): BulletGeometry {
  const tolerance = options.tolerance ?? AT_RISK_TOLERANCE;
  const fmt = (v: number) => formatMetricValue(v, tickFormat(options.valueFormat ?? {}), options.locale);
  if (options.nines) return ninesBullet(current, level, fmt);

  const t = level.value;
  const values = [current, t, ...(level.valueMax !== undefined ? [level.valueMax] : []), ...(options.baseline !== undefined ? [options.baseline] : [])];
  let lo = Math.min(0, ...values);
  let hi = Math.max(...values);
  const percent = options.valueFormat?.unitKind === 'percent' || options.valueFormat?.unit === '%';
  if (options.scaleMax !== undefined && options.scaleMax >= hi) {
    hi = options.scaleMax;
  } else if (percent && hi <= 100 && t >= 50) {
    hi = 100;
  } else {
    const span = hi - lo || Math.abs(hi) || 1;
    hi = hi + span * 0.15;
    if (lo < 0) lo = lo - span * 0.15;
  }
  if (hi <= lo) hi = lo + 1;
  if (isCount(options.valueFormat) && hi - lo < 2) hi = lo + 2;
  const scale = scaleLinear().domain([lo, hi]).range([0, 1]).clamp(true);
  if (options.scaleMax === undefined && !(percent && hi === 100)) scale.nice(4);
  const [d0, d1] = scale.domain() as [number, number];
  const x = (v: number) => round(scale(v), 4);
  const reversed = options.direction === 'lower-is-better';

  const bands: BulletBand[] = [];
  const band = (key: BulletBand['key'], a: number, b: number) => {
    const x0 = x(Math.min(a, b));
    const x1 = x(Math.max(a, b));
    if (x1 > x0) bands.push({ key, x0, x1 });
  };
  if (level.comparator === 'between' && level.valueMax !== undefined) {
    const w = tolerance * Math.max(level.valueMax - t, Math.abs((t + level.valueMax) / 2));
    band('poor', d0, t - w);
    band('satisfactory', t - w, t);
    band('good', t, level.valueMax);
    band('satisfactory', level.valueMax, level.valueMax + w);
    band('poor', level.valueMax + w, d1);
  } else if (options.direction === 'higher-is-better' || level.comparator === 'gt' || level.comparator === 'gte') {
    const edge = t - Math.abs(t) * tolerance;
    band('poor', d0, edge);
    band('satisfactory', edge, t);
    band('good', t, d1);
  } else if (reversed || level.comparator === 'lt' || level.comparator === 'lte') {
    const edge = t + Math.abs(t) * tolerance;
    band('good', d0, t);
    band('satisfactory', t, edge);
    band('poor', edge, d1);
  } else {
    const near = Math.abs(t) * 0.02;
    const far = Math.abs(t) * tolerance;
    band('poor', d0, t - far);
    band('satisfactory', t - far, t - near);
    band('good', t - near, t + near);
    band('satisfactory', t + near, t + far);
    band('poor', t + far, d1);
  }
  const origin = Math.max(d0, Math.min(0, d1));
  const geometry: BulletGeometry = {
    scale: 'linear',
    reversed,
    bands,
    measure: { x0: Math.min(x(origin), x(current)), x1: Math.max(x(origin), x(current)) },
    target: level.valueMax !== undefined ? { x: x(t), x2: x(level.valueMax) } : { x: x(t) },
    ticks: thin(integerTicks(scale.ticks(4), options.valueFormat).map((v) => ({ x: x(v), label: fmt(v) }))),
  };
  if (options.baseline !== undefined) geometry.baseline = { x: x(options.baseline) };
  return geometry;
}

/** Few enough tick labels to fit a narrow tile: every other one until they are short enough together. */
function thin(ticks: BulletGeometry['ticks'], maxCount = 7, maxChars = 26): BulletGeometry['ticks'] {
  let out = ticks;
  const chars = (t: BulletGeometry['ticks']) => t.reduce((n, x) => n + x.label.length + 1, 0);
  while (out.length > 2 && (out.length > maxCount || chars(out) > maxChars)) out = out.filter((_, i) => i % 2 === 0);
  return out;
}

function isCount(format: MetricValueFormat | undefined): boolean {
  return format?.unitKind === 'count' || format?.unit === 'count';
}

function integerTicks(ticks: number[], format: MetricValueFormat | undefined): number[] {
  return isCount(format) ? ticks.filter((t) => Number.isInteger(t)) : ticks;
}

/** Axis labels stay short: percents, money and durations keep their unit, other units (ratings, rates) are bare numbers. */
function tickFormat(format: MetricValueFormat): MetricValueFormat {
  const keep = format.format || format.unitKind === 'percent' || format.unitKind === 'currency' || format.unitKind === 'duration' || ['%', 'ms', 's', 'min', 'h', 'd'].includes(format.unit ?? '') || format.currency;
  if (keep) return { ...format, scaleMax: undefined } as MetricValueFormat;
  return {};
}

function ninesBullet(current: number, level: TargetLevel, fmt: (v: number) => string): BulletGeometry {
  const nt = ninesOf(level.value);
  const rawNc = ninesOf(current);
  const lo = Math.max(1, Math.floor(Math.min(nt, Number.isFinite(rawNc) ? rawNc : nt)) - 1);
  const hi = Math.ceil(Math.max(nt, Number.isFinite(rawNc) ? rawNc : nt)) + 1;
  const nc = Number.isFinite(rawNc) ? rawNc : hi;
  const scale = scaleLinear().domain([lo, hi]).range([0, 1]).clamp(true);
  const x = (v: number) => round(scale(v), 4);
  const edge = nt - Math.log10(2); // twice the error budget
  const bands: BulletBand[] = [
    { key: 'poor', x0: 0, x1: x(edge) },
    { key: 'satisfactory', x0: x(edge), x1: x(nt) },
    { key: 'good', x0: x(nt), x1: 1 },
  ].filter((b) => b.x1 > b.x0) as BulletBand[];
  const ticks: BulletGeometry['ticks'] = [];
  for (let n = lo; n <= hi; n++) ticks.push({ x: x(n), label: fmt(round(100 - 10 ** (2 - n), 6)) });
  return { scale: 'nines', reversed: false, bands, measure: { x0: 0, x1: x(nc) }, target: { x: x(nt) }, ticks };
}

/**
 * Sparkline of a series in a 100 × 24 box: x by date when every point has one (else by
 * position), y over the values and the target level; availability (`nines`) plots nines.
 * Undefined with fewer than two points.
 */
export function layoutSparkline(
  series: readonly { value: number; at?: string }[],
  options: { target?: number; nines?: boolean; width?: number; height?: number } = {},
): SparklineGeometry | undefined {
  const points = series.filter((p) => Number.isFinite(p.value));
  if (points.length < 2) return undefined;
  const width = options.width ?? 100;
  const height = options.height ?? 24;
  const pad = 2;
  const yOf = (v: number) => (options.nines ? Math.min(ninesOf(v), 8) : v);
  const dated = points.every((p) => p.at && isPlainDate(p.at));
  const xs = points.map((p, i) => (dated ? toDayNumber(p.at!) : i));
  const ys = points.map((p) => yOf(p.value));
  const targetY = options.target !== undefined && Number.isFinite(yOf(options.target)) ? yOf(options.target) : undefined;
  const yDomain = [Math.min(...ys, ...(targetY !== undefined ? [targetY] : [])), Math.max(...ys, ...(targetY !== undefined ? [targetY] : []))] as [number, number];
  if (yDomain[0] === yDomain[1]) yDomain[1] = yDomain[0] + 1;
  const sx = scaleLinear().domain([Math.min(...xs), Math.max(...xs)]).range([pad, width - pad]);
  if (xs[0] === xs[xs.length - 1]) sx.domain([xs[0]! - 1, xs[0]! + 1]);
  const sy = scaleLinear().domain(yDomain).range([height - pad, pad]);
  const path =
    line<number>()
      .x((_, i) => round(sx(xs[i]!), 2))
      .y((_, i) => round(sy(ys[i]!), 2))
      .curve(curveMonotoneX)(ys) ?? '';
  const lastIndex = points.length - 1;
  const geometry: SparklineGeometry = {
    width,
    height,
    path,
    last: { x: round(sx(xs[lastIndex]!) / width, 4), y: round(sy(ys[lastIndex]!) / height, 4) },
    points: points.length,
  };
  if (targetY !== undefined) geometry.targetY = round(sy(targetY) / height, 4);
  return geometry;
}
