import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseMarkdown } from '../../src/importer/markdown.js';

/**
 * Long documents are parsed section by section (cut before headings) and the pieces joined; the
 * tree must be exactly the tree of one parse of the whole text, positions included.
 */
const whole = (text: string) => JSON.stringify(parseMarkdown(text, { minChunk: Infinity }));
/** Cut before every heading that allows it, so that even short documents exercise the joining. */
const everyHeading = (text: string) => JSON.stringify(parseMarkdown(text, { minChunk: 0 }));

function expectSameTree(text: string, pieces = everyHeading(text)): void {
  const one = whole(text);
  if (pieces === one) return;
  let i = 0;
  while (pieces[i] === one[i]) i++;
  expect(pieces.slice(Math.max(0, i - 120), i + 80), `document ${JSON.stringify(text.slice(0, 300))}`).to.equal(one.slice(Math.max(0, i - 120), i + 80));
}

const lf = (text: string) => text.split(/\r\n|\r|\n/).join('\n');

describe('importer: Markdown parsed section by section', () => {
  it('gives the tree of one parse for the seeds and the style fixtures', async () => {
    const names = ['seeds/000', 'seeds/001', 'seeds/002', 'seeds/003', 'seeds/004', 'markdown/crlf', 'markdown/front-matter', 'markdown/half-years', 'markdown/html-inside', 'markdown/issue-links', 'markdown/nested-lists', 'markdown/now-next-later', 'markdown/release-table', 'markdown/risk-register', 'markdown/status-table'];
    for (const name of names) expectSameTree(lf(await (await fetch(`/test/fixtures/${name}.md`)).text()));
  });

  it('keeps a heading line that belongs to an open fenced code or HTML block where it belongs', () => {
    const cases = [
      '# A\n```\n# not a heading\n```\n# B\ntext',
      '# A\n````md\n```\n# inside\n```\n````\n# B',
      '# A\n~~~\n# inside\n```\n# still inside\n~~~\n# B',
      '# A\n- ```\n# B closes the list item and its code',
      '# A\n> ```\n# B closes the quote',
      '# A\n  ```\n# inside, the fence is indented\n   ```\n# B',
      '# A\n<div>\n# inside the HTML block\n\n# B',
      '# A\n<!--\n# a comment\n\n# still a comment\n-->\n# B',
      '# A\n<pre>\n# pre\n\n# still pre\n</pre>\n# B',
      '# A\n<custom-element>\n# inside\n\n# B',
      '# A\n<!-- closed -->\n# B',
      '# A\n```\n# never closed\n\n# to the end',
      '# A\n    # indented code\n# B',
      '# A\n| a | b |\n|---|---|\n| 1 | 2 |\n# B',
      '# A\n- a\n\n  b\n\n\n# B\n',
      '#\n#\n# \n#\tx\n#x\n## y ##\n###### six\n####### seven',
      '# A\n[x]: /url\n# B\n[x]',
      '# A\nsee [^1]\n# B\n[^1]: note',
    ];
    for (const text of cases) expectSameTree(text);
  });

  it('gives the tree of one parse for random documents of headings, fences, HTML, lists, quotes and tables', () => {
    const lines = [
      '# A', '## B', '### C', '#', '#\tx', '#x', ' # D', '   ## E', '    # F', '```', '````', '~~~', '``` js', '```a`b', '  ```', '   ```', '- ```', '  - ```', '> ```',
      '<!--', '-->', '<div>', '</div>', '<pre>', '</pre>', '<script>', '</script>', '<?php', '?>', '<![CDATA[', ']]>', '<!X', '<custom-el>', '- item', '  - sub',
      '1. one', '   cont', '> quote', '>', '| a | b |', '|---|---|', '| 1 | 2 |', 'text', 'para *em* and `code`', '', '', '', '---', '===', '    code', '\tcode',
      '- [ ] task', '- [x] done', 'http://example.com', 'www.example.com', '<http://a.b>', '***', '\\# not', 'a\\', '&amp;', '<span>', '\uFEFF# bom',
    ];
    const line = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...lines) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    );
    fc.assert(fc.property(fc.array(line, { maxLength: 60 }), (ls) => void expectSameTree(ls.join('\n'))), { numRuns: 1500, seed: 4242 });
  });

  it('a long roadmap in pieces of the default size gives the tree of one parse', () => {
    const sections = Array.from({ length: 40 }, (_, q) =>
      [
        `## Q${(q % 4) + 1} ${2025 + Math.floor(q / 4)}`,
        ...Array.from({ length: 6 }, (_, k) => [`### ${k + 1}. Initiative ${q}-${k}`, '- **Owner**: Person A (Team B)', '- **Features**:', '  - one', '  - two with [a link](https://example.com)', '', '```', `# code ${q}`, '```'].join('\n')),
        '<div>',
        `# not a heading ${q}`,
        '',
      ].join('\n'),
    );
    const text = ['# Roadmap', '', ...sections].join('\n');
    expect(text.length).to.be.greaterThan(20_000);
    expectSameTree(text, JSON.stringify(parseMarkdown(text)));
  });
});
