/**
 * A fast path for the Markdown layer: builds, for the plain subset roadmaps are mostly written
 * in, exactly the mdast that mdast-util-from-markdown + micromark-extension-gfm + mdast-util-gfm
 * build (same node types, fields and positions), and declines everything else so that the caller
 * parses that part with micromark instead.
 *
 * Design. The caller (parseMarkdown) cuts the document before every ATX heading at column 0 (a
 * point where every block the fast path accepts is closed) and hands each piece to
 * `fastParsePiece`. The piece is parsed in one pass over a shared line table:
 * - blocks: ATX headings (at column 0, not closed by `#`s), paragraphs, GFM tables (at column 0,
 *   opening with `|`, every row with as many cells as the delimiter row) and bullet/ordered lists
 *   with nesting and GFM task items, tight only (no blank line inside a list);
 * - inlines: text, `*emphasis*` and `**strong**` (delimiter runs of one or two `*`, matched with
 *   an opener of the same length as micromark's attention resolution would pick), `` `code` ``
 *   (single line, no padding) and `[text](destination)` links (no title, no brackets, spaces
 *   or parentheses in the destination).
 * Anything else, or anything the code is not sure reproduces micromark — tabs, control
 * characters, HTML, entities, escapes, autolinks and GFM autolink literals, strikethrough,
 * images, references and literal brackets, `_` outside a word, hard breaks and trailing spaces
 * inside a paragraph, setext underlines, block quotes, fences, indented code, thematic breaks,
 * lazy continuation lines, loose lists, empty list items, blocks nested at odd indents, tables
 * that do not match their delimiter row — makes the whole piece decline (`undefined`).
 *
 * The guarantee is tested, not argued: test/importer/fast-markdown.test.ts checks that every
 * piece the fast path accepts deep-equals micromark's tree (positions included) on the seeds, the
 * Markdown fixtures, the benchmark document and thousands of generated and mutated documents.
 */
import type { Heading, Link, List, ListItem, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import type { Point, Position } from 'unist';

/** Thrown (and caught in `fastParsePiece`) when the piece holds anything outside the subset. */
const DECLINE = { decline: true };

function decline(): never {
  throw DECLINE;
}

/** Line table of a whole document: where each line starts and ends (before its line feed). */
export interface Lines {
  text: string;
  starts: number[];
  ends: number[];
  /** Leading spaces of each line. */
  indents: number[];
  /** Whether the line is empty or spaces only. */
  blank: boolean[];
}

export function lineTable(text: string): Lines {
  const starts: number[] = [];
  const ends: number[] = [];
  const indents: number[] = [];
  const blank: boolean[] = [];
  let from = 0;
  for (;;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    let p = from;
    while (p < to && text.charCodeAt(p) === 32) p++;
    starts.push(from);
    ends.push(to);
    indents.push(p - from);
    blank.push(p === to);
    if (to >= text.length) break;
    from = to + 1;
  }
  return { text, starts, ends, indents, blank };
}

/**
 * Whether `from`…`to` holds what no accepted piece may: tabs, CR and other controls, `~`
 * (strikethrough), `\` (escapes, hard breaks), `<` before a letter, `/`, `!` or `?` (HTML,
 * autolinks), `&` before `#` or an alphanumeric (character references), `![` (images) or `]:`
 * (definitions).
 */
function forbidden(text: string, from: number, to: number): boolean {
  // The piece and the character after it (a pair may end there), searched by one pattern: much
  // faster than a loop over the characters. A match must start inside the piece.
  const found = FORBIDDEN.exec(text.slice(from, to + 1));
  return found !== null && found.index < to - from;
}

/** What `forbidden` looks for: controls but the line feed, DEL, `~`, `\`, `<` before a letter, `/`, `!` or `?`, `&` before `#` or an alphanumeric, `![`, `]:`. */
const FORBIDDEN = /[\x00-\x09\x0b-\x1f\x7f~\\]|<[A-Za-z/!?]|&[A-Za-z0-9#]|!\[|\]:/;

/**
 * mdast for lines `first`…`last` (inclusive, 0-based) of `lines`, with positions in the whole
 * document, or undefined when the piece holds anything outside the subset. The piece must start
 * at a point where no block is open (the start of the document or an ATX heading at column 0).
 * With `phrasing` false, paragraphs come with no children: their inline content is still read
 * (so that the piece declines exactly when it would otherwise), but not kept.
 */
export function fastParsePiece(lines: Lines, first: number, last: number, phrasing = true): RootContent[] | undefined {
  const { text, starts, ends } = lines;
  if (forbidden(text, starts[first]!, ends[last]!)) return undefined;
  try {
    return new Parser(lines, phrasing).blocks(first, last + 1, 0, -1, -1);
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

const SPACE = 32;
const HASH = 35;
const STAR = 42;
const PLUS = 43;
const DASH = 45;
const BAR = 124;
const BACKTICK = 96;
const UNDERSCORE = 95;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/**
 * A list the tree keeps, without the room `push` left in it: an array grown by `push` holds at
 * least 16 slots, and the tree keeps tens of thousands of short lists (items' blocks, lists'
 * items) to the end of the import; a copy holds just its items.
 */
function tight<T>(list: T[]): T[] {
  return list.length < 16 ? list.slice() : list;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** ASCII punctuation as CommonMark (and micromark) defines it. */
const isPunct = (c: number) => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);

/** Characters that may start inline markup in the subset. */
const MARKUP = /[*_`[\]]/;

/** A text node's value that GFM autolink literals (or anything else the subset leaves out) might touch. */
const RISKY_TEXT = /https?:\/\/|www\.|mailto:|xmpp:|[-.\w+]@/i;

interface ListMarker {
  ordered: boolean;
  /** The bullet character, or the ordered delimiter (`.` or `)`). */
  char: number;
  /** Digits of an ordered marker. */
  value: string;
  /** Offset just past the marker. */
  end: number;
}

/** One line's worth of inline content: source `from`…`to`, then (unless last) a line feed at `eol`. */
interface Segment {
  /** Index of this segment's first character in the joined string. */
  at: number;
  from: number;
  to: number;
  eol: number;
  line: number;
  lineStart: number;
}

interface Delim {
  /** Index in the joined string. */
  at: number;
  length: number;
  open: boolean;
  close: boolean;
  /** Position in the item list. */
  item: number;
  /** Matched (or dropped): no longer a delimiter. */
  done: boolean;
}

type Item =
  | { kind: 'text'; from: number; to: number }
  | { kind: 'node'; node: PhrasingContent; from: number; to: number }
  /** `closer`: the item index of the matching closer, -1 while unmatched. */
  | { kind: 'delim'; from: number; to: number; delim: Delim; closer: number };

class Parser {
  /** Whether the paragraph `paragraph` made last opens with a text node. */
  private opensWithText = false;

  constructor(
    readonly lines: Lines,
    /** Whether paragraphs keep their phrasing content. */
    readonly phrasing: boolean,
  ) {}

  // ───── positions ─────

  point(line: number, offset: number): Point {
    return { line: line + 1, column: offset - this.lines.starts[line]! + 1, offset };
  }

  position(startLine: number, start: number, endLine: number, end: number): Position {
    return { start: this.point(startLine, start), end: this.point(endLine, end) };
  }

  // ───── blocks ─────

  /**
   * Blocks of lines `lo`…`hi` (exclusive) of a container whose content starts at column `col`;
   * the first line's content starts at offset `firstStart` instead when that is not -1 (a list
   * item's first line, after its marker, or after its task box, which is at `box` when that is
   * not -1).
   */
  blocks(lo: number, hi: number, col: number, firstStart: number, box: number): RootContent[] {
    const { text, starts, ends, indents, blank } = this.lines;
    const out: RootContent[] = [];
    let i = lo;
    while (i < hi) {
      if (blank[i]) {
        if (i === lo && firstStart >= 0) decline();
        i++;
        continue;
      }
      const isFirst = i === lo && firstStart >= 0;
      let p: number;
      if (isFirst) {
        p = firstStart;
        if (text.charCodeAt(p) === SPACE) decline();
      } else {
        if (indents[i]! < col) decline();
        if (indents[i]! - col >= 4) decline();
        p = starts[i]! + indents[i]!;
      }
      const c = text.charCodeAt(p);
      if (c === HASH) {
        const h = this.heading(i, p);
        if (h) {
          if (col !== 0 || p !== starts[i]) decline();
          out.push(h);
          i++;
          continue;
        }
      }
      if (!isFirst && this.isThematicBreak(i, p)) {
        if (col !== 0) decline();
        out.push({ type: 'thematicBreak', position: this.position(i, p, i, ends[i]!) });
        i++;
        continue;
      }
      const marker = this.listMarker(i, p);
      if (marker) {
        if (isFirst) decline();
        const [list, next] = this.list(i, hi, p, marker);
        out.push(list);
        i = next;
        continue;
      }
      if (c === BAR && i + 1 < hi && this.isDelimiterRow(i + 1)) {
        if (col !== 0 || p !== starts[i]) decline();
        const [table, next] = this.table(i, hi);
        out.push(table);
        i = next;
        continue;
      }
      if (this.otherBlockStart(i, p)) decline();
      // A paragraph: lines up to a blank line or a line that starts a block.
      let j = i + 1;
      while (j < hi && !blank[j]) {
        const indent = indents[j]!;
        if (indent < col || indent - col >= 4) decline();
        const q = starts[j]! + indent;
        const d = text.charCodeAt(q);
        if (d === HASH && this.heading(j, q)) {
          if (col !== 0 || indent !== 0) decline();
          break;
        }
        const m = this.listMarker(j, q);
        if (m) {
          if (m.ordered && m.value !== '1') decline();
          break;
        }
        if (this.otherBlockStart(j, q) || this.mayUnderline(j, q)) decline();
        j++;
      }
      const paragraph = this.paragraph(i, j, p);
      // mdast-util-gfm-task-list-item moves the paragraph's start past the task box only when
      // the paragraph opens with text; otherwise it stays at the `[`.
      if (isFirst && box >= 0 && !this.opensWithText) paragraph.position!.start = this.point(i, box);
      out.push(paragraph);
      i = j;
    }
    return out;
  }

  /**
   * Whether a line could start a block outside the subset: a quote, a fence or a thematic break
   * (HTML never gets here: FORBIDDEN).
   */
  otherBlockStart(line: number, p: number): boolean {
    const { text } = this.lines;
    const c = text.charCodeAt(p);
    if (c === 62 /* > */) return true;
    if (c === BACKTICK && text.startsWith('```', p)) return true;
    return this.isThematicBreak(line, p);
  }

  /** Three or more of one of `*`, `-`, `_`, with spaces between. */
  isThematicBreak(line: number, p: number): boolean {
    const { text } = this.lines;
    const c = text.charCodeAt(p);
    if (c === STAR || c === DASH || c === UNDERSCORE) {
      // Thematic break: three or more of one marker, spaces between.
      const end = this.lines.ends[line]!;
      let n = 0;
      for (let k = p; k < end; k++) {
        const d = text.charCodeAt(k);
        if (d === c) n++;
        else if (d !== SPACE) return false;
      }
      return n >= 3;
    }
    return false;
  }

  /** A paragraph continuation line that could be a setext underline or a table delimiter row. */
  mayUnderline(line: number, p: number): boolean {
    const { text, ends } = this.lines;
    const end = ends[line]!;
    for (let k = p; k < end; k++) {
      const d = text.charCodeAt(k);
      if (d !== 61 /* = */ && d !== DASH && d !== BAR && d !== 58 /* : */ && d !== SPACE) return false;
    }
    return true;
  }

  /** `#`…`######`, a space, content not ending in `#`: an ATX heading node; undefined when the line is not one. */
  heading(line: number, p: number): Heading | undefined {
    const { text, ends } = this.lines;
    const end = ends[line]!;
    let k = p;
    while (k < end && text.charCodeAt(k) === HASH) k++;
    const depth = k - p;
    if (depth > 6) return undefined;
    if (k === end) decline(); // an empty heading
    if (text.charCodeAt(k) !== SPACE) return undefined;
    while (k < end && text.charCodeAt(k) === SPACE) k++;
    let e = end;
    while (e > k && text.charCodeAt(e - 1) === SPACE) e--;
    if (e === k || text.charCodeAt(e - 1) === HASH) decline();
    const children = this.inline([{ at: 0, from: k, to: e, eol: -1, line, lineStart: this.lines.starts[line]! }]);
    return { type: 'heading', depth: depth as Heading['depth'], children, position: this.position(line, p, line, end) };
  }

  paragraph(lo: number, hi: number, p: number): Paragraph {
    const { text, starts, ends, indents } = this.lines;
    // Segments are kept only for the positions of kept phrasing content; otherwise the text is joined here.
    const segments: Segment[] | undefined = this.phrasing ? [] : undefined;
    let joined = '';
    let at = 0;
    for (let l = lo; l < hi; l++) {
      const from = l === lo ? p : starts[l]! + indents[l]!;
      let to = ends[l]!;
      while (to > from && text.charCodeAt(to - 1) === SPACE) to--;
      // Trailing spaces are stripped before a soft break (one) or make a hard break (two or more).
      if (to !== ends[l] && l < hi - 1) decline();
      if (segments) segments.push({ at, from, to, eol: l < hi - 1 ? ends[l]! : -1, line: l, lineStart: starts[l]! });
      else joined += l > lo ? `\n${text.slice(from, to)}` : text.slice(from, to);
      at += to - from + 1;
    }
    const children = segments ? this.inline(segments) : this.phrasingOf(joined, NO_SEGMENTS, false);
    this.opensWithText = children[0]?.type === 'text';
    return { type: 'paragraph', children: this.phrasing ? children : NO_PHRASING, position: this.position(lo, p, hi - 1, ends[hi - 1]!) };
  }

  /** A list marker followed by a space and content at `p`, or undefined. */
  listMarker(line: number, p: number): ListMarker | undefined {
    const { text, ends } = this.lines;
    const end = ends[line]!;
    const c = text.charCodeAt(p);
    let k = p;
    let ordered = false;
    let char = c;
    let value = '';
    if (c === DASH || c === STAR || c === PLUS) k = p + 1;
    else if (isDigit(c)) {
      while (k < end && isDigit(text.charCodeAt(k))) k++;
      const d = text.charCodeAt(k);
      if (k - p > 9 || (d !== 46 /* . */ && d !== 41 /* ) */)) return undefined;
      ordered = true;
      char = d;
      value = text.slice(p, k);
      k++;
    } else return undefined;
    if (k === end) {
      // An empty item (or a lone marker that may be an underline): not in the subset.
      decline();
    }
    if (text.charCodeAt(k) !== SPACE) return undefined;
    if ((c === DASH || c === STAR) && this.otherBlockStart(line, p)) decline();
    return { ordered, char, value, end: k };
  }

  /** A list starting at line `lo` (marker at offset `p`); returns it and the line after it. */
  list(lo: number, hi: number, p: number, first: ListMarker): [List, number] {
    const { text, starts, ends, indents, blank } = this.lines;
    const indent = p - starts[lo]!;
    const items: ListItem[] = [];
    let i = lo;
    let marker = first;
    let next = hi;
    for (;;) {
      const m = starts[i]! + indent;
      // Spaces after the marker: one to four; five or more would open indented code.
      let k = marker.end;
      const end = ends[i]!;
      while (k < end && text.charCodeAt(k) === SPACE) k++;
      if (k === end || k - marker.end > 4) decline();
      const contentCol = k - starts[i]!;
      let contentStart = k;
      let checked: boolean | null = null;
      if (text.charCodeAt(k) === OPEN_BRACKET && text.charCodeAt(k + 2) === CLOSE_BRACKET) {
        const box = text.charCodeAt(k + 1);
        if (box === SPACE || box === 120 /* x */ || box === 88 /* X */) {
          if (text.charCodeAt(k + 3) !== SPACE || k + 4 >= end || text.charCodeAt(k + 4) === SPACE) decline();
          checked = box !== SPACE;
          contentStart = k + 4;
        }
      }
      // The item's lines: up to a sibling marker, or a line less indented than its content.
      let j = i + 1;
      let sawBlank = false;
      let sibling: ListMarker | undefined;
      while (j < hi) {
        if (blank[j]) {
          sawBlank = true;
          j++;
          continue;
        }
        if (indents[j]! >= contentCol) {
          if (sawBlank) decline();
          j++;
          continue;
        }
        // A marker of this list's kind: a sibling item when at the same indent with no blank
        // line before it; otherwise (a loose list, or siblings at different indents) not ours.
        const s = this.listMarker(j, starts[j]! + indents[j]!);
        if (s && s.ordered === marker.ordered && s.char === marker.char) {
          if (sawBlank || indents[j] !== indent) decline();
          sibling = s;
          break;
        }
        if (!sawBlank) {
          // Lazy continuation or a block interrupting the list: only an ATX heading at column 0 is in the subset.
          if (indents[j] !== 0 || !((text.charCodeAt(starts[j]!) === HASH && this.heading(j, starts[j]!)) || this.isThematicBreak(j, starts[j]!))) decline();
        }
        break;
      }
      let last = j - 1;
      while (blank[last]) last--;
      const children = tight(this.blocks(i, last + 1, contentCol, contentStart, checked === null ? -1 : k)) as ListItem['children'];
      // An item ends where its last block ends, a list where its first item starts and its last
      // ends: the same points (micromark makes copies; nothing changes a point in place).
      const tail = children[children.length - 1]!;
      items.push({ type: 'listItem', spread: false, checked, children, position: { start: this.point(i, m), end: tail.position!.end } });
      if (!sibling) {
        next = j;
        break;
      }
      i = j;
      marker = sibling;
    }
    const list: List = {
      type: 'list',
      ordered: first.ordered,
      start: first.ordered ? Number.parseInt(first.value, 10) : null,
      spread: false,
      children: tight(items),
      position: { start: items[0]!.position!.start, end: items[items.length - 1]!.position!.end },
    };
    return [list, next];
  }

  // ───── tables ─────

  /** `|`-separated cells of a row that starts and ends with `|`: [from, to) of each cell's content. */
  cells(line: number): Array<[number, number]> | undefined {
    const { text, starts, ends } = this.lines;
    const s = starts[line]!;
    const e = ends[line]!;
    if (text.charCodeAt(s) !== BAR || e - s < 2 || text.charCodeAt(e - 1) !== BAR) return undefined;
    const out: Array<[number, number]> = [];
    let from = s + 1;
    for (let k = from; k < e; k++) {
      if (text.charCodeAt(k) === BAR) {
        out.push([from, k]);
        from = k + 1;
      }
    }
    return out;
  }

  isDelimiterRow(line: number): boolean {
    return this.align(line) !== undefined;
  }

  align(line: number): Table['align'] | undefined {
    const cells = this.cells(line);
    if (!cells) return undefined;
    const { text } = this.lines;
    const out: NonNullable<Table['align']> = [];
    for (const [from, to] of cells) {
      const m = /^ *(:?)-+(:?) *$/.exec(text.slice(from, to));
      if (!m) return undefined;
      out.push(m[1] ? (m[2] ? 'center' : 'left') : m[2] ? 'right' : null);
    }
    return out;
  }

  table(lo: number, hi: number): [Table, number] {
    const { text, starts, ends, blank } = this.lines;
    const align = this.align(lo + 1)!;
    const rows: TableRow[] = [];
    let j = lo;
    for (; j < hi && !blank[j]; j++) {
      if (j === lo + 1) continue;
      if (text.charCodeAt(starts[j]!) === HASH && this.heading(j, starts[j]!)) break;
      const cells = this.cells(j);
      if (!cells || cells.length !== align.length) decline();
      const children: TableCell[] = [];
      for (let c = 0; c < cells.length; c++) {
        const [from, to] = cells[c]!;
        let a = from;
        let b = to;
        while (a < b && text.charCodeAt(a) === SPACE) a++;
        while (b > a && text.charCodeAt(b - 1) === SPACE) b--;
        if (a === b || a === from || b === to) decline(); // empty or unpadded cells
        const content = this.inline([{ at: 0, from: a, to: b, eol: -1, line: j, lineStart: starts[j]! }]);
        children.push({ type: 'tableCell', children: content, position: this.position(j, from - 1, j, c === cells.length - 1 ? to + 1 : to) });
      }
      rows.push({ type: 'tableRow', children, position: this.position(j, starts[j]!, j, ends[j]!) });
    }
    // The table ends with its last line, the delimiter row when there is no body row.
    return [{ type: 'table', align, children: rows, position: this.position(lo, starts[lo]!, j - 1, ends[j - 1]!) }, j];
  }

  // ───── inlines ─────

  /** Phrasing content of segments (one per line; joined with line feeds), kept. */
  inline(segments: Segment[]): PhrasingContent[] {
    const { text } = this.lines;
    let joined = '';
    for (let s = 0; s < segments.length; s++) {
      const seg = segments[s]!;
      joined += s ? `\n${text.slice(seg.from, seg.to)}` : text.slice(seg.from, seg.to);
    }
    return this.phrasingOf(joined, segments, true);
  }

  /**
   * Phrasing content of the joined text of `segments` (which only kept nodes' positions read).
   * With `keep` false the nodes are only looked at (for their types, and so that the piece
   * declines as it would otherwise) and thrown away, so they all share one dummy position.
   */
  phrasingOf(joined: string, segments: readonly Segment[], keep: boolean): PhrasingContent[] {
    const risky = RISKY_TEXT.test(joined);
    if (!MARKUP.test(joined)) {
      if (risky) decline();
      return keep ? [{ type: 'text', value: joined, position: new Inline(joined, segments, true, false).pos(0, joined.length) }] : OPENS_WITH_TEXT;
    }
    // Without keeping, a text that cannot hold what declines a text node spares building them.
    if (!keep && !risky && opensWithStrongLabel(joined)) return OPENS_WITH_OTHER;
    return new Inline(joined, segments, keep, !keep && !risky).parse(0, joined.length);
  }
}

/**
 * Whether the text is a `**Label**` followed by text without markup ("**Goal**: …", the labelled
 * bullets roadmaps are made of): then `Inline.glance` would find one strong node first and nothing
 * to decline, which this says without building the items. It asks for a letter or digit inside
 * both stars (so that the first opens and the second closes, and neither does both), no other
 * markup character anywhere and, after the pair, white space, ASCII punctuation or the end (a
 * letter there would let the pair open too; other characters are for `Inline` to weigh).
 */
function opensWithStrongLabel(s: string): boolean {
  if (s.charCodeAt(0) !== STAR || s.charCodeAt(1) !== STAR || !isAlnum(s.charCodeAt(2))) return false;
  let close = -1;
  for (let i = 3; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== STAR && c !== UNDERSCORE && c !== BACKTICK && c !== OPEN_BRACKET && c !== CLOSE_BRACKET) continue;
    if (close >= 0 || c !== STAR || s.charCodeAt(i + 1) !== STAR || !isAlnum(s.charCodeAt(i - 1))) return false;
    close = i;
    i++; // the pair's second star
  }
  if (close < 0) return false;
  const after = close + 2 < s.length ? s.charCodeAt(close + 2) : -1;
  return after <= 126 && !isAlnum(after);
}

/** The segments of a text whose nodes are not kept (their positions are never read). */
const NO_SEGMENTS: readonly Segment[] = Object.freeze([]);

/** The children of every paragraph built without phrasing content (frozen: one array for all). */
const NO_PHRASING = Object.freeze([]) as unknown as PhrasingContent[];

/** The position of every node built to be thrown away. */
const NOWHERE: Position = Object.freeze({ start: Object.freeze({ line: 1, column: 1, offset: 0 }), end: Object.freeze({ line: 1, column: 1, offset: 0 }) });
/** What `Inline.glance` gives: phrasing content that opens with a text node, or with another node. */
const OPENS_WITH_TEXT = Object.freeze([Object.freeze({ type: 'text', value: '', position: NOWHERE })]) as unknown as PhrasingContent[];
const OPENS_WITH_OTHER = Object.freeze([Object.freeze({ type: 'emphasis', children: [], position: NOWHERE })]) as unknown as PhrasingContent[];

class Inline {
  constructor(
    readonly s: string,
    readonly segments: readonly Segment[],
    /** Whether the nodes are kept (and need their positions). */
    readonly keep: boolean,
    /**
     * Whether only the first node's type is wanted and no text node can decline (every text
     * node's value is part of `s`, which RISKY_TEXT does not match): then `glance` stands in for
     * `nodes`.
     */
    readonly glancing: boolean,
  ) {}

  /** The segment holding joined index `i` (its line feed counts as its own). */
  segment(i: number): Segment {
    const segs = this.segments;
    let k = segs.length - 1;
    while (k > 0 && segs[k]!.at > i) k--;
    return segs[k]!;
  }

  start(i: number): Point {
    const seg = this.segment(i);
    const offset = seg.from + (i - seg.at);
    const o = offset >= seg.to ? seg.eol : offset;
    return { line: seg.line + 1, column: o - seg.lineStart + 1, offset: o };
  }

  /** The point just after joined index `i - 1`. */
  end(i: number): Point {
    const seg = this.segment(i - 1);
    const offset = seg.from + (i - 1 - seg.at);
    if (offset >= seg.to) {
      // Just past a line feed: the start of the next line.
      return { line: seg.line + 2, column: 1, offset: seg.eol + 1 };
    }
    return { line: seg.line + 1, column: offset + 1 - seg.lineStart + 1, offset: offset + 1 };
  }

  pos(from: number, to: number): Position {
    return this.keep ? { start: this.start(from), end: this.end(to) } : NOWHERE;
  }

  /** Phrasing content of joined `from`…`to`. */
  parse(from: number, to: number): PhrasingContent[] {
    const s = this.s;
    const items: Item[] = [];
    const delims: Delim[] = [];
    // Text since the last markup: textFrom…(where the next markup starts).
    let textFrom = from;
    let i = from;
    while (i < to) {
      const c = s.charCodeAt(i);
      if (c === BACKTICK) {
        let n = 1;
        while (i + n < to && s.charCodeAt(i + n) === BACKTICK) n++;
        if (n !== 1) decline();
        const close = s.indexOf('`', i + 1);
        if (close < 0 || close >= to || close === i + 1) decline();
        const value = s.slice(i + 1, close);
        if (value.includes('\n') || value.charCodeAt(0) === SPACE || value.charCodeAt(value.length - 1) === SPACE) decline();
        if (s.charCodeAt(close + 1) === BACKTICK) decline();
        if (i > textFrom) items.push({ kind: 'text', from: textFrom, to: i });
        items.push({ kind: 'node', node: { type: 'inlineCode', value, position: this.pos(i, close + 1) }, from: i, to: close + 1 });
        i = close + 1;
        textFrom = i;
        continue;
      }
      if (c === OPEN_BRACKET) {
        // `[text](destination)`, nothing fancier; `[text]` not followed by `(` or `[` is literal
        // text (the document has no definitions, or micromark would have it).
        if (s.charCodeAt(i + 1) === 94 /* ^ */) decline();
        let k = i + 1;
        for (; k < to; k++) {
          const d = s.charCodeAt(k);
          if (d === OPEN_BRACKET || d === BACKTICK) decline();
          if (d === CLOSE_BRACKET) break;
        }
        const after = s.charCodeAt(k + 1);
        if (k >= to || (after !== 40 /* ( */ && after !== OPEN_BRACKET)) {
          i++;
          continue;
        }
        if (k === i + 1 || after !== 40) decline();
        let e = k + 2;
        for (; e < to; e++) {
          const d = s.charCodeAt(e);
          if (d === 41 /* ) */) break;
          if (d <= SPACE || d === 40 || d === 60 || d === 34 || d === 39) decline();
        }
        if (e >= to || e === k + 2) decline();
        if (i > textFrom) items.push({ kind: 'text', from: textFrom, to: i });
        const node: Link = { type: 'link', title: null, url: s.slice(k + 2, e), children: this.parse(i + 1, k), position: this.pos(i, e + 1) };
        items.push({ kind: 'node', node, from: i, to: e + 1 });
        i = e + 1;
        textFrom = i;
        continue;
      }
      if (c === UNDERSCORE) {
        // Only inside a word, where it can neither open nor close.
        if (!(i > 0 && isAlnum(s.charCodeAt(i - 1)) && isAlnum(s.charCodeAt(i + 1)))) decline();
        i++;
        continue;
      }
      if (c === STAR) {
        let n = 1;
        while (i + n < to && s.charCodeAt(i + n) === STAR) n++;
        if (n > 2) decline();
        const before = i > 0 ? s.charCodeAt(i - 1) : -1;
        const after = i + n < s.length ? s.charCodeAt(i + n) : -1;
        if (before > 126 || after > 126) decline(); // Unicode classes: not worth the risk
        const kb = before < 0 || before === SPACE || before === 10 ? 1 : isPunct(before) ? 2 : 0;
        const ka = after < 0 || after === SPACE || after === 10 ? 1 : isPunct(after) ? 2 : 0;
        const open = ka === 0 || (ka === 2 && kb !== 0);
        const close = kb === 0 || (kb === 2 && ka !== 0);
        if (i > textFrom) items.push({ kind: 'text', from: textFrom, to: i });
        const delim: Delim = { at: i, length: n, open, close, item: items.length, done: false };
        items.push({ kind: 'delim', from: i, to: i + n, delim, closer: -1 });
        delims.push(delim);
        i += n;
        textFrom = i;
        continue;
      }
      i++;
    }
    if (to > textFrom) items.push({ kind: 'text', from: textFrom, to });
    return this.build(items, delims);
  }

  /** Match delimiters as micromark's attention resolution does, then build nodes. */
  build(items: Item[], delims: Delim[]): PhrasingContent[] {
    for (let c = 0; c < delims.length; c++) {
      const closer = delims[c]!;
      if (!closer.close) continue;
      for (let o = c - 1; o >= 0; o--) {
        const opener = delims[o]!;
        if (opener.done || !opener.open) continue;
        // The rule of three; with runs of one or two it could only apply to a 1 + 2 pair.
        if ((opener.close || closer.open) && closer.length % 3 && !((opener.length + closer.length) % 3)) decline();
        if (opener.length !== closer.length) decline();
        opener.done = true;
        closer.done = true;
        (items[opener.item] as Item & { kind: 'delim' }).closer = closer.item;
        break;
      }
    }
    return this.glancing ? this.glance(items) : this.nodes(items, 0, items.length);
  }

  /**
   * What `nodes(items, 0, items.length)` would say of the content without building it: it
   * declines where `nodes` would (a matched pair with nothing between, since text nodes cannot
   * decline here), and the first node's type is right (the rest is a stand-in).
   */
  glance(items: Item[]): PhrasingContent[] {
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      if (item.kind === 'delim' && item.closer === k + 1) decline();
    }
    const first = items[0];
    return first && (first.kind === 'node' || (first.kind === 'delim' && first.closer >= 0)) ? OPENS_WITH_OTHER : OPENS_WITH_TEXT;
  }

  nodes(items: Item[], lo: number, hi: number): PhrasingContent[] {
    const out: PhrasingContent[] = [];
    // Literal text in hand, textFrom…textTo (none while textFrom is -1), merged from neighbouring items.
    let textFrom = -1;
    let textTo = -1;
    for (let k = lo; k < hi; k++) {
      const item = items[k]!;
      if (item.kind === 'delim' && item.closer >= 0) {
        if (textFrom >= 0) out.push(this.text(textFrom, textTo));
        textFrom = -1;
        const close = item.closer;
        const end = items[close]!.to;
        const children = this.nodes(items, k + 1, close);
        if (!children.length) decline();
        out.push({ type: item.delim.length === 2 ? 'strong' : 'emphasis', children, position: this.pos(item.from, end) } as PhrasingContent);
        k = close;
      } else if (item.kind === 'node') {
        if (textFrom >= 0) out.push(this.text(textFrom, textTo));
        textFrom = -1;
        out.push(item.node);
      } else {
        // Text, or a delimiter left over: literal text, merged with its neighbours.
        if (textFrom < 0) textFrom = item.from;
        textTo = item.to;
      }
    }
    if (textFrom >= 0) out.push(this.text(textFrom, textTo));
    return tight(out);
  }

  /** A text node for joined `from`…`to`. */
  text(from: number, to: number): Text {
    const value = this.s.slice(from, to);
    if (RISKY_TEXT.test(value)) decline();
    return { type: 'text', value, position: this.pos(from, to) };
  }
}
