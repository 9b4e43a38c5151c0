// The single-file bundle for `<script type="module" src="…">` (package export `./bundle`):
//   roadmap-elements.min.js           every element registered, every class and function exported;
//                                     Lit, @lit/context and the D3 parts inside; no other import
//                                     but the one below
//   roadmap-elements-importer.min.js  the Markdown importer, self-contained, imported by the file
//                                     above (relative to its own address) only when a `.md`
//                                     roadmap is loaded
// Both are minified with the same settings `npm run size` measures. `npm run build` writes them to
// dist/cdn/; the browser tests build them in memory (scripts/wtr-builds.mjs) before loading them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { minifyCssTemplatesEsbuild } from './minify-css-templates.mjs';

const root = new URL('..', import.meta.url).pathname;

export const BUNDLE_FILE = 'roadmap-elements.min.js';
export const IMPORTER_FILE = 'roadmap-elements-importer.min.js';

/** The main bundle's lazy `import('../importer/index.js')` becomes `import('./roadmap-elements-importer.min.js')`. */
const siblingImporter = {
  name: 'sibling-importer',
  setup(b) {
    b.onResolve({ filter: /importer\/index\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: `./${IMPORTER_FILE}`, external: true } : undefined));
  },
};

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  legalComments: 'none',
  logLevel: 'error',
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
};

/**
 * Builds both files. With `outdir`, writes them (and source maps); without, returns them in memory.
 * @returns {Promise<Map<string, Uint8Array>>} file name → contents
 */
export async function buildBundle({ outdir, sourcemap = Boolean(outdir) } = {}) {
  const [main, importer] = await Promise.all([
    build({ ...common, entryPoints: [join(root, 'src/index.ts')], outfile: BUNDLE_FILE, write: false, sourcemap: sourcemap ? 'external' : false, plugins: [siblingImporter, minifyCssTemplatesEsbuild()] }),
    build({ ...common, entryPoints: [join(root, 'src/importer/index.ts')], outfile: IMPORTER_FILE, write: false, sourcemap: sourcemap ? 'external' : false, plugins: [minifyCssTemplatesEsbuild()] }),
  ]);
  const files = new Map();
  for (const f of [...main.outputFiles, ...importer.outputFiles]) files.set(f.path.split('/').pop(), f.contents);
  if (outdir) {
    mkdirSync(outdir, { recursive: true });
    for (const [name, contents] of files) writeFileSync(join(outdir, name), contents);
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outdir = resolve(root, process.argv[2] ?? 'dist/cdn');
  const files = await buildBundle({ outdir });
  const sizes = [...files].filter(([n]) => n.endsWith('.js')).map(([n, c]) => `${n} ${(c.length / 1024).toFixed(1)} KB`);
  console.log(`bundle: ${outdir}: ${sizes.join(', ')}`);
}
