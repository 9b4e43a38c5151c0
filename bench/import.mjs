// Importer throughput on a generated ~1 MB Markdown roadmap (quarters, numbered initiatives with
// labelled fields, checklists, metrics, risks, tables). A benchmark, not a test: it prints MB/s.
//   node bench/import.mjs [--mb 1] [--runs 7]
import { loadImporter } from '../scripts/load-importer.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const targetBytes = arg('mb', 1) * 1024 * 1024;
const runs = arg('runs', 7);

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

const { parseRoadmapMarkdown } = await loadImporter();
const text = generate(targetBytes);
const mb = Buffer.byteLength(text) / (1024 * 1024);
parseRoadmapMarkdown(text); // warm-up
const times = [];
let result;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  result = parseRoadmapMarkdown(text);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const r = result.roadmap;
console.log(`importer: ${mb.toFixed(2)} MB, ${result.coverage.lines} lines → ${r.initiatives.length} initiatives, ${r.metrics.length} metrics, ${r.periods.length} periods; coverage ${(result.coverage.ratio * 100).toFixed(1)}%`);
console.log(`importer: median ${median.toFixed(0)} ms (best ${times[0].toFixed(0)} ms over ${runs} runs) = ${(mb / (median / 1000)).toFixed(2)} MB/s (goal ≥ 5 MB/s)`);
