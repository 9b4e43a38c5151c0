// Regenerates the seed fixtures: test/fixtures/seeds/00N.md (byte-identical copies of the seed
// roadmaps) and 00N.json (their imported model, importer diagnostics included). The browser test
// test/importer/seeds.test.ts re-imports each .md and checks it still equals the .json.
//   node scripts/write-fixtures.mjs [--seeds <dir>]   (default: ../shared/seeds, else the existing .md copies)
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadImporter } from './load-importer.mjs';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'test/fixtures/seeds');
const arg = process.argv.indexOf('--seeds');
const seedDir = arg > 0 ? process.argv[arg + 1] : join(root, '../shared/seeds');
mkdirSync(outDir, { recursive: true });

if (existsSync(seedDir)) {
  for (const name of readdirSync(seedDir).filter((n) => /^\d{3}_.*\.txt$/.test(n)).sort()) {
    writeFileSync(join(outDir, `${name.slice(0, 3)}.md`), readFileSync(join(seedDir, name)));
  }
}

const { parseRoadmapMarkdown, validateRoadmap } = await loadImporter();
let failed = 0;
for (const md of readdirSync(outDir).filter((n) => /^\d{3}\.md$/.test(n)).sort()) {
  const text = readFileSync(join(outDir, md), 'utf8');
  const { roadmap, diagnostics, coverage } = parseRoadmapMarkdown(text, { file: md });
  const doc = { ...roadmap, diagnostics };
  const errors = validateRoadmap(doc).diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || coverage.unaccounted.length) failed++;
  writeFileSync(join(outDir, md.replace(/\.md$/, '.json')), `${JSON.stringify(doc, null, 2)}\n`);
  const count = (k) => `${roadmap[k].length} ${k}`;
  console.log(`${md}: ${(coverage.ratio * 100).toFixed(1)}% of ${coverage.lines - coverage.blank} lines; ${['periods', 'initiatives', 'milestones', 'metrics', 'risks', 'goals', 'themes'].map(count).join(', ')}; ${diagnostics.length} diagnostics${errors.length ? `; ${errors.length} SCHEMA ERRORS` : ''}`);
}
process.exit(failed ? 1 : 0);
