// Size budgets: each self-contained bundle (Lit and D3 inside, minified) is measured gzipped;
// the run fails when one is over budget. Runs at the end of `npm run build`.
//   whole library without its lazy chunks ≤ 50 KB · the timeline alone ≤ 40 KB · importer chunk (reported)
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyCssTemplatesEsbuild } from './minify-css-templates.mjs';
import { compress } from './minify.mjs';

const root = new URL('..', import.meta.url).pathname;
const KB = 1024;
const targets = [
  { name: 'whole library (without lazy chunks)', entry: 'src/index.ts', budget: 50 * KB, external: ['../importer/index.js'] },
  { name: 'roadmap-timeline alone', entry: 'src/components/roadmap-timeline/roadmap-timeline.ts', budget: 40 * KB, external: ['../importer/index.js'] },
  { name: 'initiative-card alone', entry: 'src/components/initiative-card/initiative-card.ts', external: ['../importer/index.js'] },
  { name: 'risk-matrix alone', entry: 'src/components/risk-matrix/risk-matrix.ts', external: ['../importer/index.js'] },
  { name: 'metric-scorecard alone', entry: 'src/components/metric-scorecard/metric-scorecard.ts', external: ['../importer/index.js'] },
  { name: 'importer chunk', entry: 'src/importer/index.ts', budget: 80 * KB },
  { name: 'export chunk (SVG, PNG, print view)', entry: 'src/export/index.ts' },
];

/** Leaves the lazily imported importer and export code out, as the real bundle does (they are sibling chunks). */
const lazyImporter = {
  name: 'lazy-importer',
  setup(b) {
    b.onResolve({ filter: /(importer|export)\/index\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

let failed = false;
const rows = [];
for (const t of targets) {
  const out = await build({
    entryPoints: [`${root}${t.entry}`], bundle: true, minify: true, write: false, format: 'esm', target: 'es2022',
    conditions: ['production'], legalComments: 'none', logLevel: 'error', plugins: [lazyImporter, minifyCssTemplatesEsbuild()],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  const code = Buffer.from((await compress(out.outputFiles[0].text)).code);
  const gz = gzipSync(code, { level: 9 }).length;
  const over = t.budget && gz > t.budget;
  if (over) failed = true;
  rows.push(`${over ? 'OVER' : '  ok'}  ${t.name.padEnd(36)} ${(code.length / KB).toFixed(1).padStart(7)} KB min ${(gz / KB).toFixed(1).padStart(6)} KB gzip${t.budget ? `  (budget ${t.budget / KB} KB)` : ''}`);
}
console.log(`size:\n${rows.join('\n')}`);
if (failed) {
  console.error('size: a bundle is over its budget');
  process.exit(1);
}
