// The library's lazily loaded chunks: code that drawing a roadmap object never needs, imported
// dynamically on first need. Every self-contained build leaves these imports as imports (of the
// sibling files the single-file bundle ships with), and `npm run size` / `npm run bench` leave the
// chunks out of the files they measure.
//   importer  the Markdown importer, when a `.md` roadmap is read
//   export    SVG and PNG export and the timeline's print view, fetched when the browser is idle
//   load      reading a document's text (JSON syntax errors, Markdown detection) and fetching it,
//             when a roadmap comes from `src` or an inline script rather than as an object; and
//             reading times written as text ("Q3 2025"), which such documents, and some objects,
//             need (model/validate.ts `checkRoadmap`)

/** @typedef {{ name: string, match: RegExp, entry: string, file: string, hint: boolean }} Chunk */

/** @type {Chunk[]} `hint`: the chunk runs as soon as it loads (see COMPILE_HINT in minify.mjs). */
export const CHUNKS = [
  { name: 'importer', match: /(^|\/)importer\/index\.js$/, entry: 'src/importer/index.ts', file: 'roadmap-elements-importer.min.js', hint: true },
  { name: 'export', match: /(^|\/)export\/index\.js$/, entry: 'src/export/index.ts', file: 'roadmap-elements-export.min.js', hint: false },
  { name: 'load', match: /(^|\/)load-text\.js$/, entry: 'src/controllers/load-text.ts', file: 'roadmap-elements-load.min.js', hint: true },
];

/**
 * esbuild plugin: a dynamic import of a chunk stays an import, of `fileOf(chunk)` (default: the
 * sibling file of the single-file bundle).
 * @param {(chunk: Chunk) => string} [fileOf]
 */
export function lazyChunks(fileOf = (chunk) => `./${chunk.file}`) {
  return {
    name: 'lazy-chunks',
    setup(b) {
      b.onResolve({ filter: /(importer\/index|export\/index|load-text)\.js$/ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const chunk = CHUNKS.find((c) => c.match.test(args.path));
        return chunk ? { path: fileOf(chunk), external: true } : undefined;
      });
    },
  };
}
