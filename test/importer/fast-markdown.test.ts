// Differential test of the Markdown fast path (src/importer/fast-markdown.ts): wherever it accepts
// a piece, its tree must deep-equal what mdast-util-from-markdown + GFM build for that piece,
// positions included; and parseMarkdown (fast path plus micromark for declined pieces) must
// deep-equal micromark on the whole document. Without phrasing content (as the importer parses),
// both must give the same trees except that paragraphs the fast path built have no children. Inputs: the seed roadmaps (../shared/seeds holds the
// same five files byte for byte), every Markdown fixture, the generated benchmark roadmap, and
// thousands of generated and mutated documents.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { generateRoadmapMarkdown } from '../../bench/import-document.mjs';
import { fastParsePiece, lineTable } from '../../src/importer/fast-markdown.js';
import { applyLineEdits, lineEdits } from './line-edits.js';
import { parseMarkdown } from '../../src/importer/markdown.js';

const OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
const micromark = (text: string): Root => fromMarkdown(text, OPTIONS);

/** A deep copy of a subtree moved `lines` lines and `offset` characters down. */
function moved(node: Nodes, lines: number, offset: number): Nodes {
  const copy = JSON.parse(JSON.stringify(node)) as Nodes;
  const walk = (n: Nodes) => {
    const p = n.position;
    if (p) {
      p.start.line += lines;
      p.start.offset! += offset;
      p.end.line += lines;
      p.end.offset! += offset;
    }
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(copy);
  return copy;
}

/**
 * A JSON copy of `full` with the children of each paragraph emptied where `lean` (the same tree
 * parsed without phrasing content) has none.
 */
function withoutPhrasing(full: Nodes, lean: Nodes): Nodes {
  const copy = JSON.parse(JSON.stringify(full)) as Nodes;
  const walk = (f: Nodes, l: Nodes) => {
    if (!('children' in f) || !('children' in l)) return;
    if (f.type === 'paragraph' && l.type === 'paragraph' && !l.children.length) (f as { children: unknown[] }).children = [];
    else (f.children as Nodes[]).forEach((c, i) => l.children[i] && walk(c, l.children[i] as Nodes));
  };
  walk(copy, lean);
  return copy;
}

const counts = { accepted: 0, declined: 0, documents: 0 };

/** Every piece (cut before each heading line) the fast path accepts equals micromark's tree of that piece; the whole document too. */
function check(text: string, whole = true): { accepted: number; declined: number } {
  counts.documents++;
  let accepted = 0;
  let declined = 0;
  if (!text.includes('\r') && !text.startsWith('\uFEFF')) {
    const lines = lineTable(text);
    const cuts: number[] = [];
    for (let l = 1; l < lines.starts.length; l++) if (/^#{1,6}(?:[ \t]|$)/.test(text.slice(lines.starts[l], lines.starts[l]! + 8))) cuts.push(l);
    cuts.push(lines.starts.length);
    let first = 0;
    for (const cut of cuts) {
      const nodes = fastParsePiece(lines, first, cut - 1);
      if (nodes) {
        accepted++;
        const start = lines.starts[first]!;
        const piece = text.slice(start, lines.ends[cut - 1]);
        const expected = micromark(piece).children.map((c) => moved(c, first, start));
        expect(JSON.parse(JSON.stringify(nodes)) as RootContent[], `lines ${first + 1}–${cut} of\n${text}`).to.deep.equal(expected);
        // Without phrasing content: the same blocks, every paragraph empty.
        const lean = fastParsePiece(lines, first, cut - 1, false);
        expect(lean, `lines ${first + 1}–${cut} without phrasing`).to.not.equal(undefined);
        const root = (children: RootContent[]) => ({ type: 'root', children }) as Root;
        const stripped = withoutPhrasing(root(nodes), root(lean!)) as Root;
        expect(JSON.parse(JSON.stringify(lean)), `lines ${first + 1}–${cut} of\n${text} without phrasing`).to.deep.equal(stripped.children);
        const paragraphs: Nodes[] = [];
        const collect = (n: Nodes) => (n.type === 'paragraph' ? paragraphs.push(n) : 'children' in n && (n.children as Nodes[]).forEach(collect));
        lean!.forEach(collect);
        expect(paragraphs.every((p) => 'children' in p && !p.children.length)).to.equal(true);
      } else {
        declined++;
        expect(fastParsePiece(lines, first, cut - 1, false), `lines ${first + 1}–${cut} without phrasing`).to.equal(undefined);
      }
      first = cut;
    }
  }
  if (whole) {
    const expected = text.length < 32 * 1024 ? micromark(text) : parseMarkdown(text, { fast: false });
    expect(parseMarkdown(text), text.length < 2000 ? text : 'the document').to.deep.equal(expected);
    const lean = parseMarkdown(text, { phrasing: false });
    expect(JSON.parse(JSON.stringify(lean)), `${text.length < 2000 ? text : 'the document'} without phrasing`).to.deep.equal(withoutPhrasing(expected, lean));
  }
  counts.accepted += accepted;
  counts.declined += declined;
  return { accepted, declined };
}

const get = async (path: string) => (await fetch(path)).text();
const SEEDS = ['000', '001', '002', '003', '004'];
const FIXTURES = ['crlf', 'front-matter', 'half-years', 'html-inside', 'issue-links', 'nested-lists', 'now-next-later', 'release-table', 'risk-register', 'status-table'];

// Lines that stay inside the subset, lines at its edges, and lines outside it.
const inlinePart = fc.constantFrom(
  'plain words', 'Feature', '**Goal**:', '**Owner:**', '*em*', '**strong**', '`code`', '[link](https://example.com/a)', '[P0]', '(#412)', 'PROJ-12',
  '< 100ms', '> 99.9%', '50%', '$50M', '—', 'São Paulo', '🎯', 'snake_case', '_under_', '__init__', '***both***', '**a *b* c**', '*a **b** c*', '* not',
  'a * b', '**unclosed', 'closed**', '*x*y', 'x*y*', '**x**y', '"**q**"', '(*p*)', '*[a*]', '[a] (b)', '[a][b]', '[^1]', '![img](x.png)', '<b>', '<100',
  '&amp;', 'a & b', '\\*', 'a~b', '~~s~~', 'www.example.com', 'https://x.y', 'me@example.com', '@maria', '`a b`', '` a `', '``x``', '`unclosed', ']',
  '[', '[x]', 'x  ', 'x ', '#tag', '1.5x', '2025.', '|', 'a | b', ':',
);
const inline = fc.array(inlinePart, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
const indent = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '      ');
const line = fc.oneof(
  { weight: 4, arbitrary: inline },
  { weight: 3, arbitrary: fc.tuple(indent, fc.constantFrom('- ', '* ', '+ ', '1. ', '2. ', '1) ', '- [ ] ', '- [x] ', '- [X] ', '-  ', '- [ ]', '10. '), inline).map(([a, b, c]) => a + b + c) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('# ', '## ', '### ', '#### ', '###### ', '####### ', '#', ' # ', '## '), inline).map(([a, b]) => a + b) },
  { weight: 2, arbitrary: fc.constantFrom('', '', '   ') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '---', '***', '___', '- - -', '===', '--', '| a | b |', '|---|---|', '|:--|--:|', '| :-: | - |', '| 1 | *2* |', '| x |', '| | y |', '|a|b|', '> quote',
      '```', '~~~', '<div>', '<!-- c -->', '    code', '\tTab', '[ref]: https://x.y', 'Title\r', '-', '*', '1.',
    ),
  },
);
const document = fc.array(line, { maxLength: 30 }).map((ls) => ls.join('\n'));
/** Markdown-significant characters, shuffled. */
const soup = fc.string({ unit: fc.constantFrom('*', '_', '`', '[', ']', '(', ')', '#', '-', '+', '|', '>', '<', ' ', ' ', '\n', '\n', '1', '.', 'a', 'b', 'x', ':', '!'), maxLength: 60 });

describe('importer: the Markdown fast path builds exactly micromark’s tree', function () {
  this.timeout(600_000);

  after(() => {
    // For the record: how much the fast path took on.
    console.log(`fast-markdown differential test: ${counts.documents} documents, ${counts.accepted} pieces built by the fast path and checked, ${counts.declined} declined (left to micromark)`);
  });

  it('the seed roadmaps: every section accepted and equal, the whole tree equal', async () => {
    for (const n of SEEDS) {
      const { accepted, declined } = check(await get(`/test/fixtures/seeds/${n}.md`));
      expect(accepted, n).to.be.greaterThan(declined);
    }
  });

  it('every Markdown fixture', async () => {
    for (const n of FIXTURES) check(await get(`/test/fixtures/markdown/${n}.md`));
  });

  it('the generated benchmark roadmap (256 KB here; bench/import.mjs checks the 1 MB one)', () => {
    const { declined } = check(generateRoadmapMarkdown(256 * 1024));
    expect(declined).to.equal(0);
  });

  it('generated documents around the edges of the subset', () => {
    fc.assert(fc.property(document, (text) => void check(text)), { numRuns: 4000, seed: 424242 });
  });

  it('character soup', () => {
    fc.assert(fc.property(soup, (text) => void check(text)), { numRuns: 3000, seed: 1717 });
  });

  it('mutated seed roadmaps (lines dropped, duplicated, moved, indented, garbled)', async () => {
    const seeds = await Promise.all(SEEDS.map(async (n) => (await get(`/test/fixtures/seeds/${n}.md`)).split('\n')));
    const mutation = fc.record({ seed: fc.integer({ min: 0, max: 4 }), ops: lineEdits(fc.oneof(fc.string({ maxLength: 12 }), line), 10) });
    fc.assert(
      fc.property(mutation, ({ seed, ops }) => void check(applyLineEdits(seeds[seed]!, ops).join('\n'))),
      { numRuns: 1500, seed: 99 },
    );
  });
});
