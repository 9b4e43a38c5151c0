// `npm test` (after typecheck and the manifest check): Node-side tests (schema agreement with a
// real JSON Schema validator, the CLI), then the browser tests in Chromium. Ends with one plain
// line: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { buildCli } from './build-cli.mjs';
import { findChrome } from './find-chrome.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const only = args.includes('--node-only') ? 'node' : args.includes('--browser-only') ? 'browser' : 'all';
const wtrArgs = args.filter((a) => !a.startsWith('--node-only') && !a.startsWith('--browser-only'));

function walk(dir, match, out = []) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p, match, out);
    else if (match.test(entry.name)) out.push(p);
  }
  return out;
}

let passed = 0;
let failed = 0;
let skipped = 0;

async function runNodeTests() {
  const sources = walk(join(root, 'test/node'), /\.test\.(ts|mjs)$/).concat(walk(join(root, 'test/cli'), /\.test\.mjs$/));
  if (!sources.length) return;
  await buildCli();
  const outdir = join(root, 'node_modules/.cache/roadmap-node-tests');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const ts = sources.filter((s) => s.endsWith('.ts'));
  const files = sources.filter((s) => s.endsWith('.mjs'));
  if (ts.length) {
    await build({ entryPoints: ts, outdir, outbase: root, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outExtension: { '.js': '.mjs' }, logLevel: 'warning' });
    files.push(...ts.map((s) => join(outdir, relative(root, s)).replace(/\.ts$/, '.mjs')));
  }
  const tap = join(outdir, 'results.tap');
  const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files], { stdio: 'inherit', cwd: root });
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + count('cancelled');
  skipped += count('skipped') + count('todo');
  if (result.status !== 0 && count('fail') === 0) failed++;
}

function runBrowserTests() {
  if (!findChrome()) {
    const wanted = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist` : 'no Chromium or Chrome found';
    console.error(`Browser tests need Chromium: ${wanted}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome binary.`);
    failed++;
    return;
  }
  const summary = join(root, 'node_modules/.cache/wtr-summary.json');
  rmSync(summary, { force: true });
  const result = spawnSync(process.execPath, [join(root, 'node_modules/@web/test-runner/dist/bin.js'), '--static-logging', ...wtrArgs], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, WTR_SUMMARY_FILE: summary },
  });
  if (existsSync(summary)) {
    const counts = JSON.parse(readFileSync(summary, 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
    if (result.status !== 0 && counts.failed === 0) failed++;
  } else if (result.status !== 0) failed++;
}

if (only !== 'browser') await runNodeTests();
if (only !== 'node') runBrowserTests();
if (skipped) console.log(`\n${skipped} skipped`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
