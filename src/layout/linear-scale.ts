/**
 * A linear scale small enough for bullet graphs and sparklines: domain → range, optional clamping,
 * `invert`, "nice" round domains and round tick values. It gives the same numbers as d3-scale's
 * `scaleLinear` (and d3-array's `ticks`) for two-stop domains without pulling in d3-scale,
 * d3-interpolate, d3-color and d3-format. Immutable and pure: no DOM, no clock.
 */

export interface LinearScaleOptions {
  /** Keep outputs inside the range (and `invert` outputs inside the domain). Default false. */
  clamp?: boolean;
}

/** A function from domain values to range values, with the pieces a chart needs. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  readonly clamp: boolean;
  /** Range value → domain value. */
  invert(value: number): number;
  /** About `count` round values across the domain (d3-array `ticks`). */
  ticks(count?: number): number[];
}

/** `t` in [0, 1] for `x` between `a` and `b`; 0.5 when the two are equal (as d3 does). */
function normalize(a: number, b: number, x: number): number {
  const span = b - a;
  return span ? (x - a) / span : Number.isNaN(span) ? NaN : 0.5;
}

function lerp(a: number, b: number, t: number): number {
  return a * (1 - t) + b * t;
}

function clampTo(a: number, b: number, x: number): number {
  return a > b ? Math.max(b, Math.min(a, x)) : Math.max(a, Math.min(b, x));
}

// Round tick steps: d3-array's `tickSpec` / `ticks` / `tickIncrement` (ISC, Mike Bostock), ported
// so the bundle carries these few lines instead of d3-array's module (its top-level bisectors
// cannot be tree-shaken). `test/scorecard/linear-scale.test.ts` checks them against d3-array.
const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** `[i1, i2, inc]`: ticks are `i * inc` (or `i / -inc` when `inc` is negative) for i1 ≤ i ≤ i2. */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** About `count` round values from `start` to `stop` (either order), as d3-array's `ticks`. */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const out = new Array<number>(n);
  for (let i = 0; i < n; ++i) {
    const k = reverse ? i2 - i : i1 + i;
    out[i] = inc < 0 ? k / -inc : k * inc;
  }
  return out;
}

/** The tick step as d3-array's `tickIncrement`: positive, or negative meaning 1 / -step. */
export function tickIncrement(start: number, stop: number, count: number): number {
  return tickSpec(start, stop, count)[2];
}

/**
 * `linearScale([0, 200], [0, 1], {clamp: true})(50) === 0.25`. A descending domain or range
 * works; a domain of one value maps everything to the middle of the range.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number] = [0, 1], options: LinearScaleOptions = {}): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const clamp = Boolean(options.clamp);
  const scale = ((value: number): number => {
    if (Number.isNaN(value)) return NaN;
    const x = clamp ? clampTo(d0, d1, value) : value;
    return lerp(r0, r1, normalize(d0, d1, x));
  }) as LinearScale;
  return Object.assign(scale, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    clamp,
    invert(value: number): number {
      if (Number.isNaN(value)) return NaN;
      const x = lerp(d0, d1, normalize(r0, r1, value));
      return clamp ? clampTo(d0, d1, x) : x;
    },
    ticks(count = 10): number[] {
      return ticks(d0, d1, count);
    },
  });
}

/**
 * The domain widened to round values, so that about `count` ticks fall on its ends (d3-scale's
 * `linear.nice`): `niceDomain([0, 97], 4)` is `[0, 100]`. A descending domain stays descending.
 */
export function niceDomain(domain: readonly [number, number], count = 10): [number, number] {
  let [start, stop] = domain;
  const reversed = stop < start;
  if (reversed) [start, stop] = [stop, start];
  let previous: number | undefined;
  for (let i = 0; i < 10; i++) {
    const step = tickIncrement(start, stop, count);
    // Settled: the same step twice in a row.
    if (step === previous) return reversed ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    previous = step;
  }
  // No step (an empty or infinite domain), or it never settled: as d3 does, leave it alone.
  return [domain[0], domain[1]];
}
