/**
 * Colours for exported drawings, which carry plain colour values instead of the elements'
 * custom properties and `color-mix()`. Pure: parses the forms `getComputedStyle` returns
 * (`rgb()`, `rgba()`, `color(srgb …)`) and hex, and mixes two colours the way
 * `color-mix(in srgb, a p%, b)` does.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0–1. */
  a: number;
}

/** Parse a colour; `undefined` for anything else (named colours other than `transparent`, `light-dark()`…). */
export function parseColor(text: string): Rgba | undefined {
  const s = text.trim().toLowerCase();
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  let m = /^#([0-9a-f]{3,8})$/.exec(s);
  if (m) {
    const h = m[1]!;
    if (h.length === 3 || h.length === 4) {
      const [r, g, b, a = 'f'] = [...h].map((c) => c);
      return { r: parseInt(r! + r!, 16), g: parseInt(g! + g!, 16), b: parseInt(b! + b!, 16), a: parseInt(a + a, 16) / 255 };
    }
    if (h.length === 6 || h.length === 8) {
      return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16), a: h.length === 8 ? parseInt(h.slice(6, 8), 16) / 255 : 1 };
    }
    return undefined;
  }
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(s);
  if (m) return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha(m[4]) };
  m = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(s);
  if (m) return { r: Number(m[1]) * 255, g: Number(m[2]) * 255, b: Number(m[3]) * 255, a: alpha(m[4]) };
  return undefined;
}

function alpha(text: string | undefined): number {
  if (text === undefined) return 1;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/** `#rrggbb`, or `rgba(…)` when not opaque. */
export function formatColor(c: Rgba): string {
  const to = (v: number) => Math.round(Math.max(0, Math.min(255, v)));
  if (c.a >= 0.999) return `#${[c.r, c.g, c.b].map((v) => to(v).toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${to(c.r)}, ${to(c.g)}, ${to(c.b)}, ${Math.round(c.a * 1000) / 1000})`;
}

/**
 * `color-mix(in srgb, a share, b)`: `share` (0–1) of `a`, the rest of `b`, premultiplied by alpha
 * as CSS does. Unparseable inputs give `a` unchanged.
 */
export function mixColors(a: string, share: number, b: string): string {
  const x = parseColor(a);
  const y = parseColor(b);
  if (!x || !y) return a;
  const p = Math.max(0, Math.min(1, share));
  const alphaOut = x.a * p + y.a * (1 - p);
  if (alphaOut === 0) return formatColor({ r: 0, g: 0, b: 0, a: 0 });
  const channel = (k: 'r' | 'g' | 'b') => (x[k] * x.a * p + y[k] * y.a * (1 - p)) / alphaOut;
  return formatColor({ r: channel('r'), g: channel('g'), b: channel('b'), a: alphaOut });
}
