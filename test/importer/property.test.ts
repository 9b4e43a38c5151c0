import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseRoadmapMarkdown, splitLines, type ImportResult } from '../../src/importer/index.js';
import { validateRoadmap } from '../../src/model/validate.js';
import { applyLineEdits, lineEdits } from './line-edits.js';

/** Every `source` in the model, with where it sits. */
function* sources(value: unknown, path = 'roadmap'): Generator<[string, { line: number; endLine?: number; alsoAt?: Array<{ line: number }> }]> {
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* sources(value[i], `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source' && v && typeof v === 'object' && typeof (v as { line?: unknown }).line === 'number') yield [`${path}.source`, v as never];
      else yield* sources(v, `${path}.${k}`);
    }
  }
}

/** What must hold for any input: no throw, a schema-valid model, coverage that adds up. */
function check(text: string): ImportResult {
  const result = parseRoadmapMarkdown(text, { file: 'fuzz.md' });
  const { coverage: c } = result;
  const lines = splitLines(text.replace(/^\uFEFF/, ''));
  expect(c.lines).to.equal(lines.length);
  expect(c.blank + c.mapped + c.preserved + c.structural + c.unaccounted.length).to.equal(c.lines);
  // Blank lines are counted as such; what is unaccounted is a list of distinct, non-blank lines in order.
  expect(c.blank).to.equal(lines.filter((l) => !l.trim()).length);
  c.unaccounted.forEach((l, i) => {
    expect(l).to.be.within(1, c.lines);
    expect(lines[l - 1]!.trim(), `unaccounted line ${l} is blank`).to.not.equal('');
    if (i) expect(l).to.be.greaterThan(c.unaccounted[i - 1]!);
  });
  const nonBlank = c.lines - c.blank;
  expect(c.ratio).to.equal(nonBlank ? Math.round(((nonBlank - c.unaccounted.length) / nonBlank) * 10000) / 10000 : 1);
  // Every entity points at lines of this document.
  for (const [where, src] of sources(result.roadmap)) {
    expect(src.line, where).to.be.within(1, Math.max(1, c.lines));
    if (src.endLine !== undefined) expect(src.endLine, where).to.be.within(src.line, Math.max(1, c.lines));
    for (const also of src.alsoAt ?? []) expect(also.line, `${where}.alsoAt`).to.be.within(1, Math.max(1, c.lines));
  }
  const checked = validateRoadmap(JSON.parse(JSON.stringify(result.roadmap)));
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  expect(errors, errors.map((e) => e.message).join('\n')).to.deep.equal([]);
  expect(result.diagnostics.filter((d) => d.code === 'importer.failed')).to.deep.equal([]);
  for (const d of result.diagnostics) if (d.source) expect(d.source.line).to.be.within(1, Math.max(1, c.lines));
  return result;
}

const fragments = [
  '# Product Roadmap 2025', '## Q1 2025 (January - March)', '## Q3 2025 (Sep)', '## H2 2026', '## Now', '## Next', '## Later', '## Horizon 2: Scale (3-6 Months)',
  '### 1. Multi-Tenant Architecture', '### NEXUS-2000: Query Performance', '#### Features', '### ✅ Completed', '### 🚧 In Progress', '## Risks', '## Success Metrics',
  '## Dependencies', '## Prioritization Framework', '### P0 (Must Have - Blocking Launch)', '## Communication Plan', '## Resource Allocation', '## Notes',
  '**Owner:** Emily Watson (Platform Team)', '**Target:** December 2024', '**Goal**: Create sharded database in < 2 minutes', '**Features**:',
  '- **Goal**: Support 1000+ isolated tenants', '- **Success Metrics**:', '  - < 100ms tenant switching', '  - $50M ARR', '- [x] Done thing', '- [ ] Open thing #12',
  '- Alpha release v0.4.0 (2025-09-26)', '- RC release v0.9.0 (2025-10-24), GA v1.0.0 (2025-11-07)', '- Post-1.0: Helm chart (Dec)', '- X depends on Y and Z.',
  '1. **SR-2024-001 delay** - If review fails, QS-300 slips', '   - Mitigation: Early testing', '- **Weekly**: Standups', '- **Q1**: 25 engineers (current)',
  '| Team | Q4 Focus | Lead |', '|------|----------|------|', '| Platform | NEXUS-2000, cost | Emily Watson |', '---', '> quoted', '```', 'code', '<div>html</div>',
  '<!-- comment -->', 'Plain paragraph text.', '', '', '  ', '---\ntitle: Fuzz\n---', '### <¯ Theme 1: Scale', '## üó∫Ô∏è Horizon 1', '### âœ… Completed', '- Last updated: 2025-09-12',
];

const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...fragments) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('#', '##', '###', '-', '- [ ]', '1.', '|', '**x**:', '>'), fc.string({ maxLength: 20 })).map(([a, b]) => `${a} ${b}`) },
);
const document = fc.tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));

describe('importer: property-based robustness', function () {
  this.timeout(300_000);

  it('random Markdown documents never throw, give a schema-valid model and coverage that adds up', () => {
    fc.assert(fc.property(document, (text) => void check(text)), { numRuns: 2500, seed: 20250101 });
  });

  it('mutated seed roadmaps (lines dropped, duplicated, moved, garbled) stay valid', async () => {
    const seeds = await Promise.all(['000', '001', '002', '003', '004'].map(async (n) => splitLines(await (await fetch(`/test/fixtures/seeds/${n}.md`)).text())));
    const mutation = fc.record({ seed: fc.integer({ min: 0, max: 4 }), ops: lineEdits(fc.string({ maxLength: 12 }), 12) });
    fc.assert(
      fc.property(mutation, ({ seed, ops }) => void check(applyLineEdits(seeds[seed]!, ops).join('\n'))),
      { numRuns: 600, seed: 7 },
    );
  });

  it('long documents (seeds run together, with random lines between), parsed section by section, stay valid', async () => {
    const seeds = await Promise.all(['000', '001', '002', '003', '004'].map(async (n) => (await fetch(`/test/fixtures/seeds/${n}.md`)).text()));
    const piece = fc.oneof({ weight: 2, arbitrary: fc.integer({ min: 0, max: 4 }).map((i) => seeds[i]!) }, { weight: 3, arbitrary: fc.array(line, { minLength: 1, maxLength: 30 }).map((ls) => ls.join('\n')) });
    const long = fc.array(piece, { minLength: 3, maxLength: 6 }).map((ps) => ps.join('\n'));
    fc.assert(
      fc.property(long, (text) => {
        const { coverage } = check(text);
        expect(coverage.lines).to.be.greaterThan(0);
      }),
      { numRuns: 15, seed: 99 },
    );
  });

  it('odd inputs: empty, whitespace, a BOM, one huge line, deep nesting, binary noise', () => {
    expect(check('').coverage.lines).to.equal(0);
    expect(check('\n\n  \n').coverage).to.include({ blank: 3, mapped: 0 });
    expect(check('\uFEFF# Title\n').roadmap.meta.title).to.equal('Title');
    check(`# ${'word '.repeat(20_000)}`);
    check(Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'));
    check(Array.from({ length: 300 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join(''));
    expect(parseRoadmapMarkdown(undefined as unknown as string).roadmap.schemaVersion).to.equal('1.0');
  });
});
