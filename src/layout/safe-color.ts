/**
 * A colour taken from roadmap data is used only when it is a plain CSS colour: a hex value, a
 * keyword, a colour function of numbers (`rgb()`, `hsl()`, `oklch()`, `color()`…) or a
 * `var(--name)` reference. Anything else (`url()`, `image-set()`, several declarations, markup)
 * is dropped, so that roadmap text written into a custom property can never make the page fetch
 * a URL or style anything but the colour it stands for.
 */
const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const KEYWORD = /^[a-z]{3,30}$/i;
const FUNCTION = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([\w\s.,%/+-]*\)$/i;
const VARIABLE = /^var\(--[\w-]+\)$/;

export function safeColor(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v || v.length > 120) return undefined;
  return HEX.test(v) || KEYWORD.test(v) || FUNCTION.test(v) || VARIABLE.test(v) ? v : undefined;
}
