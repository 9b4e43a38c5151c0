// `vite build`: the library as ES modules with lit, d3 and the Markdown parser left as imports.
// `vite build --mode cdn`: one self-contained minified module for <script type="module"> use
// (Lit and D3 inside); the Markdown importer becomes a sibling chunk it loads only when needed.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyCssTemplatesPlugin } from './scripts/minify-css-templates.mjs';

const here = import.meta.dirname;
const TAGS = ['roadmap-provider', 'roadmap-timeline', 'initiative-card', 'risk-matrix', 'metric-scorecard'];

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  const entries: Record<string, string> = cdn
    ? { 'roadmap-elements.min': resolve(here, 'src/index.ts') }
    : {
        index: resolve(here, 'src/index.ts'),
        model: resolve(here, 'src/model/index.ts'),
        importer: resolve(here, 'src/importer/index.ts'),
        ...Object.fromEntries(TAGS.map((t) => [`components/${t}/${t}`, resolve(here, `src/components/${t}/${t}.ts`)])),
      };
  return {
    publicDir: false,
    plugins: [minifyCssTemplatesPlugin()],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: cdn,
      reportCompressedSize: false,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        external: cdn ? [] : [/^lit($|\/)/, /^@lit\//, /^d3-/, /^mdast-/, /^micromark/],
        output: cdn ? { chunkFileNames: '[name]-[hash].min.js' } : { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
