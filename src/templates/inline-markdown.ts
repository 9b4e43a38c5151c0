/**
 * A tiny, safe inline Markdown renderer for roadmap text: `**bold**`, `*em*` / `_em_`,
 * `` `code` ``, `[links](url)` and `<https://autolinks>`. Everything else stays text.
 *
 * Safety: the text is parsed into plain nodes and rendered with Lit bindings only (no innerHTML,
 * no unsafeHTML), so `<img onerror>` is shown as the characters it is. A link keeps its `href`
 * only when the URL parser gives it an http, https or mailto scheme (relative paths and
 * `#anchors` resolve to http(s)); `javascript:`, `data:` and other schemes, however they are
 * disguised, are shown as the literal text the author wrote.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** A parsed piece of inline text. */
export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: InlineNode[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; external: boolean; children: InlineNode[] };

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const BASE = 'https://roadmap-elements.invalid/';
const ESCAPABLE = /[\\`*_{}[\]()#+\-.!<>~|"']/;
const MAX_DEPTH = 8;

/**
 * The href to use for a link target, or undefined when it is not safe to follow. Relative paths
 * and `#anchors` are kept as written; absolute URLs must be http, https or mailto.
 */
export function safeHref(raw: string): { href: string; external: boolean } | undefined {
  // Browsers drop ASCII tab and newline inside URLs ("java\nscript:"); treat them the same way.
  const href = raw.trim().replace(/[\t\n\r]/g, '');
  if (!href || /[\u0000-\u001f\u007f]/.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href, BASE);
  } catch {
    return undefined;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return undefined;
  const relative = url.origin === new URL(BASE).origin && !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//');
  return { href, external: !relative && url.protocol !== 'mailto:' };
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** Index of the `]` that closes the `[` at `open`, skipping code spans and nested brackets. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > 0) i = end;
    } else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i;
  }
  return -1;
}

/** `(url "title")` right after a link's `]`: the URL and the index after `)`. */
function linkDestination(text: string, open: number): { url: string; end: number } | undefined {
  if (text[open] !== '(') return undefined;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) {
      let inner = text.slice(open + 1, i).trim();
      const titled = /^(\S+)\s+(?:"[^"]*"|'[^']*')$/.exec(inner);
      if (titled) inner = titled[1]!;
      if (inner.startsWith('<') && inner.endsWith('>')) inner = inner.slice(1, -1);
      if (/\s/.test(inner)) return undefined;
      return { url: inner, end: i + 1 };
    }
  }
  return undefined;
}

/** Closing delimiter for emphasis opened at `from` with `delim`: not preceded by space. */
function closingDelimiter(text: string, from: number, delim: string): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > 0) i = end;
      continue;
    }
    if (text.startsWith(delim, i) && !isSpace(text[i - 1]) && i > from) {
      // A single `*` must not be the first half of `**` used for bold inside.
      if (delim.length === 1 && text[i + 1] === delim[0]) {
        const close = closingDelimiter(text, i + 2, delim + delim);
        if (close > 0) {
          i = close + 1;
          continue;
        }
      }
      if (delim[0] === '_' && isWordChar(text[i + delim.length])) continue;
      return i;
    }
  }
  return -1;
}

/** Parse inline Markdown into nodes. Never throws; unmatched markup stays text. */
export function parseInline(text: string, depth = 0): InlineNode[] {
  const out: InlineNode[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer });
    buffer = '';
  };
  const source = String(text ?? '');
  if (depth > MAX_DEPTH) return [{ type: 'text', text: source }];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\' && i + 1 < source.length && ESCAPABLE.test(source[i + 1]!)) {
      buffer += source[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      let ticks = 1;
      while (source[i + ticks] === '`') ticks++;
      const fence = '`'.repeat(ticks);
      const end = source.indexOf(fence, i + ticks);
      if (end > 0) {
        flush();
        let code = source.slice(i + ticks, end);
        if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ')) code = code.slice(1, -1);
        out.push({ type: 'code', text: code });
        i = end + ticks;
        continue;
      }
      buffer += fence;
      i += ticks;
      continue;
    }
    if (ch === '[') {
      const close = closingBracket(source, i);
      const dest = close > 0 ? linkDestination(source, close + 1) : undefined;
      if (dest) {
        const label = source.slice(i + 1, close);
        const safe = safeHref(dest.url);
        if (safe) {
          flush();
          out.push({ type: 'link', href: safe.href, external: safe.external, children: parseInline(label, depth + 1) });
        } else {
          // Not a safe link: the author's words, exactly as written.
          buffer += source.slice(i, dest.end);
        }
        i = dest.end;
        continue;
      }
    }
    if (ch === '<') {
      const auto = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i.exec(source.slice(i));
      if (auto) {
        const safe = safeHref(auto[1]!);
        if (safe) {
          flush();
          out.push({ type: 'link', href: safe.href, external: safe.external, children: [{ type: 'text', text: auto[1]! }] });
          i += auto[0].length;
          continue;
        }
      }
    }
    if (ch === '*' || ch === '_') {
      const double = source[i + 1] === ch;
      const delim = double ? ch + ch : ch;
      const after = source[i + delim.length];
      const leftOk = ch === '*' || !isWordChar(source[i - 1]);
      if (leftOk && !isSpace(after) && after !== ch) {
        const close = closingDelimiter(source, i + delim.length, delim);
        if (close > 0) {
          flush();
          out.push({ type: double ? 'strong' : 'em', children: parseInline(source.slice(i + delim.length, close), depth + 1) });
          i = close + delim.length;
          continue;
        }
      }
      // A run of delimiters that opens nothing is text.
      buffer += delim;
      i += delim.length;
      continue;
    }
    buffer += ch;
    i++;
  }
  flush();
  return out;
}

/** Options of `renderInline`. */
export interface InlineOptions {
  /** Render links as `<a>` (default). False renders only their text, for text inside a button. */
  links?: boolean;
}

function renderNodes(nodes: InlineNode[], options: InlineOptions): Array<TemplateResult | string> {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return html`<code>${node.text}</code>`;
      case 'strong':
        return html`<strong>${renderNodes(node.children, options)}</strong>`;
      case 'em':
        return html`<em>${renderNodes(node.children, options)}</em>`;
      case 'link':
        if (options.links === false) return html`${renderNodes(node.children, options)}`;
        return html`<a
          href=${node.href}
          target=${node.external ? '_blank' : nothing}
          rel=${node.external ? 'noopener noreferrer' : nothing}
          >${renderNodes(node.children, options)}</a
        >`;
    }
  });
}

/**
 * Inline Markdown as a Lit template: bold, emphasis, code and safe links; everything else, HTML
 * included, is text. Use it for any text field of a roadmap.
 */
export function renderInline(text: string, options: InlineOptions = {}): TemplateResult {
  return html`${renderNodes(parseInline(text), options)}`;
}

/** The text without its inline markup ("**Kubernetes** Support" → "Kubernetes Support"), for labels. */
export function plainInline(text: string): string {
  const walk = (nodes: InlineNode[]): string => nodes.map((n) => ('children' in n ? walk(n.children) : n.text)).join('');
  return walk(parseInline(text));
}
