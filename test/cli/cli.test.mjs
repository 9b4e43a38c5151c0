// The `roadmap-elements` CLI, run as a child process. `npm test` builds it first (scripts/build-cli.mjs).
// Run: node --test test/cli/
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../..', import.meta.url).pathname;
const cli = [join(root, 'dist/cli/roadmap-elements.js')].find(existsSync);
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });
const tmp = mkdtempSync(join(tmpdir(), 'roadmap-cli-'));
const seed = (n) => join(root, `test/fixtures/seeds/${n}.md`);

test('the CLI has been built', () => assert.ok(cli, 'run `node scripts/build-cli.mjs` first'));

test('import prints the model of a seed: valid, 100% coverage, exit 0', { skip: !cli }, () => {
  const r = run('import', seed('003'));
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.schemaVersion, '1.0');
  assert.equal(doc.meta.title, 'Product Roadmap: Zero-Touch Sharding Platform');
  assert.equal(doc.initiatives.length, 20);
  assert.match(r.stderr, /003\.md: 100\.0% of 275 non-blank lines accounted for/);
  assert.match(r.stderr, /^.*003\.md:323:1 warning ref\.ambiguous "Marketplace integrations"/m);
});

test('import -o writes the same JSON as the committed fixture', { skip: !cli }, () => {
  for (const n of ['000', '001', '002', '003', '004']) {
    const out = join(tmp, `${n}.json`);
    const r = run('import', seed(n), '-o', out, '--quiet');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), JSON.parse(readFileSync(join(root, `test/fixtures/seeds/${n}.json`), 'utf8')));
    assert.doesNotMatch(r.stderr, / info /);
  }
});

test('--strict turns warnings into exit 1; a clean file still exits 0', { skip: !cli }, () => {
  assert.equal(run('import', seed('004'), '--strict', '-o', join(tmp, 'x.json')).status, 1);
  assert.equal(run('import', seed('000'), '--strict', '-o', join(tmp, 'y.json')).status, 0);
});

test('--as-of anchors relative horizons', { skip: !cli }, () => {
  const r = run('import', seed('002'), '--as-of', '2025-01-15');
  assert.equal(r.status, 0);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.meta.asOf.start, '2025-01-15');
  assert.deepEqual(doc.periods.map((p) => p.time.start), ['2025-01-15', '2025-04-15', '2025-07-15']);
});

test('validate: a fixture is valid; a broken model names the JSON path; bad JSON names line and column', { skip: !cli }, () => {
  const ok = run('validate', join(root, 'test/fixtures/seeds/001.json'));
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stderr, /001\.json: valid/);
  const bad = join(tmp, 'bad.json');
  writeFileSync(bad, JSON.stringify({ schemaVersion: '1.0', meta: { title: 'x' }, initiatives: [{ id: 'a', title: 'A', status: 'nearly' }] }));
  const b = run('validate', bad);
  assert.equal(b.status, 1);
  assert.match(b.stderr, /bad\.json:initiatives\[0\]\.status error schema\.enum /);
  const syntax = join(tmp, 'syntax.json');
  writeFileSync(syntax, '{\n  "schemaVersion": "1.0",\n  "meta": {,\n}');
  const s = run('validate', syntax);
  assert.equal(s.status, 1);
  assert.match(s.stderr, /syntax\.json:3:12 error input\.json-syntax /);
});

test('usage errors exit 2 with a message', { skip: !cli }, () => {
  for (const args of [[], ['frobnicate'], ['import'], ['import', seed('000'), '--as-of', 'soon'], ['import', seed('000'), '--bogus'], ['import', join(tmp, 'missing.md')]]) {
    const r = run(...args);
    assert.equal(r.status, 2, `${args.join(' ')} → ${r.status}`);
    assert.match(r.stderr, /roadmap-elements: /);
  }
  for (const args of [['--help'], ['help'], ['import', '--help']]) {
    const r = run(...args);
    assert.equal(r.status, 0, args.join(' '));
    assert.match(r.stdout, /^Usage:/);
  }
});

test('a Markdown file with an error-free but odd structure still imports with line diagnostics', { skip: !cli }, () => {
  const md = join(tmp, 'odd.md');
  writeFileSync(md, '# Odd\n\n## Q1 2025\n\n### 1. Thing\n**Target:** whenever\n');
  const r = run('import', md);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /odd\.md:6:1 warning date\.unparsed /);
});
