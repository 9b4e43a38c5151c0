// Bundles src/importer (TypeScript) with esbuild into node_modules/.cache and imports it, so that
// Node scripts (fixtures, benchmark) run exactly the code the browser runs. Besides the public
// entry it returns validateRoadmap (src/model) and parseMarkdown (the importer's Markdown layer,
// for measuring the parser on its own).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;

export async function loadImporter() {
  const outdir = join(root, 'node_modules/.cache/roadmap-importer');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'importer.mjs');
  await build({
    entryPoints: { importer: join(root, 'src/importer/index.ts'), model: join(root, 'src/model/index.ts'), markdown: join(root, 'src/importer/markdown.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const stamp = `?t=${Date.now()}`;
  const importer = await import(pathToFileURL(outfile).href + stamp);
  const model = await import(pathToFileURL(join(outdir, 'model.mjs')).href + stamp);
  const markdown = await import(pathToFileURL(join(outdir, 'markdown.mjs')).href + stamp);
  return { ...importer, validateRoadmap: model.validateRoadmap, parseMarkdown: markdown.parseMarkdown };
}
