// Bundles the framework examples (demo/frameworks/react, demo/frameworks/vue) into one browser
// module each, for the tests: React is CommonJS and Vue's package expects a bundler, so neither
// can be served as it is. `roadmap-elements` resolves to src/index.ts; `.vue` files are compiled
// with Vue's own @vue/compiler-sfc, with the roadmap tags declared custom elements, as a Vite or
// webpack setup would do. All offline, in memory, in well under a second.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

/** The tags the Vue compiler must leave to the browser (the README's Vue recipe uses the same test). */
export const isRoadmapElement = (tag) => /^(roadmap-(provider|timeline)|initiative-card|risk-matrix|metric-scorecard)$/.test(tag);

const vueSfc = {
  name: 'vue-sfc',
  setup(b) {
    b.onLoad({ filter: /\.vue$/ }, async (args) => {
      const { parse, compileScript } = await import('vue/compiler-sfc');
      const source = await readFile(args.path, 'utf8');
      const { descriptor, errors } = parse(source, { filename: args.path });
      if (errors.length) return { errors: errors.map((e) => ({ text: String(e.message ?? e) })) };
      const script = compileScript(descriptor, {
        id: args.path.replace(/\W+/g, '-'),
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement: isRoadmapElement } },
      });
      return { contents: script.content, loader: script.lang === 'ts' ? 'ts' : 'js', resolveDir: dirname(args.path) };
    });
  },
};

const ENTRIES = {
  react: 'demo/frameworks/react/mount.tsx',
  vue: 'demo/frameworks/vue/mount.ts',
};

/** One example as an ES module (text). `name`: `react` or `vue`. */
export async function buildFrameworkExample(name) {
  const entry = ENTRIES[name];
  if (!entry) throw new Error(`no framework example named ${name}`);
  const out = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    conditions: ['production'],
    alias: { 'roadmap-elements': join(root, 'src/index.ts') },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true } },
    plugins: [vueSfc],
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}
