// Writes the model's JSON Schema (draft 2020-12) to schema.json (committed, for editors and
// `$schema` links) and, when given a path, to that path too (the build ships dist/schema.json).
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const out = await build({ entryPoints: [`${root}src/model/json-schema.ts`], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'warning' });
const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
const { roadmapJsonSchema } = await import(url);
const text = `${JSON.stringify(roadmapJsonSchema(), null, 2)}\n`;
writeFileSync(`${root}schema.json`, text);
for (const target of process.argv.slice(2)) writeFileSync(target, text);
console.log(`schema: ${Object.keys(roadmapJsonSchema().$defs).length} definitions written`);
