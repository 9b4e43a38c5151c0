// The generated roadmap bench/import.mjs measures (also parsed by the importer's differential
// test, test/importer/fast-markdown.test.ts): quarters, numbered initiatives with labelled fields,
// checklists, metrics, risks, tables, about `bytes` characters long.
export function generateRoadmapMarkdown(bytes) {
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
