// Importer throughput: a generated ~1 MB Markdown roadmap (quarters, numbered initiatives with
// labelled fields, checklists, metrics, risks, tables) and each seed roadmap in test/fixtures/seeds.
// A benchmark, not a test: it prints MB/s (1 MB = 2^20 bytes of UTF-8), the median of several runs.
// It also times the Markdown parser alone on the generated roadmap, the ceiling for the importer.
//   node bench/import.mjs [--mb 1] [--runs 7] [--seed-runs 25] [--whole]
//   --whole  also parses the generated roadmap in one piece, as micromark would without the
//            importer's cutting at headings (slow: minutes for 1 MB)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadImporter } from '../scripts/load-importer.mjs';

const root = new URL('..', import.meta.url).pathname;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const targetBytes = arg('mb', 1) * 1024 * 1024;
const runs = arg('runs', 7);
const seedRuns = arg('seed-runs', 25);
const whole = process.argv.includes('--whole');

function generate(bytes) {
  const out = ['# Generated Product Roadmap 2025', '', '**Author:** Bench Author (VP Product)', '**Date:** January 6, 2025', ''];
  let size = out.join('\n').length;
  let n = 0;
  for (let year = 2025; size < bytes; year++) {
    for (let q = 1; q <= 4 && size < bytes; q++) {
      const block = [`## Q${q} ${year}`, '', '### Major Initiatives', ''];
      for (let k = 1; k <= 12; k++) {
        n++;
        block.push(
          `#### ${k}. Initiative ${n}: Scale the ${['ingest', 'query', 'billing', 'search'][n % 4]} tier`,
          `- **Goal**: Support ${1000 + n}+ isolated tenants`,
          `- **Owner**: Person ${n % 50} (Team ${n % 7})`,
          '- **Features**:',
          `  - Feature A for item ${n}`,
          `  - Feature B with [link](https://example.com/${n}) and PROJ-${n}`,
          `  - Feature C (${n % 90}% faster)`,
          '- **Success Metrics**:',
          `  - < ${100 + (n % 400)}ms p95 latency`,
          `  - ${90 + (n % 9)}% user adoption`,
          '',
        );
      }
      block.push('### Technical Debt', '- [x] Upgrade dependencies', '- [ ] Remove legacy flags', '', '| Team | Q Focus | Lead |', '|---|---|---|', `| Platform | PROJ-${n}, cost work | Lead ${q} |`, '');
      const text = block.join('\n');
      out.push(text);
      size += text.length + 1;
    }
  }
  out.push('## Risks', '', '1. **Capacity** - If load doubles, latency slips', '   - Mitigation: Autoscaling', '', '## Success Metrics', '', '- **Revenue**: $50M ARR', '- **Churn**: < 5% annually', '');
  return out.join('\n');
}

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
const parsed = measure(() => parseMarkdown(text), runs);
console.log(`parser alone (micromark + mdast + GFM, cut at headings), same roadmap: ${describe(mb, parsed)}; ${((parsed.median / imported.median) * 100).toFixed(0)}% of the importer's time`);
if (whole) {
  const t = measure(() => parseMarkdown(text, { minChunk: Infinity }), 1);
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
