/**
 * Export of the HTML views (initiative card, risk matrix, metric scorecard) as a standalone SVG
 * document: the view's rendered shadow content, serialised as XHTML inside a `foreignObject`,
 * with the view's own stylesheets inlined (`:host` rewritten to a wrapper) and its resolved
 * tokens (page overrides, light or dark scheme) written on the wrapper. The content is measured
 * in an off-screen copy first, so the picture holds all of it, not only what is on screen.
 *
 * Roadmap text stays text: nodes are cloned and serialised by `XMLSerializer`, which escapes
 * every text and attribute; stylesheet text is escaped too. No markup is parsed, no inline
 * style attribute or `<style>` element is put in the page (CSSOM and constructed stylesheets
 * only), so this runs under a strict Content-Security-Policy and Trusted Types.
 */
import { escapeXml, withoutXmlInvalid } from './scene.js';
import { completeFontStack, readPalette } from './palette.js';
import { parseColor } from './colors.js';
import { PNG_SCALE, svgToPng } from './raster.js';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const WRAPPER = 'roadmap-export';
/** Space around the content in the picture, px. */
const MARGIN = 12;

export interface HtmlExport {
  svg: string;
  width: number;
  height: number;
  /** Opaque background the drawing is painted on. */
  background: string;
}

/**
 * Rewrite shadow-DOM selectors for a wrapper element that stands for the host:
 * `:host` → `.roadmap-export`, `:host(X)` → `.roadmap-export:is(X)`,
 * `:host-context(X)` → `:is(X) .roadmap-export`, `::slotted(X)` → `X`. Pure.
 */
export function rewriteHostSelectors(css: string, wrapperClass = WRAPPER): string {
  let out = '';
  let i = 0;
  const host = `.${wrapperClass}`;
  /** Index just past the parenthesised argument starting at `open` (which is a "("). */
  const close = (open: number): number => {
    let depth = 0;
    for (let j = open; j < css.length; j++) {
      const c = css[j];
      if (c === '"' || c === "'") {
        const end = css.indexOf(c, j + 1);
        j = end < 0 ? css.length : end;
      } else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
    }
    return css.length;
  };
  while (i < css.length) {
    if (css.startsWith(':host-context(', i)) {
      const open = i + ':host-context'.length;
      const end = close(open);
      out += `:is${css.slice(open, end)} ${host}`;
      i = end;
    } else if (css.startsWith(':host(', i)) {
      const open = i + ':host'.length;
      const end = close(open);
      out += `${host}:is${css.slice(open, end)}`;
      i = end;
    } else if (css.startsWith(':host', i) && !/[\w-]/.test(css[i + 5] ?? '')) {
      out += host;
      i += 5;
    } else if (css.startsWith('::slotted(', i)) {
      const open = i + '::slotted'.length;
      const end = close(open);
      out += css.slice(open + 1, end - 1);
      i = end;
    } else {
      out += css[i];
      i++;
    }
  }
  return out;
}

/**
 * The text of a view's stylesheets: Lit's styles as written (the CSSOM serialises a shorthand
 * that uses var() next to an overlapping one as empty longhands, so `cssRules` would lose
 * borders), else the shadow root's sheets.
 */
function shadowCss(host: HTMLElement, root: ShadowRoot): string {
  const styles = (host.constructor as { elementStyles?: ReadonlyArray<{ cssText?: unknown } | CSSStyleSheet> }).elementStyles;
  const sheetText = (sheet: CSSStyleSheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
  if (styles?.length) return styles.map((s) => ('cssText' in s && typeof s.cssText === 'string' ? s.cssText : s instanceof CSSStyleSheet ? sheetText(s) : '')).join('\n');
  const sheets: CSSStyleSheet[] = [...root.adoptedStyleSheets];
  for (const style of root.querySelectorAll('style')) if (style.sheet) sheets.push(style.sheet);
  return sheets.map(sheetText).join('\n');
}

/** Attributes of the host that its `:host([…])` rules may test (theme, variant, size…). */
const SKIPPED_ATTRIBUTES = new Set(['id', 'class', 'style', 'slot', 'part', 'exportparts', 'tabindex', 'src']);

/** Export a rendered Lit view (any element with an open shadow root) as an SVG document. */
export function exportHtmlView(host: HTMLElement, options: { title?: string; width?: number } = {}): HtmlExport {
  const root = host.shadowRoot;
  if (!root) throw new Error(`<${host.localName}> has nothing to export`);
  const doc = host.ownerDocument;
  const palette = readPalette(host);
  const textRgb = parseColor(palette.text);
  const dark = textRgb ? 0.2126 * textRgb.r + 0.7152 * textRgb.g + 0.0722 * textRgb.b > 128 : false;
  const width = Math.round(options.width ?? (host.getBoundingClientRect().width || 800));
  const css = `${rewriteHostSelectors(shadowCss(host, root))}
.${WRAPPER} { display: block; box-sizing: border-box; width: ${width}px; margin: 0; }
.${WRAPPER} *, .${WRAPPER} *::before, .${WRAPPER} *::after { animation: none !important; transition: none !important; }`;

  // Tokens as resolved on the host: the page's --roadmap-* overrides and the elements' own.
  const hostStyle = getComputedStyle(host);
  const tokens = new Map<string, string>();
  for (const name of new Set(css.match(/--[\w-]+/g) ?? [])) {
    const value = hostStyle.getPropertyValue(name).trim();
    if (value) tokens.set(name, fontToken(name, value));
  }
  const setWrapperStyle = (style: CSSStyleDeclaration) => {
    for (const [name, value] of tokens) style.setProperty(name, value);
    style.setProperty('color-scheme', dark ? 'dark' : 'light');
    // The page's fonts are not in the file: name a whole stack that ends in a generic family.
    style.setProperty('font-family', completeFontStack(hostStyle.fontFamily));
    style.setProperty('font-size', hostStyle.fontSize);
    style.setProperty('color', palette.text);
    style.setProperty('background', palette.surface);
  };

  // Off-screen copy, laid out with the same styles, to measure the whole content.
  const shell = doc.createElement('div');
  shell.setAttribute('aria-hidden', 'true');
  for (const [k, v] of [['position', 'fixed'], ['left', '-100000px'], ['top', '0'], ['width', `${width}px`], ['visibility', 'hidden'], ['pointer-events', 'none'], ['contain', 'layout style']]) shell.style.setProperty(k!, v!);
  const shadow = shell.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  const wrapper = doc.createElement('div');
  wrapper.className = WRAPPER;
  for (const attr of host.attributes) if (!SKIPPED_ATTRIBUTES.has(attr.name)) wrapper.setAttribute(attr.name, attr.value);
  setWrapperStyle(wrapper.style);
  for (const node of root.childNodes) {
    if (node.nodeType === Node.COMMENT_NODE || (node instanceof Element && (node.localName === 'style' || node.localName === 'slot'))) continue;
    wrapper.appendChild(stripComments(node.cloneNode(true)));
  }
  shadow.appendChild(wrapper);
  doc.body.appendChild(shell);
  let height: number;
  try {
    height = Math.ceil(Math.max(wrapper.getBoundingClientRect().height, wrapper.scrollHeight)) || 1;
  } finally {
    shell.remove();
  }

  const serializer = new XMLSerializer();
  // XMLSerializer writes control characters from roadmap text as they are, which no XML reader accepts.
  const content = withoutXmlInvalid([...wrapper.childNodes].map((n) => serializer.serializeToString(n)).join(''));
  const attrs = [...wrapper.attributes].map((a) => ` ${a.name}="${escapeXml(a.value)}"`).join('');
  const title = options.title ?? host.localName;
  // A margin around the content, on the view's own background.
  const W = width + 2 * MARGIN;
  const H = height + 2 * MARGIN;
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title><rect width="100%" height="100%" fill="${escapeXml(palette.surface)}"/><foreignObject x="${MARGIN}" y="${MARGIN}" width="${width}" height="${height}"><div xmlns="${XHTML_NS}"${attrs}><style>${escapeXml(css)}</style>${content}</div></foreignObject></svg>
`;
  return { svg, width: W, height: H, background: palette.surface };
}

const MONO_STACK = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/** A font-family token (`--_font`, `--roadmap-font-family`, `--_mono`…) completed with fallbacks, since the file carries no font. */
export function fontToken(name: string, value: string): string {
  if (/mono/.test(name)) return completeFontStack(value, MONO_STACK);
  if (/^--_font$|font-family$/.test(name)) return completeFontStack(value);
  return value;
}

function stripComments<T extends Node>(node: T): T {
  const walker = node.ownerDocument!.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
  return node;
}

/**
 * `exportHtmlView` as a PNG at `scale` pixels per CSS pixel. The SVG is decoded as an image
 * (`data:` or `blob:` URL): under a Content-Security-Policy whose img-src allows neither, this
 * rejects with an `ExportError` saying so (within `IMAGE_TIMEOUT`, never hangs).
 */
export async function exportHtmlViewPng(host: HTMLElement, scale = PNG_SCALE, options: { title?: string } = {}): Promise<Blob> {
  const { svg, width, height, background } = exportHtmlView(host, options);
  return svgToPng(svg, width, height, { scale, background });
}
