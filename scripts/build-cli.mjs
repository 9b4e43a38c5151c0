// Builds the `roadmap-elements` command into dist/cli/roadmap-elements.js: one ES module for
// Node 20 with the importer and model bundled in; the Markdown parser packages stay as
// dependencies. `npm run build` and `npm test` both call this.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

export async function buildCli() {
  const outfile = `${root}dist/cli/roadmap-elements.js`;
  await build({
    entryPoints: [`${root}src/cli/roadmap-elements.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o755);
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
