/**
 * `layoutScorecard(roadmap, options)`: the metric scorecard as plain data. Sections (by metric
 * group, initiative, status or none), one tile per metric with its formatted target, current
 * value, status and an accessible summary; the tile's graphs (trend, bullet graph, sparkline)
 * come from `scorecard-graphs.ts`. Pure: no DOM, no clock.
 */
import type { PlainDate } from '../model/dates.js';
import {
  AT_RISK_TOLERANCE,
  baselineValue,
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
  TARGET_MODE_LABEL,
  targetLevel,
  targetQualifiers,
  type MetricStatusResult,
  type MetricStatusValue,
  type MetricValueFormat,
} from '../model/metrics.js';
import type { Direction, Metric, MetricTarget, Roadmap } from '../model/schema.js';
import { entityLabel, indexRoadmap } from '../model/selectors.js';
import { layoutBullet, layoutSparkline, layoutTrend, type BulletGeometry, type MetricTrend, type SparklineGeometry } from './scorecard-graphs.js';

export {
  layoutBullet,
  layoutSparkline,
  layoutTrend,
  monotoneXPath,
  type BulletBand,
  type BulletGeometry,
  type BulletOptions,
  type MetricTrend,
  type SparklineGeometry,
} from './scorecard-graphs.js';

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
