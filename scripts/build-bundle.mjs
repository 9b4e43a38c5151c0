// The single-file bundle for `<script type="module" src="…">` (package export `./bundle`):
//   roadmap-elements.min.js           every element registered, every class and function exported;
//                                     Lit, @lit/context and the D3 parts inside; no other import
//                                     but the lazy ones below
//   roadmap-elements-importer.min.js  the Markdown importer, self-contained, imported by the file
//                                     above (relative to its own address) only when a `.md`
//                                     roadmap is loaded
//   roadmap-elements-export.min.js    SVG/PNG export and the timeline's print view, imported the
//                                     same way when the browser is idle or a picture is asked for
//   roadmap-elements-load.min.js      reading a roadmap document's text and fetching it, and
//                                     reading times written as text ("Q3 2025"), imported the
//                                     same way when a roadmap comes from `src` or a script, or
//                                     is an object that writes a time as text
// All are minified with the same settings `npm run size` measures (esbuild, then terser: scripts/minify.mjs). `npm run build` writes them to
// dist/cdn/; the browser tests build them in memory (scripts/wtr-builds.mjs) before loading them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { orderedEntry } from './bundle-order.mjs';
import { CHUNKS, lazyChunks } from './lazy-chunks.mjs';
import { minifyCssTemplatesEsbuild } from './minify-css-templates.mjs';
import { compress } from './minify.mjs';

const root = new URL('..', import.meta.url).pathname;

export const BUNDLE_FILE = 'roadmap-elements.min.js';
export const IMPORTER_FILE = CHUNKS.find((c) => c.name === 'importer').file;
export const EXPORT_FILE = CHUNKS.find((c) => c.name === 'export').file;

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
  const one = (entry, outfile, plugins = []) => build({ ...common, ...entry, outfile, write: false, sourcemap: sourcemap ? 'external' : false, plugins: [...plugins, minifyCssTemplatesEsbuild()] });
  // The main bundle with its CSS, model and layout modules first (scripts/bundle-order.mjs).
  const main = await orderedEntry('src/index.ts', { plugins: [lazyChunks()], whole: true });
  // Each file's own lazy imports (the main bundle's, the load chunk's of the importer) become imports of the siblings.
  const outputs = await Promise.all([one(main, BUNDLE_FILE, [lazyChunks()]), ...CHUNKS.map((c) => one({ entryPoints: [join(root, c.entry)] }, c.file, [lazyChunks()]))]);
  const files = new Map();
  for (const o of outputs) {
    const js = o.outputFiles.find((f) => f.path.endsWith('.js'));
    const map = o.outputFiles.find((f) => f.path.endsWith('.map'));
    const name = js.path.split('/').pop();
    // The export chunk is fetched while the browser is idle, long before it runs: no compile hint.
    const out = await compress(js.text, map ? { map: map.text, file: name } : undefined, { hint: CHUNKS.find((c) => c.file === name)?.hint ?? true });
    files.set(name, new TextEncoder().encode(out.code));
    if (out.map) files.set(`${name}.map`, new TextEncoder().encode(out.map));
  }
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
