// `vite build`: the library as ES modules with lit, d3 and the Markdown parser left as imports.
// The self-contained bundle for <script type="module"> use (dist/cdn/) is built by
// scripts/build-bundle.mjs with esbuild: one file, plus the importer as a sibling it loads lazily.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyCssTemplatesPlugin } from './scripts/minify-css-templates.mjs';

const here = import.meta.dirname;
const TAGS = ['roadmap-provider', 'roadmap-timeline', 'initiative-card', 'risk-matrix', 'metric-scorecard'];

export default defineConfig(() => {
  const entries: Record<string, string> = {
    index: resolve(here, 'src/index.ts'),
    model: resolve(here, 'src/model/index.ts'),
    importer: resolve(here, 'src/importer/index.ts'),
    export: resolve(here, 'src/export/index.ts'),
    ...Object.fromEntries(TAGS.map((t) => [`components/${t}/${t}`, resolve(here, `src/components/${t}/${t}.ts`)])),
  };
  return {
    publicDir: false,
    plugins: [minifyCssTemplatesPlugin()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: false,
      reportCompressedSize: false,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^d3-/, /^mdast-/, /^micromark/],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
