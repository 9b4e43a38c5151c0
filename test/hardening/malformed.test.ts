/**
 * Malformed and extreme input. Property-based: thousands of random and mutated documents through
 * validateRoadmap, and a few hundred through every element (inside a provider and standalone):
 * nothing throws, nothing rejects unhandled, an invalid document shows a readable error state with
 * its first diagnostic, a valid one draws without NaN. Then fixed extremes: empty, one initiative,
 * 10,000 initiatives, 5,000-character titles, years 1 and 9999, reversed ranges, cycles, duplicate
 * ids, and a 20 MB document.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { RoadmapProvider } from '../../src/components/roadmap-provider/roadmap-provider.component.js';
import type { RoadmapTimeline } from '../../src/components/roadmap-timeline/roadmap-timeline.component.js';
import { MAX_DOCUMENT_LENGTH } from '../../src/controllers/load-text.js';
import { layoutTimeline } from '../../src/layout/timeline.js';
import type { Diagnostic } from '../../src/model/schema.js';
import { validateRoadmap } from '../../src/model/validate.js';
import { captureErrors, clone, deepElements, deepText, fetchJson, normalize, settle, sleep } from './inspect.js';

type Json = Record<string, unknown>;
type Key = string | number;

const timings: Record<string, number> = {};
const counts = { validated: 0, validRandom: 0, invalidRandom: 0, elementDocs: 0, elementRenders: 0 };
let fixtures: Json[] = [];
let capture: ReturnType<typeof captureErrors>;

before(async () => {
  capture = captureErrors();
  fixtures = await Promise.all(['/test/fixtures/model/complete.json', '/test/fixtures/card/rich.json', '/test/fixtures/risks/rated.json', '/test/fixtures/metrics/actuals.json', '/test/fixtures/timeline/horizons.json'].map((p) => fetchJson<Json>(p)));
});

after(() => {
  capture.stop();
  console.log(`malformed: ${JSON.stringify(counts)} ms: ${JSON.stringify(timings)}`);
});

// ───────── generators ─────────

function allPaths(value: unknown, prefix: Key[] = [], out: Key[][] = [], seen = new Set<unknown>()): Key[][] {
  out.push(prefix);
  if (!value || typeof value !== 'object' || seen.has(value) || prefix.length > 12) return out;
  // Only plain data is walked (hostile proxies and getters are values to plant, not to enter).
  if (Object.getPrototypeOf(value) !== (Array.isArray(value) ? Array.prototype : Object.prototype)) return out;
  try {
    if (Object.values(Object.getOwnPropertyDescriptors(value)).some((d) => d.get)) return out;
  } catch {
    return out;
  }
  seen.add(value);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...prefix, i], out, seen));
  else for (const k of Object.keys(value)) allPaths((value as Json)[k], [...prefix, k], out, seen);
  return out;
}

function nest(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { title: v };
  return v;
}

const throwingGetter = (): unknown =>
  Object.defineProperty({}, 'title', {
    enumerable: true,
    get() {
      throw new Error('getter says no');
    },
  });

/** Values that go wrong in every way a JSON document (or a JS object handed over) can. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(null, undefined, true, 0, -0, -1, 1.5, NaN, Infinity, -Infinity, 1e308, Number.MAX_SAFE_INTEGER + 2) },
  {
    weight: 4,
    arbitrary: fc.constantFrom<unknown>('', ' ', 'planned', 'done', 'wip', '2026-02-30', '2026-13-01', '0001-01-01', '9999-12-31', '10000-01-01', 'Q5 2026', 'Q1 2026', 'H3', 'Next 3 months', 'Now', 'yesterday', '__proto__', 'constructor', 'prototype', 'toString', '\u0000', '\ud800', 'x'.repeat(100_001), 'cache', 'ci', 'later', 'd1', 'v2', '#0969da'),
  },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>([], {}, [null], [{}], { id: 'x' }, { id: 'x', title: 'X' }, { raw: 'Q1', kind: 'absolute' }, { start: '2026-05-01', end: '2026-01-01' }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 60, max: 400 }).map(nest) },
  { weight: 1, arbitrary: fc.constantFrom<() => unknown>(throwingGetter, () => Symbol('s'), () => 10n, () => () => 1, () => new Date(0), () => new Uint8Array(3), () => new Map(), () => Object.create(null), () => new Proxy({}, { ownKeys: () => { throw new Error('proxy says no'); } })).map((make) => make()) },
);

type Op = { kind: 'set' | 'delete' | 'dup' | 'swap' | 'add' | 'cycle' | 'same-id' | 'dangling'; at: number; to: number; value: unknown; key: string };
const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom<Op['kind']>('set', 'set', 'set', 'delete', 'dup', 'swap', 'add', 'cycle', 'same-id', 'dangling'),
  at: fc.nat(),
  to: fc.nat(),
  value: hostileValue,
  key: fc.constantFrom('extra', '__proto__', 'constructor', 'id', 'title', 'status', 'schedule', 'start', 'end', 'dependencyIds', 'initiativeIds'),
});

/** A fixture with up to eight random operations applied at random places. */
const mutatedDoc: fc.Arbitrary<unknown> = fc.record({ fixture: fc.nat(), ops: fc.array(op, { minLength: 1, maxLength: 8 }) }).map(({ fixture, ops }) => {
  const doc = clone(fixtures[fixture % fixtures.length]!);
  // Cycles last: every other operation works on a tree.
  // Paths of the document as it was: an operation on a path an earlier one removed is skipped.
  const paths = allPaths(doc).filter((p) => p.length);
  for (const o of [...ops.filter((x) => x.kind !== 'cycle'), ...ops.filter((x) => x.kind === 'cycle')]) {
    try {
      apply(o, paths);
    } catch {
      // An operation that trips over a value planted earlier (a throwing getter): skip it.
    }
  }
  return doc;

  function apply(o: Op, paths: Key[][]): void {
    const path = paths[o.at % paths.length]!;
    let parent = doc as Json;
    for (const k of path.slice(0, -1)) parent = parent[k] as Json;
    if (!parent || typeof parent !== 'object') return;
    const last = path[path.length - 1]!;
    const target = parent[last];
    switch (o.kind) {
      case 'set':
        Object.defineProperty(parent, last, { value: o.value, enumerable: true, writable: true, configurable: true });
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
        break;
      case 'dup':
        if (Array.isArray(parent) && parent.length < 500) parent.splice(Number(last), 0, clone(parent[Number(last)] ?? null));
        break;
      case 'swap': {
        const other = paths[o.to % paths.length]!;
        let p2 = doc as Json;
        for (const k of other.slice(0, -1)) p2 = p2?.[k] as Json;
        const l2 = other[other.length - 1]!;
        if (p2 && typeof p2 === 'object') [parent[last], p2[l2]] = [p2[l2], parent[last]];
        break;
      }
      case 'add':
        if (target && typeof target === 'object') Object.defineProperty(target, o.key, { value: o.value, enumerable: true, writable: true, configurable: true });
        break;
      case 'cycle':
        if (target && typeof target === 'object') Object.defineProperty(target, o.key, { value: doc, enumerable: true, writable: true, configurable: true });
        break;
      case 'same-id': {
        const items = (doc as { initiatives?: Json[] }).initiatives;
        if (Array.isArray(items) && items.length > 1 && items[0] && items[1]) items[1].id = items[0].id;
        break;
      }
      case 'dangling':
        if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, o.key, { value: o.key.endsWith('Ids') ? ['nowhere', 'cache'] : 'nowhere', enumerable: true, writable: true, configurable: true });
        break;
    }
  }
});

const ROOT_KEYS = ['schemaVersion', 'meta', 'periods', 'themes', 'initiatives', 'milestones', 'dependencies', 'risks', 'riskModel', 'metrics', 'metricGroups', 'sections', 'extra'];
/** Documents built from nothing: anything at all, or root keys holding anything. */
const randomDoc: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.dictionary(fc.constantFrom(...ROOT_KEYS), fc.oneof(hostileValue, fc.array(fc.dictionary(fc.constantFrom('id', 'title', 'name', 'status', 'schedule', 'date', 'from', 'to', 'likelihood', 'impact'), hostileValue), { maxLength: 4 }))),
  fc.record({ schemaVersion: fc.constantFrom('1.0', '1.7', '2.0', 1), meta: fc.oneof(fc.record({ title: hostileValue }), hostileValue), initiatives: fc.array(fc.record({ id: fc.oneof(fc.string(), hostileValue), title: fc.oneof(fc.string(), hostileValue), schedule: fc.option(fc.record({ start: hostileValue, end: hostileValue })) }), { maxLength: 5 }) }),
);

// ───────── what must hold ─────────

/** Plain checks (chai is too slow for a few hundred thousand of them). */
function check(condition: unknown, message: () => string): void {
  if (!condition) throw new Error(message());
}

function checkDiagnostics(diagnostics: readonly Diagnostic[]): void {
  check(Array.isArray(diagnostics), () => 'diagnostics is a list');
  for (const d of diagnostics) {
    check(d.severity === 'error' || d.severity === 'warning' || d.severity === 'info', () => `severity ${String(d.severity)}`);
    check(typeof d.code === 'string' && /^[a-z]+\.[a-z-]+$/.test(d.code), () => `code ${String(d.code)}`);
    check(typeof d.message === 'string' && d.message !== '' && d.message.length < 2000, () => `message ${String(d.message).slice(0, 80)}`);
  }
}

/** validateRoadmap never throws; no roadmap means an error said why; a roadmap is plain JSON that validates again. */
function checkValidation(input: unknown): boolean {
  const result = validateRoadmap(input);
  counts.validated++;
  checkDiagnostics(result.diagnostics);
  if (!result.roadmap) {
    check(result.diagnostics.some((d) => d.severity === 'error'), () => 'no roadmap without an error');
    return false;
  }
  const again = validateRoadmap(JSON.parse(JSON.stringify(result.roadmap)));
  check(again.roadmap, () => 'the output validates again');
  const errors = again.diagnostics.filter((d) => d.severity === 'error');
  check(errors.length === 0, () => `the output has no errors left: ${errors.map((e) => e.message).join('; ').slice(0, 500)}`);
  return true;
}

/** fc.assert with a readable failure: the counterexample cut short (some hold 100,000-character strings). */
function assertProperty<T>(arb: fc.Arbitrary<T>, check: (value: T) => void, params: fc.Parameters<[T]>): void {
  const details = fc.check(fc.property(arb, check), params);
  if (!details.failed) return;
  const cut = (text: string) => (text.length > 1500 ? `${text.slice(0, 1500)}… (${text.length} characters)` : text);
  const error = (details as unknown as { errorInstance?: unknown }).errorInstance as Error | undefined;
  throw new Error(`property failed after ${details.numRuns} runs (seed ${details.seed}, path ${details.counterexamplePath}): ${cut(String(error?.message ?? error))}\ncounterexample: ${cut(safeJson(details.counterexample?.[0]))}`);
}

const firstError = (input: unknown): Diagnostic | undefined => {
  const { diagnostics } = validateRoadmap(input);
  return diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
};

/** Attribute values that are not numbers where numbers belong. */
function badNumbers(root: Element): string[] {
  const out: string[] = [];
  for (const el of deepElements(root.shadowRoot ?? root)) {
    for (const attr of Array.from(el.attributes)) {
      if (/NaN|Infinity|undefined/.test(attr.value) && !['aria-label', 'title', 'data-id', 'aria-description'].includes(attr.name)) out.push(`${el.localName}[${attr.name}="${attr.value.slice(0, 60)}"]`);
    }
    const css = (el as HTMLElement).style?.cssText ?? '';
    if (/NaN|Infinity/.test(css)) out.push(`${el.localName} style ${css.slice(0, 60)}`);
  }
  return out;
}

const make = <T extends HTMLElement>(tag: string, attrs: Record<string, string> = {}): T => {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
};
const VIEW_TAGS = ['roadmap-timeline', 'initiative-card', 'risk-matrix', 'metric-scorecard'];
type View = HTMLElement & { roadmap?: unknown; updateComplete: Promise<unknown> };

describe('malformed and extreme input', function () {
  this.timeout(240_000);
  let started = 0;
  beforeEach(() => void (started = performance.now()));
  afterEach(function () {
    timings[this.currentTest?.title.slice(0, 40) ?? '?'] = Math.round(performance.now() - started);
  });

  it('validateRoadmap: 3,000 random documents never throw and always explain themselves', () => {
    let valid = 0;
    assertProperty(
      randomDoc,
      (doc) => {
        if (checkValidation(doc)) valid++;
      },
      { numRuns: 3000, seed: 90901 },
    );
    counts.validRandom = valid;
    counts.invalidRandom = 3000 - valid;
    expect(valid, 'some random documents are roadmaps').to.be.above(50);
    expect(3000 - valid, 'most are not').to.be.above(1000);
  });

  it('validateRoadmap: 3,000 mutated fixtures never throw, and what they return validates cleanly', () => {
    assertProperty(mutatedDoc, (doc) => void checkValidation(doc), { numRuns: 3000, seed: 424242 });
  });

  it('every element: 200 mutated and random documents each, inside a provider and standalone', async () => {
    const stage = make('div');
    stage.style.width = '960px';
    document.body.append(stage);
    const provider = make<RoadmapProvider>('roadmap-provider', { 'as-of': '2026-02-15' });
    const inside = VIEW_TAGS.map((t) => make<View>(t));
    provider.append(...inside);
    const standalone = VIEW_TAGS.map((t) => make<View>(t, { 'as-of': '2026-02-15' }));
    stage.append(provider, ...standalone);
    const docs = fc.sample(fc.oneof({ weight: 4, arbitrary: mutatedDoc }, { weight: 1, arbitrary: randomDoc }), { numRuns: 200, seed: 777 });
    let invalid = 0;
    for (const [i, doc] of docs.entries()) {
      const valid = validateRoadmap(doc).roadmap;
      const card = inside[1]!;
      card.setAttribute('initiative-id', String((valid?.initiatives[i % Math.max(1, valid.initiatives.length)] ?? { id: 'none' }).id));
      provider.roadmap = doc;
      const alone = standalone[i % standalone.length]!;
      alone.roadmap = doc;
      if (alone.localName === 'initiative-card') alone.setAttribute('initiative-id', card.getAttribute('initiative-id')!);
      try {
        await settle(provider, ...inside, alone);
      } catch (error) {
        expect.fail(`document ${i} threw while rendering: ${String((error as Error)?.stack ?? error)}\n${safeJson(doc)}`);
      }
      counts.elementDocs++;
      counts.elementRenders += 6;
      if (doc === undefined || doc === null) {
        // Nothing set: the elements wait for a roadmap, without an error.
        expect(provider.shadowRoot!.querySelector('[role="alert"]')?.outerHTML.slice(0, 300) ?? null, `document ${i}: nothing set`).to.equal(null);
        expect(alone.shadowRoot!.querySelector('[part~="empty"]'), `document ${i}: ${alone.localName} waits`).to.exist;
      } else if (!valid) {
        invalid++;
        const first = firstError(doc)!;
        const alert = provider.shadowRoot!.querySelector('[role="alert"]');
        expect(alert, `document ${i}: the provider shows an error: ${safeJson(doc)}`).to.exist;
        expect(normalize(alert!.textContent ?? ''), `document ${i}: with its first diagnostic`).to.include(normalize(first.message));
        for (const v of inside) expect(v.shadowRoot!.querySelector('[part~="error"]'), `document ${i}: ${v.localName} in the provider says so`).to.exist;
        const own = alone.shadowRoot!.querySelector('[role="alert"]');
        expect(own, `document ${i}: standalone ${alone.localName} shows an error`).to.exist;
        expect(normalize(own!.textContent ?? '')).to.include(normalize(first.message));
      } else {
        for (const v of [...inside, alone]) {
          expect(v.shadowRoot!.querySelector('[part~="error"]')?.outerHTML.slice(0, 300) ?? null, `document ${i}: ${v.localName} shows no error`).to.equal(null);
          expect(badNumbers(v), `document ${i}: ${v.localName} attributes`).to.deep.equal([]);
        }
      }
      expect(capture.errors, `document ${i}`).to.deep.equal([]);
    }
    expect(invalid, 'both kinds are well represented').to.be.within(20, 180);
    stage.remove();
  });

  describe('fixed extremes', () => {
    let stage: HTMLElement;
    beforeEach(() => {
      stage = make('div');
      stage.style.width = '1000px';
      document.body.append(stage);
    });
    afterEach(async () => {
      stage.remove();
      await sleep(0);
      expect(capture.errors).to.deep.equal([]);
    });

    /** Every element on `doc`, standalone; returns them rendered. */
    async function renderAll(doc: unknown, card = 'a'): Promise<View[]> {
      const views = VIEW_TAGS.map((t) => make<View>(t, t === 'initiative-card' ? { 'initiative-id': card, 'as-of': '2026-02-15' } : { 'as-of': '2026-02-15' }));
      const provider = make<RoadmapProvider>('roadmap-provider');
      provider.append(make('roadmap-timeline'));
      provider.roadmap = doc;
      for (const v of views) v.roadmap = doc;
      stage.append(provider, ...views);
      await settle(provider, provider.firstElementChild!, ...views);
      for (const v of [provider.firstElementChild as View, ...views]) expect(badNumbers(v), v.localName).to.deep.equal([]);
      return views;
    }

    const ref = (id: string) => ({ id, text: `Initiative ${id}`, resolution: 'exact' });
    const initiative = (id: string, start?: string, end?: string, extra: Json = {}) => ({ id, title: `Initiative ${id}`, ...(start || end ? { schedule: { ...(start ? { start } : {}), ...(end ? { end } : {}) } } : {}), ...extra });

    it('an empty roadmap: every view says there is nothing to show', async () => {
      const views = await renderAll({ schemaVersion: '1.0', meta: { title: 'Empty' } });
      for (const v of views) {
        expect(v.shadowRoot!.querySelector('[part~="error"]')?.outerHTML.slice(0, 300) ?? null, v.localName).to.equal(null);
        expect(deepText(v).length, `${v.localName} says something`).to.be.above(10);
      }
      expect(deepText(views[0]!)).to.include('no initiatives or milestones');
    });

    it('one initiative', async () => {
      const [timeline, card] = await renderAll({ schemaVersion: '1.0', meta: { title: 'One' }, initiatives: [initiative('a', '2026-01-05', '2026-03-20')] });
      expect(timeline!.shadowRoot!.querySelectorAll('[part~="bar"]')).to.have.length(1);
      expect(deepText(card!)).to.include('Initiative a');
    });

    it('10,000 initiatives on the timeline: drawn virtually, listed in pages', async () => {
      const initiatives = Array.from({ length: 10_000 }, (_, i) => {
        const start = new Date(Date.UTC(2024, 0, 1 + (i * 7) % 900));
        const end = new Date(start.getTime() + (10 + (i % 60)) * 86_400_000);
        return { ...initiative(`i${i}`, start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)), themeIds: [`t${i % 12}`], status: ['planned', 'in-progress', 'done', 'at-risk'][i % 4] };
      });
      const doc = { schemaVersion: '1.0', meta: { title: 'Ten thousand' }, themes: Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, name: `Theme ${i}` })), initiatives };
      const timeline = make<RoadmapTimeline>('roadmap-timeline', { 'as-of': '2025-06-01' });
      timeline.style.height = '600px';
      timeline.roadmap = doc;
      stage.append(timeline);
      await settle(timeline);
      expect(timeline.layout!.bars).to.have.length(10_000);
      const drawn = timeline.shadowRoot!.querySelectorAll('[part~="bar"]').length;
      expect(drawn, 'bars in the DOM').to.be.within(1, 400);
      expect(timeline.shadowRoot!.querySelectorAll('tbody tr').length, 'one page of the data table').to.be.at.most(100);
      expect(deepText(timeline.shadowRoot!.querySelector('caption')!)).to.include('10000 initiatives');
      expect(badNumbers(timeline)).to.deep.equal([]);
      // Scroll to the end: rows there are drawn.
      const viewport = timeline.shadowRoot!.querySelector<HTMLElement>('[part~="viewport"]')!;
      viewport.scrollTop = viewport.scrollHeight;
      viewport.dispatchEvent(new Event('scroll'));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await settle(timeline);
      const ids = [...timeline.shadowRoot!.querySelectorAll('[part~="bar"]')].map((b) => b.getAttribute('data-id'));
      expect(ids.length).to.be.within(1, 400);
      expect(ids).to.not.include('i0');
    });

    it('5,000-character titles: shown in full where text is read, truncated on bars', async () => {
      const long = (c: string) => `${c}${'word '.repeat(1000)}`.slice(0, 5000);
      const doc = {
        schemaVersion: '1.0',
        meta: { title: long('T') },
        themes: [{ id: 't', name: long('H') }],
        initiatives: [initiative('a', '2026-01-05', '2026-03-20', { title: long('A'), themeIds: ['t'], checklist: [{ id: 'c1', text: long('C'), done: false }] }), initiative('b', '2026-02-01', '2026-02-10', { title: long('B') })],
        milestones: [{ id: 'm', title: long('M'), date: '2026-02-15' }],
        risks: [{ id: 'r', title: long('R'), inherent: { likelihood: { level: 2 }, impact: { level: 3 } } }],
        metrics: [{ id: 'k', name: long('K'), raw: long('K') }],
      };
      const [timeline, card, matrix, scorecard] = await renderAll(doc);
      for (const label of timeline!.shadowRoot!.querySelectorAll('[part~="bar-label"]')) expect(label.textContent!.length).to.be.below(1000);
      expect(deepText(card!)).to.include(normalize(long('A')));
      expect(deepText(matrix!)).to.include(normalize(long('R')));
      expect(deepText(scorecard!)).to.include(normalize(long('K')));
      for (const v of [timeline!, card!, matrix!, scorecard!]) expect(v.getBoundingClientRect().width, `${v.localName} stays in its box`).to.be.at.most(1000);
    });

    it('dates in year 1 and year 9999', async () => {
      const doc = {
        schemaVersion: '1.0',
        meta: { title: 'Deep time' },
        initiatives: [initiative('a', '0001-01-01', '9999-12-31'), initiative('b', '0001-01-01', '0001-03-31'), initiative('c', '9999-10-01', '9999-12-31'), initiative('d', '2026-01-05', '2026-02-01')],
        milestones: [{ id: 'm1', title: 'Year one', date: '0001-01-01' }, { id: 'm9', title: 'Last day', date: '9999-12-31' }],
      };
      expect(validateRoadmap(doc).diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
      const [timeline, card] = await renderAll(doc);
      const t = timeline as RoadmapTimeline;
      expect(t.layout!.bars).to.have.length(4);
      for (const b of t.layout!.bars) expect(Number.isFinite(b.x0) && Number.isFinite(b.x1) && b.x1 >= b.x0, b.id).to.equal(true);
      expect(t.visibleRange!.start <= '0001-01-01' || t.visibleRange!.start.startsWith('000'), t.visibleRange!.start).to.equal(true);
      expect(deepText(card!)).to.match(/\b1\b/);
      t.showRange('9999-11-01', '9999-12-31');
      await settle(t);
      expect(t.visibleRange!.end.startsWith('9999') || t.visibleRange!.end.startsWith('10000'), t.visibleRange!.end).to.equal(true);
      expect(badNumbers(t)).to.deep.equal([]);
    });

    it('reversed ranges: a warning, and still drawn', async () => {
      const doc = { schemaVersion: '1.0', meta: { title: 'Backwards' }, initiatives: [initiative('a', '2026-06-01', '2026-01-01')] };
      expect(validateRoadmap(doc).diagnostics.map((d) => d.code)).to.include('model.reversed-dates');
      const [timeline] = await renderAll(doc);
      const bar = (timeline as RoadmapTimeline).layout!.bars[0]!;
      expect(bar.x1).to.be.above(bar.x0);
    });

    it('cyclic dependencies (and one on itself): a warning, arrows drawn, no hang', async () => {
      const doc = {
        schemaVersion: '1.0',
        meta: { title: 'Cycles' },
        initiatives: [initiative('a', '2026-01-05', '2026-02-01'), initiative('b', '2026-02-05', '2026-03-01'), initiative('c', '2026-03-05', '2026-04-01')],
        dependencies: [
          { id: 'ab', from: ref('a'), to: ref('b'), type: 'requires' },
          { id: 'bc', from: ref('b'), to: ref('c'), type: 'requires' },
          { id: 'ca', from: ref('c'), to: ref('a'), type: 'requires' },
          { id: 'aa', from: ref('a'), to: ref('a'), type: 'requires' },
        ],
      };
      const codes = validateRoadmap(doc).diagnostics.map((d) => d.code);
      expect(codes).to.include('model.dependency-cycle');
      expect(validateRoadmap(doc).diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
      const [timeline, card] = await renderAll(doc);
      expect(timeline!.shadowRoot!.querySelectorAll('[part~="dependency"]').length).to.be.at.least(3);
      expect(card!.shadowRoot!.querySelector('[part~="dependencies"]')).to.exist;
      const chain = { ...doc, dependencies: Array.from({ length: 3000 }, (_, i) => ({ id: `d${i}`, from: ref(['a', 'b', 'c'][i % 3]!), to: ref(['a', 'b', 'c'][(i + 1) % 3]!), type: 'requires' })) };
      expect(validateRoadmap(chain).roadmap).to.exist;
      expect(layoutTimeline(validateRoadmap(chain).roadmap!, { width: 900, measureText: (t) => t.length * 7 }).bars).to.have.length(3);
    });

    it('duplicate ids: the later one is left out, with an error, and the rest draws', async () => {
      const doc = { schemaVersion: '1.0', meta: { title: 'Twins' }, initiatives: [initiative('a', '2026-01-05', '2026-02-01'), { ...initiative('a', '2026-03-01', '2026-04-01'), title: 'Second a' }, initiative('b', '2026-02-01', '2026-03-01')], milestones: [{ id: 'b', title: 'Clash', date: '2026-02-02' }] };
      const { roadmap, diagnostics } = validateRoadmap(doc);
      expect(diagnostics.filter((d) => d.code === 'model.duplicate-id')).to.have.length(2);
      expect(roadmap!.initiatives.map((x) => x.title)).to.deep.equal(['Initiative a', 'Initiative b']);
      const [timeline] = await renderAll(doc);
      expect(timeline!.shadowRoot!.querySelectorAll('[part~="bar"]')).to.have.length(2);
    });

    it('a 20 MB document loads (or is refused) with a plain answer; past the limit it is refused plainly', async function () {
      this.timeout(120_000);
      // 20 MB of JSON: a roadmap whose 200 initiatives each carry 100,000 characters of notes.
      const notes = 'n'.repeat(99_990);
      const big = JSON.stringify({ schemaVersion: '1.0', meta: { title: 'Twenty megabytes' }, initiatives: Array.from({ length: 200 }, (_, i) => ({ ...initiative(`i${i}`, '2026-01-05', '2026-03-01'), description: notes })) });
      expect(big.length).to.be.within(19_500_000, MAX_DOCUMENT_LENGTH);
      const url = URL.createObjectURL(new Blob([big], { type: 'application/json' }));
      const provider = make<RoadmapProvider>('roadmap-provider', { src: url });
      const timeline = make<RoadmapTimeline>('roadmap-timeline');
      provider.append(timeline);
      const done = new Promise<string>((resolve) => {
        provider.addEventListener('roadmap-load', () => resolve('load'), { once: true });
        provider.addEventListener('roadmap-error', () => resolve('error'), { once: true });
      });
      stage.append(provider);
      expect(await done).to.equal('load');
      await settle(provider, timeline);
      expect(timeline.layout!.bars).to.have.length(200);
      URL.revokeObjectURL(url);
      // One field of 20 million characters: the roadmap loads, that field is refused by name.
      const field = JSON.stringify({ schemaVersion: '1.0', meta: { title: 'One huge field' }, initiatives: [{ ...initiative('a', '2026-01-05', '2026-02-01'), description: 'd'.repeat(20_000_000) }] });
      const checked = validateRoadmap(JSON.parse(field));
      expect(checked.diagnostics.map((d) => d.message)).to.include('initiatives[0].description: expected at most 100000 characters; got 20000000');
      // Past the limit: refused before parsing, in one sentence.
      const over = URL.createObjectURL(new Blob([big, ' '.repeat(MAX_DOCUMENT_LENGTH - big.length + 10)], { type: 'application/json' }));
      provider.setAttribute('src', over);
      const event = await new Promise<CustomEvent>((resolve) => provider.addEventListener('roadmap-error', (e) => resolve(e as CustomEvent), { once: true }));
      expect(event.detail.diagnostics[0].code).to.equal('input.too-large');
      await settle(provider, timeline);
      expect(normalize(provider.shadowRoot!.querySelector('[role="alert"]')!.textContent!)).to.match(/is too large to show\. .*input\.too-large .*25 MB/);
      expect(timeline.shadowRoot!.querySelector('[part~="bar"]')?.outerHTML.slice(0, 300) ?? null, 'nothing stale drawn').to.equal(null);
      URL.revokeObjectURL(over);
    });
  });
});

function safeJson(doc: unknown): string {
  try {
    return JSON.stringify(doc, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))?.slice(0, 1500) ?? String(doc);
  } catch {
    return '(not serialisable)';
  }
}
