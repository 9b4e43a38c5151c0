// custom-elements.json must be current (generated from src and committed) and must document,
// for every element, a summary, its parts and its events. Storybook reads it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// The analyzer resolves --outdir against the working directory.
const rel = 'node_modules/.cache/cem-check';
const tmp = join(root, rel);
mkdirSync(tmp, { recursive: true });
// The analyzer rewrites package.json's `customElements` to the outdir it was given: keep ours.
const pkg = readFileSync(join(root, 'package.json'), 'utf8');
try {
  execFileSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--outdir', rel], { cwd: root, stdio: 'pipe' });
  const fresh = readFileSync(join(tmp, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
  } catch {}
  const problems = [];
  if (JSON.stringify(JSON.parse(fresh)) !== (committed && JSON.stringify(JSON.parse(committed)))) {
    problems.push('custom-elements.json is out of date: run `npm run analyze` and commit it');
  }
  const manifest = JSON.parse(fresh);
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement || d.tagName);
  for (const el of elements) {
    const name = el.tagName ?? el.name;
    if (!el.summary) problems.push(`${name}: no @summary`);
    if (!(el.cssParts ?? []).length) problems.push(`${name}: no @csspart`);
    if (!(el.events ?? []).length) problems.push(`${name}: no @fires`);
    for (const member of el.members ?? []) {
      if (member.privacy || member.static || member.kind !== 'field') continue;
      if (!member.description) problems.push(`${name}.${member.name}: public property without a description`);
    }
  }
  if (problems.length) {
    console.error(problems.map((p) => `manifest: ${p}`).join('\n'));
    process.exitCode = 1;
  } else {
    console.log(`manifest: ${elements.length} elements documented and current`);
  }
} finally {
  writeFileSync(join(root, 'package.json'), pkg);
  rmSync(tmp, { recursive: true, force: true });
}
