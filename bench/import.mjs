// Importer throughput: a generated ~1 MB Markdown roadmap (quarters, numbered initiatives with
// labelled fields, checklists, metrics, risks, tables) and each seed roadmap in test/fixtures/seeds.
// A benchmark, not a test: it prints MB/s (1 MB = 2^20 bytes of UTF-8), the median of several runs.
// It also times the Markdown parser alone on the generated roadmap, the ceiling for the importer:
// as the importer runs it (without paragraphs' phrasing content, which the importer never reads),
// and with phrasing with and without the fast path (src/importer/fast-markdown.ts), checking that
// those two trees agree.
//   node bench/import.mjs [--mb 1] [--runs 7] [--seed-runs 25] [--whole]
//   --whole  also parses the generated roadmap in one piece, as micromark would without the
//            importer's cutting at headings (slow: minutes for 1 MB)
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadImporter } from '../scripts/load-importer.mjs';
import { generateRoadmapMarkdown as generate } from './import-document.mjs';

const root = new URL('..', import.meta.url).pathname;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const targetBytes = arg('mb', 1) * 1024 * 1024;
const runs = arg('runs', 7);
const seedRuns = arg('seed-runs', 25);
const whole = process.argv.includes('--whole');

/** Run `fn` `count` times after one warm-up; median and best wall time and mean CPU time per run, in ms. */
function measure(fn, count) {
  fn();
  const times = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], best: times[0], cpu: (cpu.user + cpu.system) / 1000 / count, count };
}

const rate = (mb, ms) => (mb / (ms / 1000)).toFixed(2);
const describe = (mb, t) => `${rate(mb, t.median)} MB/s (median of ${t.count} runs: ${t.median.toFixed(t.median < 100 ? 1 : 0)} ms; best ${rate(mb, t.best)} MB/s; by CPU time ${rate(mb, t.cpu)} MB/s)`;

const { parseRoadmapMarkdown, parseMarkdown } = await loadImporter();

// The generated roadmap.
const text = generate(targetBytes);
const mb = Buffer.byteLength(text) / (1024 * 1024);
let result;
const imported = measure(() => (result = parseRoadmapMarkdown(text)), runs);
const r = result.roadmap;
console.log(`generated roadmap: ${mb.toFixed(2)} MB, ${result.coverage.lines} lines → ${r.initiatives.length} initiatives, ${r.metrics.length} metrics, ${r.periods.length} periods; coverage ${(result.coverage.ratio * 100).toFixed(1)}%`);
console.log(`importer, generated ${mb.toFixed(2)} MB roadmap: ${describe(mb, imported)} (goal ≥ 5 MB/s)`);
const lean = measure(() => parseMarkdown(text, { phrasing: false }), runs);
console.log(`parser alone as the importer runs it (fast path without phrasing content, micromark for declined sections), same roadmap: ${describe(mb, lean)}; ${((lean.median / imported.median) * 100).toFixed(0)}% of the importer's time`);
let fastTree;
const parsed = measure(() => (fastTree = parseMarkdown(text)), runs);
console.log(`parser alone with phrasing content (fast path, micromark for declined sections): ${describe(mb, parsed)}`);
let slowTree;
const micromarkOnly = measure(() => (slowTree = parseMarkdown(text, { fast: false })), Math.min(runs, 3));
console.log(`parser alone without the fast path (micromark + mdast + GFM, cut at headings): ${describe(mb, micromarkOnly)}`);
assert.deepStrictEqual(fastTree, slowTree, 'the fast path built a different tree from micromark');
console.log('fast path tree deep-equals micromark tree (positions included): yes');
if (whole) {
  const t = measure(() => parseMarkdown(text, { minChunk: Infinity, fast: false }), 1);
  console.log(`parser alone, whole document in one piece: ${describe(mb, t)}`);
}

// The seeds.
const seedDir = join(root, 'test/fixtures/seeds');
for (const name of readdirSync(seedDir).filter((n) => /^\d{3}\.md$/.test(n)).sort()) {
  const seed = readFileSync(join(seedDir, name), 'utf8');
  const seedMb = Buffer.byteLength(seed) / (1024 * 1024);
  const t = measure(() => parseRoadmapMarkdown(seed, { file: name }), seedRuns);
  console.log(`importer, seed ${name} (${(seedMb * 1024).toFixed(1)} KB): ${describe(seedMb, t)}`);
}
