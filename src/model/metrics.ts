/**
 * Metric targets as people read them: `formatTarget` turns a parsed `MetricTarget` into chip text
 * ("< 100 ms", "≥ 99.99%", "$50M", "≥ 4.5 / 5", "−70% cost", "10×"); `formatQuantity` formats one
 * value with its unit. Pure: no DOM, no clock; numbers go through `Intl.NumberFormat`.
 */
import type { MetricTarget, UnitKind } from './schema.js';
import { isPlainDate, toDayNumber, type PlainDate } from './dates.js';
import type { Direction, Measurement, Metric } from './schema.js';

/** What a number is measured in. */
export interface QuantityFormat {
  unit?: string;
  unitKind?: UnitKind;
  /** ISO 4217 code ("USD") for `unitKind: 'currency'`. */
  currency?: string;
  /** Top of a rating scale: 5 in "4.5 / 5". */
  scaleMax?: number;
  /** Always show a sign ("+20%", "−70%"), for changes. */
  signed?: boolean;
}

const MINUS = '\u2212';

const COMPARATOR_SYMBOL: Record<NonNullable<MetricTarget['comparator']>, string> = {
  lt: '<',
  lte: '≤',
  gt: '>',
  gte: '≥',
  eq: '',
  approx: '≈',
  between: '',
};

/** Long unit words shortened the way engineers write them. */
const UNIT_ALIASES: Record<string, string> = {
  millisecond: 'ms',
  milliseconds: 'ms',
  msec: 'ms',
  second: 's',
  seconds: 's',
  sec: 's',
  secs: 's',
  minute: 'min',
  minutes: 'min',
  mins: 'min',
  '-minute': 'min',
  hour: 'h',
  hours: 'h',
  hr: 'h',
  hrs: 'h',
  percent: '%',
  x: '×',
  X: '×',
};

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return new Intl.NumberFormat('en', options);
  }
}

function currencyCode(format: QuantityFormat): string | undefined {
  const raw = format.currency ?? (format.unitKind === 'currency' ? format.unit : undefined);
  if (!raw) return format.unitKind === 'currency' ? 'USD' : undefined;
  const code = CURRENCY_SYMBOLS[raw] ?? raw.toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : undefined;
}

/** The unit as shown after a number ("ms", "%", "×", "jobs/min"); undefined when there is none. */
export function displayUnit(format: Pick<QuantityFormat, 'unit' | 'unitKind'>): string | undefined {
  const unit = format.unit?.trim();
  if (format.unitKind === 'percent') return '%';
  if (format.unitKind === 'factor') return '×';
  if (!unit) return undefined;
  return UNIT_ALIASES[unit] ?? UNIT_ALIASES[unit.toLowerCase()] ?? unit;
}

/** Fraction digits shown for a number of this size: more for small numbers, none for large ones. */
function fractionDigits(abs: number): number {
  return abs !== 0 && abs < 1 ? 4 : abs < 100 ? 3 : abs < 10_000 ? 2 : 0;
}

function plainNumber(value: number, locale: string | undefined, signed: boolean | undefined): string {
  const abs = Math.abs(value);
  const text = numberFormat(locale, { maximumFractionDigits: fractionDigits(abs) }).format(abs);
  const sign = value < 0 ? MINUS : signed && value > 0 ? '+' : '';
  return sign + text;
}

/**
 * One value with its unit: `formatQuantity(100, {unit: 'ms'})` → "100 ms", `(99.99, {unitKind:
 * 'percent'})` → "99.99%" (Intl's percent style, so it reads like the scorecard's values), `(5e7, {unitKind: 'currency', currency: 'USD'})` → "$50M",
 * `(4.5, {unitKind: 'score', scaleMax: 5})` → "4.5 / 5", `(10, {unitKind: 'factor'})` → "10×".
 * Negative numbers use a true minus sign (U+2212).
 */
export function formatQuantity(value: number, format: QuantityFormat = {}, locale?: string): string {
  if (!Number.isFinite(value)) return String(value);
  const code = currencyCode(format);
  if (code) {
    const abs = Math.abs(value);
    const text = numberFormat(locale, {
      style: 'currency',
      currency: code,
      notation: abs >= 10_000 ? 'compact' : 'standard',
      minimumFractionDigits: 0,
      maximumFractionDigits: abs >= 10_000 ? 1 : abs % 1 === 0 ? 0 : 2,
    }).format(abs);
    return (value < 0 ? MINUS : format.signed && value > 0 ? '+' : '') + text;
  }
  const unit = displayUnit(format);
  if (unit === '%' && format.scaleMax === undefined) {
    // Intl's percent style, as the scorecard writes it: "99.99%" in English, "99,99 %" in German.
    const abs = Math.abs(value);
    const text = numberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits(abs) }).format(abs / 100);
    return (value < 0 ? MINUS : format.signed && value > 0 ? '+' : '') + text;
  }
  const number = plainNumber(value, locale, format.signed);
  if (unit === '×') return `${number}×`;
  const scale = format.scaleMax !== undefined ? ` / ${plainNumber(format.scaleMax, locale, false)}` : '';
  if (!unit || format.unitKind === 'score') return `${number}${scale}${unit && format.unitKind !== 'score' ? ` ${unit}` : ''}`;
  return `${number} ${unit}${scale}`;
}

function perText(per: MetricTarget['per'], locale: string | undefined): string | undefined {
  if (!per) return undefined;
  if ('text' in per) return per.text;
  return per.value === 1 || per.value === undefined ? per.unit : `${plainNumber(per.value, locale, false)} ${per.unit ?? ''}`.trim();
}

const PERIOD_WORD: Record<string, string> = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' };

/**
 * A parsed target as chip text. Levels show their comparator ("< 100 ms", "≥ 99.99%"), except an
 * implied one on money ("$50M"); changes show a signed percentage and their subject
 * ("−70% cost"); factors "10×"; ranges "20 to 30%"; qualitative targets their words. Statistic,
 * "per", period and deadline follow ("< 200 ms p95", "≥ 1,000 jobs/min per 4 vCPU node",
 * "< 5% / year", "≥ 100 by Q2").
 */
export function formatTarget(target: MetricTarget, locale?: string): string {
  if (target.mode === 'qualitative' || target.value === undefined || !Number.isFinite(target.value)) return target.raw.trim();
  const unitFormat: QuantityFormat = {
    ...(target.unit !== undefined ? { unit: target.unit } : {}),
    ...(target.unitKind !== undefined ? { unitKind: target.unitKind } : {}),
    ...(target.currency !== undefined ? { currency: target.currency } : {}),
    ...(target.scaleMax !== undefined ? { scaleMax: target.scaleMax } : {}),
  };
  let core: string;
  if (target.mode === 'factor') {
    core = formatQuantity(target.value, { ...unitFormat, unitKind: 'factor' }, locale);
    if (target.comparator === 'between' && target.valueMax !== undefined) {
      const [lo, hi] = target.value <= target.valueMax ? [target.value, target.valueMax] : [target.valueMax, target.value];
      core = `${plainNumber(lo, locale, false)}–${plainNumber(hi, locale, false)}×`;
    } else if (target.comparator && !target.comparatorImplied && COMPARATOR_SYMBOL[target.comparator]) {
      core = `${COMPARATOR_SYMBOL[target.comparator]} ${core}`;
    }
  } else if (target.mode === 'change') {
    const signed = { ...unitFormat, signed: true };
    core =
      target.comparator === 'between' && target.valueMax !== undefined
        ? rangeText(target.value, target.valueMax, signed, locale)
        : formatQuantity(target.value, signed, locale);
    if (target.subject) core += ` ${target.subject}`;
  } else if (target.comparator === 'between' && target.valueMax !== undefined) {
    core = rangeText(target.value, target.valueMax, unitFormat, locale);
  } else {
    const quantity = formatQuantity(target.value, unitFormat, locale);
    const money = currencyCode(unitFormat) !== undefined;
    const symbol = target.comparator && !(target.comparatorImplied && money) ? COMPARATOR_SYMBOL[target.comparator] : '';
    core = symbol ? `${symbol} ${quantity}` : quantity;
  }
  const tail: string[] = [];
  if (target.statistic) tail.push(target.statistic);
  const per = perText(target.per, locale);
  if (per) tail.push(`per ${per}`);
  if (target.period && PERIOD_WORD[target.period]) tail.push(`/ ${PERIOD_WORD[target.period]}`);
  if (target.baseline) tail.push(`vs ${target.baseline}`);
  if (target.by?.raw) tail.push(/^by\b/i.test(target.by.raw.trim()) ? target.by.raw.trim() : `by ${target.by.raw.trim()}`);
  return [core, ...tail].join(' ');
}

function rangeText(a: number, b: number, format: QuantityFormat, locale: string | undefined): string {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const high = formatQuantity(hi, format, locale);
  const low = currencyCode(format) ? formatQuantity(lo, format, locale) : plainNumber(lo, locale, format.signed);
  return `${low} to ${high}`;
}

/** Words for a direction, for tooltips and screen readers. */
export function describeDirection(direction: MetricTarget['direction'] | undefined): string | undefined {
  switch (direction) {
    case 'higher-is-better':
      return 'higher is better';
    case 'lower-is-better':
      return 'lower is better';
    case 'in-range':
      return 'within range is best';
    default:
      return undefined;
  }
}

// ───────────────────────── status, values and direction (metric-scorecard) ─────────────────────────
// `metricStatus` derives on track / at risk / off track / no data from current vs target and
// direction; `formatMetricValue` formats a measured value with `Intl.NumberFormat` (percent style
// from display units, unit style for durations, compact currency and large counts).

/** What `metricStatus` returns: the model's `{value, basis}` plus a short reason in words. */
export type MetricStatusValue = NonNullable<Metric['status']>['value'];
export interface MetricStatusResult {
  value: MetricStatusValue;
  basis: 'stated' | 'computed';
  /** Why, in a few words: "no current value", "meets target", "12 % short of target". */
  reason: string;
}

/** Options for `metricStatus`. */
export interface MetricStatusOptions {
  /** "Today" (YYYY-MM-DD): picks the current step of time-phased targets and the deadline for projections. */
  asOf?: PlainDate;
  /** Relative gap within which a missed target is "at risk" rather than "off track" (default 0.1 = 10 %). */
  tolerance?: number;
}

/** Default relative gap within which a missed target is "at risk". */
export const AT_RISK_TOLERANCE = 0.1;

/** The direction that applies to a metric's values: the metric's own, else its target's; ranges are in-range. */
export function metricDirection(metric: Pick<Metric, 'direction' | 'target'>): Direction {
  if (metric.direction && metric.direction !== 'unknown') return metric.direction;
  if (metric.target?.comparator === 'between' && metric.target.mode === 'level') return 'in-range';
  return metric.target?.direction ?? metric.direction ?? 'unknown';
}

/** +1 when higher values are better, −1 when lower are, 0 otherwise. */
export function directionSign(direction: Direction): 1 | -1 | 0 {
  return direction === 'higher-is-better' ? 1 : direction === 'lower-is-better' ? -1 : 0;
}

/** Whether moving from `from` to `to` is an improvement (undefined when direction says nothing or nothing moved). */
export function isImprovement(direction: Direction, from: number, to: number): boolean | undefined {
  const sign = directionSign(direction);
  if (!sign || from === to) return undefined;
  return (to - from) * sign > 0;
}

/**
 * The target in force: `target`, else of time-phased `targets` the first whose deadline is on or
 * after `asOf` (the last when all have passed, the first when there is no `asOf`).
 */
export function currentTarget(metric: Pick<Metric, 'target' | 'targets'>, asOf?: PlainDate): MetricTarget | undefined {
  if (metric.target) return metric.target;
  const steps = metric.targets ?? [];
  if (!asOf) return steps[0];
  return steps.find((t) => !t.by?.end || t.by.end >= asOf) ?? steps[steps.length - 1];
}

/**
 * Availability-type metrics ("99.99 % uptime") whose differences live in the nines: a percent
 * target of 99 % or more where higher is better, or `format.scale: 'nines'`.
 */
export function isNinesMetric(metric: Pick<Metric, 'format' | 'target' | 'targets' | 'direction'>): boolean {
  if (metric.format?.scale === 'nines') return true;
  if (metric.format?.scale) return false;
  const target = currentTarget(metric);
  return (
    target?.mode === 'level' &&
    isPercent(target) &&
    target.value !== undefined &&
    target.value >= 99 &&
    target.value < 100 &&
    metricDirection({ direction: metric.direction, target }) === 'higher-is-better'
  );
}

function isPercent(spec: { unit?: string; unitKind?: UnitKind }): boolean {
  return spec.unitKind === 'percent' || spec.unit === '%';
}

/** "Nines" of a percentage: 99.9 → 3, 99.99 → 4; 100 → Infinity. */
export function ninesOf(percent: number): number {
  return -Math.log10(Math.max(0, 100 - percent) / 100);
}

/** A target as a level in the metric's own units (changes and factors need a baseline). */
export interface TargetLevel {
  comparator: NonNullable<MetricTarget['comparator']>;
  value: number;
  /** Upper end of a `between` range. */
  valueMax?: number;
}

/**
 * The target expressed in the metric's units: a level as it is; a change ("−70 % cost") or factor
 * ("10× faster") applied to the baseline (the metric's `baseline`, else its first history value).
 * Undefined for qualitative targets, and for changes and factors without a baseline.
 */
export function targetLevel(metric: Pick<Metric, 'baseline' | 'history' | 'direction'>, target: MetricTarget | undefined): TargetLevel | undefined {
  if (!target || target.mode === 'qualitative' || target.value === undefined || !Number.isFinite(target.value)) return undefined;
  const comparator = target.comparator ?? defaultComparator(metricDirection({ direction: metric.direction, target }));
  if (target.mode === 'level') {
    return target.valueMax !== undefined ? { comparator, value: target.value, valueMax: target.valueMax } : { comparator, value: target.value };
  }
  const base = baselineValue(metric);
  if (base === undefined) return undefined;
  if (target.mode === 'change') {
    const apply = (pct: number) => base * (1 + pct / 100);
    const a = apply(target.value);
    if (target.valueMax === undefined) return { comparator: target.comparator ?? (target.value < 0 ? 'lte' : 'gte'), value: a };
    const b = apply(target.valueMax);
    return { comparator: 'between', value: Math.min(a, b), valueMax: Math.max(a, b) };
  }
  // factor: an improvement ratio; for a lower-is-better metric the value divides.
  const lower = metricDirection({ direction: metric.direction, target }) === 'lower-is-better' || metric.direction === 'lower-is-better';
  if (target.value === 0) return undefined;
  return lower ? { comparator: 'lte', value: base / target.value } : { comparator: 'gte', value: base * target.value };
}

function defaultComparator(direction: Direction): NonNullable<MetricTarget['comparator']> {
  return direction === 'higher-is-better' ? 'gte' : direction === 'lower-is-better' ? 'lte' : 'eq';
}

/** The value changes and factors count from: `baseline`, else the earliest history value. */
export function baselineValue(metric: Pick<Metric, 'baseline' | 'history'>): number | undefined {
  if (metric.baseline && Number.isFinite(metric.baseline.value)) return metric.baseline.value;
  const first = metricSeries({ history: metric.history })[0];
  return first?.value;
}

/** History and current value in time order (undated points keep their order), without repeating the current one. */
export function metricSeries(metric: Pick<Metric, 'history' | 'current'>): Measurement[] {
  const points = (metric.history ?? []).filter((m) => Number.isFinite(m.value));
  const dated = points.every((m) => m.at);
  const series = dated ? [...points].sort((a, b) => (a.at! < b.at! ? -1 : a.at! > b.at! ? 1 : 0)) : [...points];
  const current = metric.current;
  if (current && Number.isFinite(current.value)) {
    const last = series[series.length - 1];
    const same = last && (current.at ? last.at === current.at : last.value === current.value);
    if (!same) series.push(current);
  }
  return series;
}

/** Whether a value meets a level target. */
export function meetsTarget(value: number, level: TargetLevel): boolean {
  const { comparator, value: t, valueMax } = level;
  switch (comparator) {
    case 'lt':
      return value < t;
    case 'lte':
      return value <= t;
    case 'gt':
      return value > t;
    case 'gte':
      return value >= t;
    case 'between':
      return value >= t && value <= (valueMax ?? t);
    case 'approx':
      return Math.abs(value - t) <= Math.abs(t) * 0.02;
    default:
      return value === t;
  }
}

/**
 * How far a value misses a level target, relative to the target (0 when it meets it): 120 ms
 * against "< 100 ms" is 0.2. For nines metrics the gap is in error budget (99.98 % against
 * 99.99 % spends twice the budget: 1). Infinity when the target is zero and missed.
 */
export function targetGap(value: number, level: TargetLevel, nines = false): number {
  if (meetsTarget(value, level)) return 0;
  const { comparator, value: t, valueMax } = level;
  if (nines) return (100 - value) / Math.max(1e-9, 100 - t) - 1;
  let distance: number;
  let scale: number;
  if (comparator === 'between') {
    const hi = valueMax ?? t;
    distance = value < t ? t - value : value - hi;
    scale = Math.max(Math.abs(hi - t), Math.abs((t + hi) / 2));
  } else {
    distance = Math.abs(value - t);
    scale = Math.abs(t);
  }
  return scale === 0 ? Infinity : distance / scale;
}

const STATUS_FROM_BAND: Record<string, MetricStatusValue> = {
  good: 'on-track',
  satisfactory: 'at-risk',
  poor: 'off-track',
};

/**
 * On track / at risk / off track / no data for a metric, from its current value against its
 * target and direction. A stated status wins. Without a current value, or with a qualitative
 * target, it is `no-data`. A met target is `achieved` when the target has a deadline (a goal to
 * reach) and `on-track` when it has none (a level to keep). A missed target is `at-risk` within
 * `tolerance` of it (default 10 %; for nines, up to twice the error budget), `off-track` beyond;
 * but when history and a deadline exist and the trend projects the target being met by the
 * deadline, it is `on-track`. Thresholds with keys good / satisfactory / poor decide when given.
 */
export function metricStatus(metric: Metric, options: MetricStatusOptions = {}): MetricStatusResult {
  if (metric.status?.basis === 'stated') return { ...metric.status, reason: 'stated by the author' };
  const computed = (value: MetricStatusValue, reason: string): MetricStatusResult => ({ value, basis: 'computed', reason });
  const current = metric.current;
  if (!current || !Number.isFinite(current.value)) return computed('no-data', 'no current value');
  const band = (metric.thresholds ?? []).find(
    (t) => STATUS_FROM_BAND[t.key] && (t.min === undefined || current.value >= t.min) && (t.max === undefined || current.value < t.max),
  );
  if (band) return computed(STATUS_FROM_BAND[band.key]!, `in the ${band.label ?? band.key} range`);
  const target = currentTarget(metric, options.asOf);
  if (!target || target.mode === 'qualitative' || target.value === undefined) return computed('no-data', 'target is not a number');
  const level = targetLevel(metric, target);
  if (!level) return computed('no-data', `no baseline for a ${target.mode === 'factor' ? 'multiplier' : 'change'} target`);
  const nines = isNinesMetric(metric);
  if (meetsTarget(current.value, level)) return computed(target.by ? 'achieved' : 'on-track', 'meets target');
  const deadline = target.by?.end ?? target.by?.start;
  if (deadline && options.asOf && options.asOf < deadline) {
    const projected = projectValue(metricSeries(metric), deadline);
    if (projected !== undefined && meetsTarget(projected, level)) return computed('on-track', `projected to meet target by ${deadline}`);
  }
  const gap = targetGap(current.value, level, nines);
  const tolerance = nines ? 1 : (options.tolerance ?? AT_RISK_TOLERANCE);
  const pct = Number.isFinite(gap) ? `${Math.round(gap * 100)}%` : '';
  const missWord = current.value < level.value ? 'short of' : 'over';
  if (gap <= tolerance) return computed('at-risk', nines ? 'error budget overspent' : `${pct} ${missWord} target`);
  return computed('off-track', nines ? 'error budget far overspent' : pct ? `${pct} ${missWord} target` : 'misses target');
}

/**
 * Linear projection of a dated series to a date (least squares over the last points); undefined
 * when fewer than two points carry dates.
 */
export function projectValue(series: readonly Measurement[], date: PlainDate): number | undefined {
  const points = series.filter((m) => m.at && isPlainDate(m.at)).slice(-6);
  if (points.length < 2) return undefined;
  const xs = points.map((m) => toDayNumber(m.at!));
  const ys = points.map((m) => m.value);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  if (den === 0) return undefined;
  return my + (num / den) * (toDayNumber(date) - mx);
}

/** How a measured value is formatted: the metric's `format`, else its unit and its target's. */
export interface MetricValueFormat extends QuantityFormat {
  format?: Metric['format'];
}

/** The format for a metric's values, from `format`, `unit` and the target's unit. */
export function metricValueFormat(metric: Pick<Metric, 'format' | 'unit' | 'target' | 'targets'>): MetricValueFormat {
  const target = currentTarget(metric);
  const fromTarget = target?.mode === 'level' ? target : undefined;
  const unit = metric.unit ?? fromTarget?.unit;
  const out: MetricValueFormat = {};
  if (metric.format) out.format = metric.format;
  if (unit !== undefined) out.unit = unit;
  const unitKind = fromTarget?.unitKind ?? (unit === '%' ? 'percent' : undefined);
  if (unitKind) out.unitKind = unitKind;
  const currency = metric.format?.currency ?? fromTarget?.currency;
  if (currency) out.currency = currency;
  if (fromTarget?.scaleMax !== undefined) out.scaleMax = fromTarget.scaleMax;
  return out;
}

const INTL_UNITS: Record<string, string> = {
  ms: 'millisecond',
  s: 'second',
  min: 'minute',
  h: 'hour',
  d: 'day',
  day: 'day',
  days: 'day',
  wk: 'week',
  week: 'week',
  weeks: 'week',
  KB: 'kilobyte',
  MB: 'megabyte',
  GB: 'gigabyte',
  TB: 'terabyte',
};

/** Fraction digits a value needs to show as written (at most `max`). */
function digitsOf(value: number, max = 3): number {
  for (let d = 0; d < max; d++) if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-6) return d;
  return max;
}

/**
 * A measured value for display, with `Intl.NumberFormat` in `locale`: percents from display units
 * (99.99 → "99.99%"), durations in their unit ("100 ms", "2 min"), money compact ("$50M"), large
 * counts compact ("10K"), ratings on their scale ("4.5 / 5"), factors "10×". `signed` adds "+".
 */
export function formatMetricValue(value: number, spec: MetricValueFormat = {}, locale?: string): string {
  if (!Number.isFinite(value)) return String(value);
  const f = spec.format;
  const sign: Intl.NumberFormatOptions = spec.signed ? { signDisplay: 'exceptZero' } : {};
  const fix = (text: string) => text.replace(/^-/, MINUS).replace(/^(\D*)-/, `$1${MINUS}`);
  if (f && f.style !== 'decimal') {
    const options: Intl.NumberFormatOptions = { ...sign, style: f.style, maximumFractionDigits: f.maximumFractionDigits ?? digitsOf(value) };
    if (f.style === 'currency') options.currency = currencyCode({ currency: f.currency ?? spec.currency, unitKind: 'currency' }) ?? 'USD';
    if (f.style === 'unit') options.unit = INTL_UNITS[f.unit ?? spec.unit ?? ''] ?? f.unit ?? 'percent';
    if (f.notation) options.notation = f.notation;
    if (f.style === 'currency' && !f.notation && Math.abs(value) >= 10_000) options.notation = 'compact';
    const scaled = f.style === 'percent' ? value / 100 : value;
    if (f.style === 'percent') options.maximumFractionDigits = f.maximumFractionDigits ?? digitsOf(value);
    return fix(numberFormat(locale, options).format(scaled));
  }
  const unit = displayUnit(spec);
  if (unit === '%') {
    return fix(numberFormat(locale, { ...sign, style: 'percent', maximumFractionDigits: digitsOf(value) }).format(value / 100));
  }
  const intlUnit = unit ? INTL_UNITS[unit] : undefined;
  if (intlUnit) {
    return fix(numberFormat(locale, { ...sign, style: 'unit', unit: intlUnit, unitDisplay: 'short', maximumFractionDigits: digitsOf(value, 2) }).format(value));
  }
  if (currencyCode(spec)) return formatQuantity(value, spec, locale);
  if (unit === '×' || spec.unitKind === 'score' || spec.scaleMax !== undefined) return formatQuantity(value, spec, locale);
  const compact = Math.abs(value) >= 10_000;
  const number = fix(
    numberFormat(locale, { ...sign, notation: compact ? 'compact' : 'standard', maximumFractionDigits: compact ? 1 : digitsOf(value, 2) }).format(value),
  );
  return unit && unit !== 'count' ? `${number} ${unit}` : number;
}

/** The comparator as a symbol ("<", "≥"); empty for `eq` and `between`. */
export function comparatorSymbol(comparator: MetricTarget['comparator']): string {
  return comparator ? COMPARATOR_SYMBOL[comparator] : '';
}

/** The comparator in words for screen readers ("under", "at least"). */
export function comparatorWords(comparator: MetricTarget['comparator']): string {
  switch (comparator) {
    case 'lt':
      return 'under';
    case 'lte':
      return 'at most';
    case 'gt':
      return 'over';
    case 'gte':
      return 'at least';
    case 'approx':
      return 'about';
    default:
      return '';
  }
}

/** Labels of target modes as a tile names them. */
export const TARGET_MODE_LABEL: Record<MetricTarget['mode'], string> = {
  level: 'Level',
  change: 'Change',
  factor: 'Multiplier',
  qualitative: 'Qualitative',
};

const PERIOD_ADVERB: Record<string, string> = { day: 'daily', week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'annually' };

/**
 * The qualifiers of a target as separate short phrases: statistic ("p95"), rate ("per 4 vCPU
 * node"), period ("annually"), baseline ("vs full replica"), deadline ("by Q2").
 */
export function targetQualifiers(target: MetricTarget, locale?: string): string[] {
  const out: string[] = [];
  if (target.statistic) out.push(target.statistic);
  const per = perText(target.per, locale);
  if (per) out.push(`per ${per}`);
  if (target.period && PERIOD_ADVERB[target.period]) out.push(PERIOD_ADVERB[target.period]!);
  if (target.baseline) out.push(`vs ${target.baseline}`);
  const by = deadlineText(target.by);
  if (by) out.push(by);
  return out;
}

/**
 * A deadline as a short phrase: the author's words when they were read as a time ("by Q2", "by
 * 2025-11-07"), else the resolved date ("by end of 2025" for a year-end, "by 2025-06-30").
 */
export function deadlineText(by: MetricTarget['by']): string | undefined {
  if (!by) return undefined;
  const raw = by.raw.trim().replace(/^by\s+/i, '');
  if (raw && by.kind !== 'unknown') return `by ${raw}`;
  const end = by.end ?? by.start;
  if (end && /^\d{4}-12-31$/.test(end)) return `by end of ${end.slice(0, 4)}`;
  if (end) return `by ${end}`;
  return raw ? `by ${raw}` : undefined;
}
