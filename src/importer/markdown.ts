/**
 * The Markdown layer: mdast (with GFM tables and task lists) plus helpers that read inline text
 * from the source itself, and the heading outline the builders walk.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Heading, List, ListItem, Nodes, Root, RootContent, Table } from 'mdast';
import { fastParsePiece, lineTable } from './fast-markdown.js';

export type Block = RootContent;

const PARSE_OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/** Below this many characters a section is parsed together with the next one. */
const MIN_CHUNK = 4 * 1024;

export interface ParseOptions {
  /**
   * Parse the document in pieces of at least this many characters, cut before headings (default
   * 4 KiB); `Infinity` parses it whole. The tree is the same either way. Only with `fast: false`
   * (the fast path cuts before every heading and hands micromark only the pieces it declines).
   */
  minChunk?: number;
  /**
   * Build the tree of plain sections with the fast path (fast-markdown.ts) and leave only the
   * rest to micromark (default true). The tree is the same either way.
   */
  fast?: boolean;
  /**
   * Give paragraphs their phrasing content (default true). With false, paragraphs the fast path
   * builds have no children (those micromark builds keep theirs); the tree is otherwise the same.
   * The importer reads a paragraph's words from the source by its position and never from its
   * children, so it passes false and saves building and keeping about half the nodes.
   */
  phrasing?: boolean;
}

/**
 * Markdown → mdast with GFM. Documents with link or footnote definitions (`]:`) are parsed whole
 * by micromark, since a definition applies to the whole document; so are documents with CR line
 * ends (the importer hands over LF only) and ones that open with a byte order mark (micromark
 * drops it, so its offsets are one less than string indices). Otherwise the document is cut
 * before every ATX heading at column 0 outside fenced code, and each piece gets the fast path
 * (fast-markdown.ts), which builds micromark's tree for the plain subset or declines; declined
 * pieces go to micromark (below).
 */
export function parseMarkdown(text: string, options: ParseOptions = {}): Root {
  if (!text || text.includes(']:') || text.includes('\r') || text.startsWith('\uFEFF')) return fromMarkdown(text, PARSE_OPTIONS);
  if (options.fast === false) return parseMicromark(text, options.minChunk ?? MIN_CHUNK);
  const lines = lineTable(text);
  const { starts } = lines;
  const count = starts.length;
  // Line numbers of the cuts, ascending, then the end.
  const cutLines: number[] = [];
  let l = 0;
  for (const cut of headingCuts(text, 0)) {
    while (starts[l]! < cut) l++;
    cutLines.push(l);
  }
  cutLines.push(count);
  const children: RootContent[] = [];
  let first = 0; // first line of the piece in hand
  let pending = -1; // first line of a declined run that micromark has not closed yet
  const extra: Record<string, unknown> = {}; // fields micromark left on its roots (`checked`, from a stray task item)
  for (const cut of cutLines) {
    if (pending < 0) {
      const nodes = fastParsePiece(lines, first, cut - 1, options.phrasing !== false);
      if (nodes) {
        for (const node of nodes) children.push(node);
        first = cut;
        continue;
      }
      pending = first;
    }
    // micromark, from `pending` up to the line break before the heading at `cut`.
    const start = starts[pending]!;
    const withBreak = cut < count ? text.slice(start, starts[cut]) : text.slice(start);
    const chunk = cut < count ? withBreak.slice(0, -1) : withBreak;
    const root = fromMarkdown(chunk, PARSE_OPTIONS);
    // micromark read the whole document: its root as it is (mdast-util-gfm can leave fields on it).
    if (pending === 0 && cut === count) return root;
    first = cut;
    // A heading inside an open fenced code or HTML block is no cut: parse on to the next one.
    if (cut < count && !closedAtEnd(root, withBreak)) continue;
    for (const child of root.children) children.push(start ? shift(child, pending, start) : child);
    for (const key of Object.keys(root)) if (key !== 'type' && key !== 'children' && key !== 'position') extra[key] = (root as unknown as Record<string, unknown>)[key];
    pending = -1;
  }
  const lastLine = count - 1;
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: count, column: text.length - starts[lastLine]! + 1, offset: text.length } },
    ...extra,
  };
}

/**
 * micromark alone. Its cost grows faster than linearly with the length of a document that has
 * many lists, so a long document is parsed in pieces of at least `minChunk` characters: it is cut
 * before ATX headings at column 0, which close every open block except a fenced code block or an
 * HTML block at the top level (a cut after one of those is withdrawn), and the pieces' positions
 * are shifted back into the whole.
 */
function parseMicromark(text: string, minChunk: number): Root {
  if (text.length <= minChunk) return fromMarkdown(text, PARSE_OPTIONS);
  const cuts = headingCuts(text, minChunk);
  if (!cuts.length) return fromMarkdown(text, PARSE_OPTIONS);
  cuts.push(text.length);
  const children: RootContent[] = [];
  let first: Root | undefined;
  let last: Root | undefined;
  let start = 0;
  let line = 0; // line breaks before `start`
  let lastStart = 0;
  let lastLine = 0;
  for (const cut of cuts) {
    if (cut - start < minChunk && cut < text.length) continue;
    // A piece ends where the line before the heading ends, as that line ends in the whole text.
    const withBreak = text.slice(start, cut);
    const chunk = cut < text.length ? withBreak.slice(0, -1) : withBreak;
    const root = fromMarkdown(chunk, PARSE_OPTIONS);
    // A heading inside an open fenced code or HTML block is no cut: parse on to the next one.
    if (cut < text.length && !closedAtEnd(root, withBreak)) continue;
    for (const child of root.children) children.push(start ? shift(child, line, start) : child);
    first ??= root;
    last = root;
    lastStart = start;
    lastLine = line;
    line += countLineBreaks(withBreak);
    start = cut;
  }
  const root: Root = { type: 'root', children };
  if (first?.position && last?.position) {
    const { start: s } = first.position;
    const { end: e } = last.position;
    root.position = { start: { ...s }, end: { line: e.line + lastLine, column: e.column, offset: e.offset === undefined ? undefined : e.offset + lastStart } };
  }
  return root;
}

/** Offsets of lines that open an ATX heading at column 0, outside fenced code, about `minChunk` apart. */
function headingCuts(text: string, minChunk: number): number[] {
  const cuts: number[] = [];
  let fence: { char: string; length: number } | undefined;
  let from = 0;
  let previous = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const c = text.charCodeAt(from);
    if (c === 0x23 /* # */ && !fence && from - previous >= minChunk && from > 0) {
      if (/^#{1,6}(?:[ \t]|$)/.test(text.slice(from, Math.min(to, from + 8)))) {
        cuts.push(from);
        previous = from;
      }
    } else if (c === 0x20 || c === 0x60 || c === 0x7e) {
      const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(text.slice(from, to));
      if (m) {
        const marker = m[1]!;
        if (!fence) {
          if (marker[0] !== '`' || !m[2]!.includes('`')) fence = { char: marker[0]!, length: marker.length };
        } else if (marker[0] === fence.char && marker.length >= fence.length && !m[2]!.trim()) fence = undefined;
      }
    }
    from = to + 1;
  }
  return cuts;
}

/**
 * Whether a piece (`text`: its source up to the heading that follows) ends with every block
 * closed that the heading line could not close itself: a fenced code block needs its closing
 * fence, an HTML block a blank line after it (types 1–5 end earlier, but a blank line is simple
 * and safe).
 */
function closedAtEnd(root: Root, text: string): boolean {
  const node = root.children[root.children.length - 1];
  const start = node?.position?.start.offset;
  const end = node?.position?.end.offset;
  if (!node || start === undefined || end === undefined) return true;
  if (node.type === 'html') return /\n[ \t]*\n/.test(text.slice(end));
  if (node.type !== 'code') return true;
  const source = text.slice(start, end);
  const open = /^ {0,3}(`{3,}|~{3,})/.exec(source);
  if (!open) return true; // indented code ends at any line that is not indented
  const lastBreak = source.lastIndexOf('\n');
  const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(source.slice(lastBreak + 1));
  return lastBreak >= 0 && !!close && close[1]![0] === open[1]![0] && close[1]!.length >= open[1]!.length;
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** A subtree moved `lines` lines and `offset` characters down, with new position objects. */
function shift<T extends Nodes>(node: T, lines: number, offset: number): T {
  const p = node.position;
  if (p) {
    node.position = {
      start: { line: p.start.line + lines, column: p.start.column, offset: p.start.offset === undefined ? undefined : p.start.offset + offset },
      end: { line: p.end.line + lines, column: p.end.column, offset: p.end.offset === undefined ? undefined : p.end.offset + offset },
    };
  }
  if ('children' in node) for (const child of node.children as Nodes[]) shift(child, lines, offset);
  return node;
}

export function startLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

export function endLine(node: Nodes): number {
  return node.position?.end.line ?? startLine(node);
}

/** Whitespace other than single spaces: two in a row, or one that is not a space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/** A character some step of `plain` would change: markup, an entity, or whitespace other than single inner spaces. */
const PLAIN_CHANGES = /[<[*_~`\\&]|[^\S ]| {2}|^ | $/;

/**
 * Each `[text](destination)` replaced by its text, as `replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')`
 * would, in one scan instead of that pattern's character-by-character alternation (the hot part of
 * `plain` on documents full of links).
 */
function linkTexts(text: string): string {
  let out = '';
  let copied = 0;
  for (let open = text.indexOf('['); open >= 0; ) {
    // The text runs to the first `]` (it may hold `[`); with no `]` left, no later link can match.
    const close = text.indexOf(']', open + 1);
    if (close < 0) break;
    const end = close > open + 1 && text.charCodeAt(close + 1) === 0x28 /* ( */ ? destinationEnd(text, close + 2) : -1;
    if (end < 0) {
      open = text.indexOf('[', open + 1);
      continue;
    }
    out += text.slice(copied, open) + text.slice(open + 1, close);
    copied = end;
    open = text.indexOf('[', end);
  }
  return copied ? out + text.slice(copied) : text;
}

/**
 * Where a link destination that starts at `from` ends (past its `)`), or -1: any characters but
 * parentheses, and parenthesised runs without a `)` inside. The pattern's backtracking can find no
 * other end: every place it could stop at holds a character other than `)`.
 */
function destinationEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x29 /* ) */) return i + 1;
    if (c === 0x28 /* ( */) {
      i = text.indexOf(')', i + 1);
      if (i < 0) return -1;
    }
  }
  return -1;
}

/** Markdown inline syntax removed: emphasis, code ticks, links (their text kept), HTML tags. */
export function plain(md: string): string {
  if (!PLAIN_CHANGES.test(md)) return md;
  // Each step runs only when the text in hand holds a string every match of its pattern contains;
  // without it the step would change nothing.
  let text = md;
  if (text.includes('<!--')) text = text.replace(/<!--[\s\S]*?-->/g, ' ');
  if (text.includes('![')) text = text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (text.includes('](')) text = linkTexts(text);
  if (text.includes('][')) text = text.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1');
  if (text.includes('<')) text = text.replace(/<\/?[A-Za-z][^>]*>/g, ' ');
  if (text.includes('**') || text.includes('__')) text = text.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2');
  if (text.includes('*') || text.includes('_')) text = text.replace(/(^|[^\w*])[*_](?=\S)([^*_]*?\S)[*_](?![\w*])/g, '$1$2');
  if (text.includes('~~')) text = text.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
  if (text.includes('`')) text = text.replace(/`+([^`]*)`+/g, '$1');
  if (text.includes('\\')) text = text.replace(/\\([\\`*_{}[\]()#+\-.!|~<>"'])/g, '$1');
  if (text.includes('&')) {
    text = text
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
  }
  return (UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Links written in Markdown: `[text](href)`, autolinks, bare URLs. */
export function findLinks(md: string): Array<{ href: string; text?: string }> {
  const out: Array<{ href: string; text?: string }> = [];
  const seen = new Set<string>();
  const add = (href: string, text?: string) => {
    if (seen.has(href)) return;
    seen.add(href);
    out.push(text && text !== href ? { href, text } : { href });
  };
  for (const m of md.matchAll(/\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) add(m[2]!, plain(m[1]!));
  for (const m of md.matchAll(/<(https?:\/\/[^>\s]+)>/g)) add(m[1]!);
  for (const m of md.matchAll(/(?<![(<"'\w])(https?:\/\/[^\s)<>\]]+[^\s)<>\].,;:!?])/g)) add(m[1]!);
  return out;
}

/** One heading with the blocks under it (up to the next heading) and its sub-headings. */
export interface Outline {
  heading?: Heading;
  depth: number;
  /** Heading text, plain. */
  text: string;
  /** Heading text as written (inline Markdown kept). */
  markdown: string;
  line: number;
  blocks: Block[];
  children: Outline[];
  parent?: Outline;
}

/** Build the heading tree. Blocks before the first heading belong to the root. */
export function outline(root: Root, source: string): Outline {
  const top: Outline = { depth: 0, text: '', markdown: '', line: 1, blocks: [], children: [] };
  const stack: Outline[] = [top];
  for (const node of root.children) {
    if (node.type === 'heading') {
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const parent = stack[stack.length - 1]!;
      const md = headingMarkdown(node, source);
      const section: Outline = { heading: node, depth: node.depth, text: plain(md), markdown: md, line: startLine(node), blocks: [], children: [], parent };
      parent.children.push(section);
      stack.push(section);
    } else {
      stack[stack.length - 1]!.blocks.push(node);
    }
  }
  return top;
}

function headingMarkdown(node: Heading, source: string): string {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  if (!first?.position || !last?.position) return '';
  return source.slice(first.position.start.offset, last.position.end.offset);
}

/** The source text of a node. */
export function slice(node: Nodes, source: string): string {
  const p = node.position;
  return p && p.start.offset !== undefined && p.end.offset !== undefined ? source.slice(p.start.offset, p.end.offset) : '';
}

/** The text of a list item's own first paragraph (nested lists excluded), as Markdown. */
export function itemMarkdown(item: ListItem, source: string): string {
  for (const child of item.children) {
    if (child.type !== 'paragraph') continue;
    const md = slice(child, source);
    return md.startsWith('[') ? md.replace(/^\[[ xX]\]\s+/, '') : md;
  }
  return '';
}

/** Lines of a list item's own text (first paragraph plus following paragraphs, not nested lists). */
export function itemOwnEnd(item: ListItem): number {
  let end = startLine(item);
  for (const c of item.children) if (c.type !== 'list') end = Math.max(end, endLine(c));
  return end;
}

export function nestedLists(item: ListItem): List[] {
  return item.children.filter((c): c is List => c.type === 'list');
}

/** A "**Label**: value", "**Label:** value" or (with `loose`) "Label: value" line. */
export interface Labelled {
  label: string;
  value: string;
  /** Value as Markdown. */
  valueMarkdown: string;
  bold: boolean;
}

const BOLD_LABEL = /^(\*\*|__)([^*_\n]{1,60}?)\s*(:?)\s*\1\s*(:?)\s*([\s\S]*)$/;
const LOOSE_LABEL = /^([A-Za-z][\w /&()'’.-]{0,40}?)\s*:\s+([\s\S]+)$/;

export function readLabel(md: string, loose = false): Labelled | undefined {
  const text = md.trim();
  const first = text.charCodeAt(0);
  let m = first === 0x2a /* * */ || first === 0x5f /* _ */ ? BOLD_LABEL.exec(text) : null;
  if (m && (m[3] || m[4])) {
    return { label: plain(m[2]!), value: plain(m[5]!), valueMarkdown: m[5]!.trim(), bold: true };
  }
  if (m && !m[3] && !m[4] && /^\s*[-–—]\s+/.test(m[5]!)) {
    // "**Title** - text" (risks)
    return undefined;
  }
  if (loose) {
    m = text.includes(':') ? LOOSE_LABEL.exec(text) : null;
    if (m && !/https?$/i.test(m[1]!)) return { label: plain(m[1]!), value: plain(m[2]!), valueMarkdown: m[2]!.trim(), bold: false };
  }
  return undefined;
}

/** Split a paragraph into its source lines (each a candidate "**Label**: value"). */
export function paragraphLines(node: Nodes, lines: string[]): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  for (let l = startLine(node); l <= endLine(node); l++) {
    let text = (lines[l - 1] ?? '').trim();
    if (text.endsWith('\\')) text = text.slice(0, -1).trim();
    if (text) out.push({ line: l, text });
  }
  return out;
}

export interface TableData {
  header: string[];
  headerMarkdown: string[];
  rows: Array<{ cells: string[]; markdown: string[]; line: number }>;
}

export function readTable(table: Table, source: string): TableData {
  const [head, ...body] = table.children;
  const cellText = (row: (typeof table.children)[number]) => row.children.map((c) => slice(c, source).replace(/^\|/, '').replace(/\|$/, '').trim());
  const headerMarkdown = head ? cellText(head) : [];
  return {
    header: headerMarkdown.map(plain),
    headerMarkdown,
    rows: body.map((row) => {
      const markdown = cellText(row);
      return { cells: markdown.map(plain), markdown, line: startLine(row) };
    }),
  };
}
