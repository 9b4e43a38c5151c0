/**
 * The Markdown layer: mdast (with GFM tables and task lists) plus helpers that read inline text
 * from the source itself, and the heading outline the builders walk.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Heading, List, ListItem, Nodes, Root, RootContent, Table } from 'mdast';

export type Block = RootContent;

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

export function startLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

export function endLine(node: Nodes): number {
  return node.position?.end.line ?? startLine(node);
}

/** Markdown inline syntax removed: emphasis, code ticks, links (their text kept), HTML tags. */
export function plain(md: string): string {
  return md
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_]*?\S)[*_](?![\w*])/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>"'])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
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
  const para = item.children.find((c) => c.type === 'paragraph');
  return para ? slice(para, source).replace(/^\[[ xX]\]\s+/, '') : '';
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

export function readLabel(md: string, loose = false): Labelled | undefined {
  const text = md.trim();
  let m = /^(\*\*|__)([^*_\n]{1,60}?)\s*(:?)\s*\1\s*(:?)\s*([\s\S]*)$/.exec(text);
  if (m && (m[3] || m[4])) {
    return { label: plain(m[2]!), value: plain(m[5]!), valueMarkdown: m[5]!.trim(), bold: true };
  }
  if (m && !m[3] && !m[4] && /^\s*[-–—]\s+/.test(m[5]!)) {
    // "**Title** - text" (risks)
    return undefined;
  }
  if (loose) {
    m = /^([A-Za-z][\w /&()'’.-]{0,40}?)\s*:\s+([\s\S]+)$/.exec(text);
    if (m && !/https?$/i.test(m[1]!)) return { label: plain(m[1]!), value: plain(m[2]!), valueMarkdown: m[2]!.trim(), bold: false };
  }
  return undefined;
}

/** Split a paragraph into its source lines (each a candidate "**Label**: value"). */
export function paragraphLines(node: Nodes, lines: string[]): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  for (let l = startLine(node); l <= endLine(node); l++) {
    const text = (lines[l - 1] ?? '').trim().replace(/\\$/, '').trim();
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
