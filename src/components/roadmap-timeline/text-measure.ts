/**
 * A fast text measurer for layout: each distinct character is measured once on a canvas for the
 * given font, and a string's width is the sum. Kerning is ignored (a pixel or two on a label),
 * which keeps measuring 10,000 labels under a few milliseconds. Widths of UTF-16 code units sit
 * in typed arrays of 256 (made for the blocks a text uses); a surrogate pair (an emoji, a rare
 * CJK character) is measured as one.
 */
export type MeasureText = (text: string) => number;

const cache = new Map<string, MeasureText>();

export function createTextMeasurer(font: string): MeasureText {
  const hit = cache.get(font);
  if (hit) return hit;
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (ctx) ctx.font = font;
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  const width = (ch: string): number => (ctx ? ctx.measureText(ch).width : size * 0.6);
  // NaN: not measured yet.
  const pages: Array<Float64Array | undefined> = [];
  const pairs = new Map<string, number>();
  const measure: MeasureText = (text) => {
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          const pair = text.slice(i, i + 2);
          let p = pairs.get(pair);
          if (p === undefined) pairs.set(pair, (p = width(pair)));
          w += p;
          i++;
          continue;
        }
      }
      const page = pages[c >> 8] ?? (pages[c >> 8] = new Float64Array(256).fill(NaN));
      let u = page[c & 255]!;
      if (u !== u) page[c & 255] = u = width(text[i]!);
      w += u;
    }
    return w;
  };
  cache.set(font, measure);
  return measure;
}
