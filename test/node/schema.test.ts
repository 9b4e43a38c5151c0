// The published JSON Schema and validateRoadmap must agree: a real JSON Schema validator (Ajv,
// draft 2020-12) and our validator are fed the same documents, valid and broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { roadmapJsonSchema } from '../../src/model/json-schema.js';
import { validateRoadmap } from '../../src/model/validate.js';

const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module }).default ?? Ajv2020Module;
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
// RFC 3339 full-date, written independently of the model's own date code.
ajv.addFormat('date', (value: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return y >= 1 && days !== undefined && d >= 1 && d <= days;
});
const schema = roadmapJsonSchema();
const schemaValid = ajv.compile(schema);
const root = pathToFileURL(`${process.cwd()}/`); // tests run from the project root
const complete = JSON.parse(readFileSync(new URL('test/fixtures/model/complete.json', root), 'utf8'));

/** Our validator's verdict on shape: no `schema.*` / `input.*` errors. (Cross-entity checks such as duplicate ids are beyond JSON Schema.) */
function oursValid(doc: unknown): boolean {
  return !validateRoadmap(doc).diagnostics.some((d) => d.severity === 'error' && /^(schema|input)\./.test(d.code));
}

function agree(doc: unknown, label: string): boolean {
  const a = schemaValid(doc);
  const b = oursValid(doc);
  assert.equal(b, a, `${label}: JSON Schema says ${a ? 'valid' : 'invalid'}, validateRoadmap says ${b ? 'valid' : 'invalid'}\n${JSON.stringify(a ? validateRoadmap(doc).diagnostics : schemaValid.errors, null, 1).slice(0, 1500)}`);
  return a;
}

test('the schema compiles under strict draft 2020-12 and names its parts', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const defs = Object.keys(schema.$defs as object);
  for (const name of ['Initiative', 'Milestone', 'Dependency', 'Risk', 'Metric', 'TimeSpec', 'SourceRef']) assert.ok(defs.includes(name), name);
});

test('descriptions sit where they are written, each on its own place', () => {
  type Part = { description?: string; items?: Part; properties?: Record<string, Part> };
  const defs = schema.$defs as Record<string, Part>;
  assert.equal(defs['Dependency']!.properties!['from']!.description, 'The dependent.');
  assert.equal(defs['Dependency']!.properties!['to']!.description, 'What it needs.');
  // A named part described once is not described again at each use.
  assert.match(defs['Ref']!.description!, /^A pointer written as text/);
  assert.deepEqual(defs['Risk']!.properties!['refs']!.items, { $ref: '#/$defs/Ref' });
  assert.match((schema.properties as Record<string, { description?: string }>)['schemaVersion']!.description!, /^Version of this model/);
});

test('a complete hand-written document is valid for both', () => {
  assert.equal(agree(complete, 'complete'), true);
  assert.equal(agree({ schemaVersion: '1.0', meta: { title: 'Tiny' } }, 'minimal'), true);
});

test('the committed schema.json matches the model', () => {
  const file = new URL('schema.json', root);
  if (!existsSync(file)) return;
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), JSON.parse(JSON.stringify(schema)));
});

test('the seed fixtures are valid for both', () => {
  const dir = new URL('test/fixtures/seeds/', root);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const doc = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
    assert.equal(agree(doc, name), true, name);
  }
});

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

test('hand-picked broken documents are invalid for both', () => {
  const cases: Array<[string, (d: any) => void]> = [
    ['status not in the list', (d) => (d.initiatives[0].status = 'wip')],
    ['missing title', (d) => delete d.initiatives[1].title],
    ['empty title', (d) => (d.initiatives[1].title = '')],
    ['unknown property', (d) => (d.initiatives[0].colour = 'red')],
    ['unknown root key', (d) => (d.roadmap = {})],
    ['id with spaces', (d) => (d.risks[0].id = 'two words')],
    ['date that does not exist', (d) => (d.milestones[0].date = { raw: 'x', kind: 'absolute', start: '2025-02-30' })],
    ['number as text', (d) => (d.metrics[0].current.value = '9.5')],
    ['done as text', (d) => (d.initiatives[0].checklist[0].done = 'yes')],
    ['schemaVersion 2', (d) => (d.schemaVersion = '2.0')],
    ['meta missing', (d) => delete d.meta],
    ['list where an object belongs', (d) => (d.meta = [])],
    ['progress above 1', (d) => (d.initiatives[0].progress = { value: 1.5, source: 'manual' })],
    ['rating level 0', (d) => (d.risks[0].inherent.likelihood.level = 0)],
    ['__proto__ key', (d) => Object.defineProperty(d.initiatives[0], '__proto__', { value: { polluted: true }, enumerable: true })],
  ];
  for (const [label, mutate] of cases) {
    const doc = clone(complete);
    mutate(doc);
    assert.equal(agree(JSON.parse(JSON.stringify(doc)), label), false, label);
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
});

test('validateRoadmap says where and what, plainly', () => {
  const doc = clone(complete);
  doc.initiatives[0].status = 'wip';
  const d = validateRoadmap(doc).diagnostics.find((x) => x.code === 'schema.enum')!;
  assert.equal(d.path, 'initiatives[0].status');
  assert.equal(d.message, "initiatives[0].status: expected one of planned, in-progress, done, at-risk, blocked, on-hold, cancelled, unknown; got 'wip'");
});

// Random mutations at random places: both validators must reach the same verdict every time.
const jsonValue = fc.oneof(
  fc.constant(null), fc.boolean(), fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('', 'wip', 'planned', '2025-02-30', '2025-03-01', 'Q1 2025', 'two words', 'x'),
  fc.constant([]), fc.constant({}), fc.constant({ raw: 'Q1', kind: 'absolute' }),
);

function paths(value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) paths((value as Record<string, unknown>)[k], [...prefix, k], out);
  return out;
}
const allPaths = paths(complete).filter((p) => p.length > 0);

test('thousands of random mutations: schema and validator agree', () => {
  const verdicts = { valid: 0, invalid: 0 };
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: allPaths.length - 1 }), fc.constantFrom('set', 'delete', 'add'), jsonValue, fc.constantFrom('extra', 'status', 'title', 'id')), { minLength: 1, maxLength: 3 }),
      (mutations) => {
        const doc = clone(complete);
        for (const [pi, op, value, key] of mutations) {
          const path = allPaths[pi]!;
          let parent: any = doc;
          for (const k of path.slice(0, -1)) parent = parent?.[k];
          if (!parent || typeof parent !== 'object') continue;
          const last = path[path.length - 1]!;
          if (op === 'set') parent[last] = value;
          else if (op === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
          else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) parent[last][key] = value;
        }
        verdicts[agree(doc, JSON.stringify(mutations)) ? 'valid' : 'invalid']++;
      },
    ),
    { numRuns: 3000, seed: 20261122 },
  );
  // Both kinds of verdict must be well represented, or the test proves little.
  assert.ok(verdicts.valid > 300 && verdicts.invalid > 300, JSON.stringify(verdicts));
});
