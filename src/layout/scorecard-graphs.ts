/**
 * The small graphs of a metric tile, as plain data: the trend since the previous value, a bullet
 * graph (Stephen Few's: qualitative ranges, measure, target; fractions of the tile's width) and a
 * sparkline path in a 100 × 24 box (a monotone cubic through the history). Scales come from
 * `linear-scale.ts`, not d3-scale, to keep the bundle small. Pure: no DOM, no clock.
 */
import { isPlainDate, toDayNumber, type PlainDate } from '../model/dates.js';
import { AT_RISK_TOLERANCE, formatMetricValue, isImprovement, ninesOf, type MetricValueFormat, type TargetLevel } from '../model/metrics.js';
import type { Direction } from '../model/schema.js';
import { linearScale, niceDomain } from './linear-scale.js';

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
  const domain = options.scaleMax === undefined && !(percent && hi === 100) ? niceDomain([lo, hi], 4) : ([lo, hi] as [number, number]);
  const scale = linearScale(domain, [0, 1], { clamp: true });
  const [d0, d1] = domain;
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
  const scale = linearScale([lo, hi], [0, 1], { clamp: true });
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
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const sx = linearScale(x0 === x1 ? [x0 - 1, x0 + 1] : [x0, x1], [pad, width - pad]);
  const sy = linearScale(yDomain, [height - pad, pad]);
  const path = monotoneXPath(xs.map((x, i) => [round(sx(x), 2), round(sy(ys[i]!), 2)]));
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

/**
 * SVG path `d` of a monotone cubic through points sorted by x (d3-shape's `curveMonotoneX`,
 * Steffen 1990): it never overshoots the data, so a sparkline shows no bump the series does not
 * have. Two points give a straight line; coincident points are skipped. Control points are
 * rounded to hundredths.
 */
export function monotoneXPath(points: readonly (readonly [number, number])[]): string {
  const pts: [number, number][] = [];
  for (const [x, y] of points) {
    const prev = pts[pts.length - 1];
    if (!Number.isFinite(x) || !Number.isFinite(y) || (prev && prev[0] === x && prev[1] === y)) continue;
    pts.push([x, y]);
  }
  const first = pts[0];
  if (!first) return '';
  const n = pts.length;
  if (n === 1) return `M${first[0]},${first[1]}Z`;
  if (n === 2) return `M${first[0]},${first[1]}L${pts[1]![0]},${pts[1]![1]}`;
  const sign = (v: number) => (v < 0 ? -1 : 1);
  // Tangents: at inner points from both neighbours (Steffen), at the ends one-sided. A vertical
  // step (two values on one date) has an infinite secant, as in d3.
  const inner = ([x0, y0]: [number, number], [x1, y1]: [number, number], [x2, y2]: [number, number]) => {
    const h0 = x1 - x0;
    const h1 = x2 - x1;
    const s0 = (y1 - y0) / (h0 || (h1 < 0 ? -0 : 0));
    const s1 = (y2 - y1) / (h1 || (h0 < 0 ? -0 : 0));
    const p = (s0 * h1 + s1 * h0) / (h0 + h1);
    return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
  };
  const end = ([x0, y0]: [number, number], [x1, y1]: [number, number], t: number) => {
    const h = x1 - x0;
    return h ? ((3 * (y1 - y0)) / h - t) / 2 : t;
  };
  const t = new Array<number>(n).fill(0);
  for (let i = 1; i < n - 1; i++) t[i] = inner(pts[i - 1]!, pts[i]!, pts[i + 1]!);
  t[0] = end(pts[0]!, pts[1]!, t[1]!);
  t[n - 1] = end(pts[n - 2]!, pts[n - 1]!, t[n - 2]!);
  const r = (v: number) => Math.round(v * 100) / 100;
  let d = `M${first[0]},${first[1]}`;
  for (let i = 0; i < n - 1; i++) {
    const [xa, ya] = pts[i]!;
    const [xb, yb] = pts[i + 1]!;
    const dx = (xb - xa) / 3;
    d += `C${r(xa + dx)},${r(ya + dx * t[i]!)},${r(xb - dx)},${r(yb - dx * t[i + 1]!)},${xb},${yb}`;
  }
  return d;
}
