// Size of each self-contained bundle (Lit and the model inside, minified as shipped, then gzipped),
// on every `npm run build` (its last step) and so in CI.
//   goal     the budget the project aims at (whole library without its lazy chunks 50 KB, the
//            timeline alone 40 KB, the importer chunk 80 KB); reported as met or not
//   ceiling  the size a bundle may not grow past: today's figure plus a little. The build fails
//            above it, so no change makes a bundle silently bigger; lower it as sizes come down,
//            until it reaches the goal. `--goals` fails on any unmet goal as well.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { orderedEntry } from './bundle-order.mjs';
import { CHUNKS, lazyChunks } from './lazy-chunks.mjs';
import { minifyCssTemplatesEsbuild } from './minify-css-templates.mjs';
import { compress } from './minify.mjs';

const root = new URL('..', import.meta.url).pathname;
const KB = 1024;
const goals = process.argv.includes('--goals');
const targets = [
  { name: 'whole library (without lazy chunks)', entry: 'src/index.ts', goal: 50, ceiling: 81 },
  { name: 'roadmap-timeline alone', entry: 'src/components/roadmap-timeline/roadmap-timeline.ts', goal: 40, ceiling: 40 },
  { name: 'initiative-card alone', entry: 'src/components/initiative-card/initiative-card.ts', ceiling: 34.6 },
  { name: 'risk-matrix alone', entry: 'src/components/risk-matrix/risk-matrix.ts', ceiling: 33.7 },
  { name: 'metric-scorecard alone', entry: 'src/components/metric-scorecard/metric-scorecard.ts', ceiling: 34.3 },
  { name: 'importer chunk', entry: 'src/importer/index.ts', goal: 80, ceiling: 80 },
  { name: 'export chunk (SVG, PNG, print view)', entry: 'src/export/index.ts', ceiling: 13.2 },
  { name: 'load chunk (text, URLs, written times)', entry: 'src/controllers/load-text.ts', ceiling: 4.8 },
];

let failed = false;
const rows = [];
for (const t of targets) {
  // The element bundles as build-bundle.mjs orders them (the chunks as they are).
  const chunk = CHUNKS.some((c) => c.entry === t.entry);
  const entry = chunk ? { entryPoints: [`${root}${t.entry}`] } : await orderedEntry(t.entry, { plugins: [lazyChunks()], whole: t.entry === 'src/index.ts' });
  const out = await build({
    ...entry, bundle: true, minify: true, write: false, format: 'esm', target: 'es2022',
    conditions: ['production'], legalComments: 'none', logLevel: 'error', plugins: [lazyChunks(), minifyCssTemplatesEsbuild()],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  const code = Buffer.from((await compress(out.outputFiles[0].text, undefined, { hint: CHUNKS.find((c) => c.entry === t.entry)?.hint ?? true })).code);
  const gz = gzipSync(code, { level: 9 }).length / KB;
  const over = gz > t.ceiling;
  const unmet = t.goal !== undefined && gz > t.goal;
  if (over || (goals && unmet)) failed = true;
  const goal = t.goal === undefined ? '' : `goal ${t.goal} KB ${unmet ? 'NOT MET' : 'met'}; `;
  rows.push(`${over ? 'OVER' : '  ok'}  ${t.name.padEnd(36)} ${(code.length / KB).toFixed(1).padStart(7)} KB min ${gz.toFixed(1).padStart(6)} KB gzip  (${goal}ceiling ${t.ceiling} KB)`);
}
console.log(`size:\n${rows.join('\n')}`);
if (failed) {
  console.error(`size: a bundle is over its ${goals ? 'goal or ' : ''}ceiling`);
  process.exit(1);
}
