/**
 * Hostile text: every payload of the corpus in every free-text field of the model fixtures (and
 * as every id), and in every slot of a Markdown roadmap, rendered by all five elements, the
 * card's inline Markdown and the embed page. Nothing may run (the `__xss` trap stays at zero),
 * nothing may reach an attribute that runs or fetches, and the titles are still shown as text.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { RoadmapProvider } from '../../src/components/roadmap-provider/roadmap-provider.component.js';
import { encodeShareHash } from '../../src/embed/share.js';
import { safeColor } from '../../src/layout/safe-color.js';
import { validateRoadmap } from '../../src/model/validate.js';
import { plainInline, renderInline } from '../../src/templates/inline-markdown.js';
import { render } from 'lit';
import { PAYLOADS } from './payloads.js';
import { captureErrors, clone, deepText, executableBits, fetchJson, getAt, installTrap, nextFrame, normalize, pathText, safeUrl, setAt, settle, sleep, stringPaths, tagNames, trappedRequests } from './inspect.js';

type Doc = Record<string, unknown> & { initiatives: Array<Record<string, unknown>> };
type Path = Array<string | number>;

const TEXTS = PAYLOADS.map((p) => p.text);
const PROBE = '<img src=x onerror=__xss()> probe';

let calls: string[];
let capture: ReturnType<typeof captureErrors>;
const fixtures: Record<'complete' | 'rich' | 'rated' | 'actuals', Doc> = {} as never;
const stats = { payloads: TEXTS.length, fields: 0, constrained: 0, renders: 0, exports: 0, markdownDocs: 0, idRounds: 0, embedPages: 0 };

function errorCount(doc: unknown): number {
  return validateRoadmap(doc).diagnostics.filter((d) => d.severity === 'error').length;
}

function collectionSizes(doc: unknown): string {
  const roadmap = validateRoadmap(doc).roadmap as Record<string, unknown> | undefined;
  if (!roadmap) return 'none';
  return Object.entries(roadmap)
    .filter(([, v]) => Array.isArray(v))
    .map(([k, v]) => `${k}:${(v as unknown[]).length}`)
    .join(',');
}

/** String leaves that take any text: validation keeps the doc, its entities and the text itself. */
function freeTextPaths(doc: Doc): { free: Path[]; constrained: Path[] } {
  const errors = errorCount(clone(doc));
  const sizes = collectionSizes(clone(doc));
  const free: Path[] = [];
  const constrained: Path[] = [];
  for (const path of stringPaths(doc)) {
    const probe = clone(doc);
    setAt(probe, path, PROBE);
    const result = validateRoadmap(probe);
    const kept = result.roadmap && JSON.stringify(result.roadmap).includes(JSON.stringify(PROBE));
    if (kept && errorCount(probe) <= errors && collectionSizes(probe) === sizes) free.push(path);
    else constrained.push(path);
  }
  return { free, constrained };
}

/** The doc with payload `(i + round) mod N` in its i-th free field: over N rounds each payload visits each field. */
function hostile(doc: Doc, fields: Path[], round: number): Doc {
  const out = clone(doc);
  fields.forEach((path, i) => setAt(out, path, TEXTS[(i + round) % TEXTS.length]));
  return out;
}

/** The text of a payload as a view may show it: as written, or with its inline Markdown applied. */
function shown(haystack: string, text: string): boolean {
  return haystack.includes(normalize(text)) || haystack.includes(normalize(plainInline(text)));
}

const make = <T extends HTMLElement>(tag: string, attrs: Record<string, string> = {}): T => {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
};

let stage: HTMLElement;
let ownTags: Set<string>;

function expectClean(where: string): void {
  const bits = executableBits(stage, ownTags);
  expect(bits, `${where}: executable attributes or markup`).to.deep.equal([]);
}

before(async () => {
  calls = installTrap();
  capture = captureErrors();
  fixtures.complete = await fetchJson<Doc>('/test/fixtures/model/complete.json');
  fixtures.rich = await fetchJson<Doc>('/test/fixtures/card/rich.json');
  fixtures.rated = await fetchJson<Doc>('/test/fixtures/risks/rated.json');
  fixtures.actuals = await fetchJson<Doc>('/test/fixtures/metrics/actuals.json');
  stage = document.createElement('div');
  stage.style.width = '1100px';
  document.body.append(stage);
});

after(() => {
  capture.stop();
  stage.remove();
  // Counts for the record (visible with --static-logging in the browser log).
  console.log(`hostile-text: ${JSON.stringify(stats)}`);
});

describe('hostile text', function () {
  this.timeout(180_000);

  it('detects markup made from text, executing attributes and a call to the trap (the detectors work)', async () => {
    const probe = document.createElement('div');
    stage.append(probe);
    // A deliberately unsafe render, to prove the checks see what they look for.
    probe.attachShadow({ mode: 'open' }).innerHTML = '<img src=x onerror=__xss("self-test")><a href="javascript:void 0">x</a><i style="background:url(//xss.invalid/self-test)">i</i>';
    try {
      const bits = executableBits(stage).join('\n');
      for (const found of ['element <img>', 'onerror=', 'href="javascript:void 0"', 'url(//xss.invalid/self-test)']) expect(bits).to.include(found);
      for (let i = 0; i < 40 && !calls.length; i++) await sleep(25);
      expect(calls.length).to.equal(1);
      for (let i = 0; i < 40 && !trappedRequests().length; i++) await sleep(25);
      expect(trappedRequests(), 'the request to the payloads’ host is seen').to.deep.equal(['http://xss.invalid/self-test']);
    } finally {
      probe.remove();
      performance.clearResourceTimings();
    }
    calls.length = 0;
  });

  it(`has a corpus of at least 100 payloads of every kind`, () => {
    expect(TEXTS.length).to.be.at.least(100);
    expect(new Set(TEXTS).size, 'no duplicates').to.equal(TEXTS.length);
    expect(new Set(PAYLOADS.map((p) => p.kind))).to.have.all.keys('script', 'handler', 'url', 'svg-mathml', 'css', 'escape', 'markdown', 'template', 'polyglot');
  });

  it('renders every payload in every free-text field of the model, in all five elements and their exports, as text', async () => {
    const complete = freeTextPaths(fixtures.complete);
    const rich = freeTextPaths(fixtures.rich);
    const rated = freeTextPaths(fixtures.rated);
    const actuals = freeTextPaths(fixtures.actuals);
    stats.fields = complete.free.length + rich.free.length + rated.free.length + actuals.free.length;
    stats.constrained = complete.constrained.length + rich.constrained.length + rated.constrained.length + actuals.constrained.length;
    // Titles and names are free text in every fixture.
    for (const { free } of [complete, rich, rated, actuals]) expect(free.map(pathText)).to.include.members(['meta.title', 'initiatives[0].title']);

    // The page: a provider with every view, standalone views on the richer fixtures, a broken provider.
    const provider = make<RoadmapProvider>('roadmap-provider', { 'as-of': '2026-02-15' });
    const views = [make('roadmap-timeline'), make('initiative-card', { 'initiative-id': 'cache' }), make('risk-matrix'), make('metric-scorecard')];
    provider.append(...views);
    const cards = fixtures.rich.initiatives.map((x) => make('initiative-card', { 'initiative-id': String(x.id), 'as-of': '2025-01-15' }));
    const richTimeline = make('roadmap-timeline');
    const matrix = make('risk-matrix', { size: '5' });
    const scorecard = make('metric-scorecard');
    const broken = make<RoadmapProvider>('roadmap-provider');
    stage.append(provider, ...cards, richTimeline, matrix, scorecard, broken);
    const all = [provider, ...views, ...cards, richTimeline, matrix, scorecard, broken];

    const apply = async (round: number) => {
      const docs = {
        complete: hostile(fixtures.complete, complete.free, round),
        rich: hostile(fixtures.rich, rich.free, round),
        rated: hostile(fixtures.rated, rated.free, round),
        actuals: hostile(fixtures.actuals, actuals.free, round),
      };
      provider.roadmap = docs.complete;
      for (const card of cards) (card as unknown as { roadmap: unknown }).roadmap = docs.rich;
      (richTimeline as unknown as { roadmap: unknown }).roadmap = docs.rich;
      (matrix as unknown as { roadmap: unknown }).roadmap = docs.rated;
      (scorecard as unknown as { roadmap: unknown }).roadmap = docs.actuals;
      // Payloads where only a constrained value fits: the error box shows them in its diagnostics.
      const t = TEXTS[round % TEXTS.length]!;
      broken.roadmap = { schemaVersion: '1.0', meta: { title: 42, [t]: t }, initiatives: [{ id: 'a', title: t, status: t, schedule: { start: t } }], risks: t };
      await settle(...all);
      stats.renders += all.length - 1;
      return docs;
    };

    // A clean render first: the tags the views draw themselves.
    provider.roadmap = fixtures.complete;
    await settle(...all);
    ownTags = tagNames(stage);
    // The export (toSVG) of every view is a document of its own: its tags from a clean roadmap.
    const exporters = [...views, matrix, scorecard] as unknown as Array<HTMLElement & { toSVG?: () => Promise<string> }>;
    const exportDocs = async () => Promise.all(exporters.filter((v) => v.toSVG).map(async (v) => new DOMParser().parseFromString(await v.toSVG!(), 'image/svg+xml')));
    const exportTags = new Set<string>();
    for (const d of await exportDocs()) for (const t of tagNames(d)) exportTags.add(t);

    for (let round = 0; round < TEXTS.length; round++) {
      const docs = await apply(round);
      for (const [name, doc] of Object.entries(docs)) {
        expect(errorCount(doc), `${name} round ${round}: payloads are accepted as text`).to.be.at.most(errorCount(fixtures[name as keyof typeof fixtures]));
      }
      expectClean(`round ${round}`);
      // Titles are still shown, as text.
      const timelineText = deepText(views[0]!);
      expect(shown(timelineText, docs.complete.meta ? String((docs.complete.meta as Record<string, unknown>).title) : ''), `round ${round}: roadmap title in the timeline`).to.equal(true);
      for (const x of docs.complete.initiatives) {
        if ((x as { schedule?: unknown }).schedule) expect(shown(timelineText, String(x.title)), `round ${round}: ${String(x.title)} in the timeline`).to.equal(true);
      }
      expect(shown(deepText(views[1]!), String(docs.complete.initiatives[0]!.title)), `round ${round}: card title`).to.equal(true);
      docs.rich.initiatives.forEach((x, i) => expect(shown(deepText(cards[i]!), String(x.title)), `round ${round}: card ${String(x.id)} title`).to.equal(true));
      const matrixText = deepText(matrix);
      for (const r of (docs.rated as unknown as { risks: Array<{ title: string }> }).risks) expect(shown(matrixText, r.title), `round ${round}: risk ${r.title}`).to.equal(true);
      const scoreText = deepText(scorecard);
      for (const m of (docs.actuals as unknown as { metrics: Array<{ name: string }> }).metrics) expect(shown(scoreText, m.name), `round ${round}: metric ${m.name}`).to.equal(true);
      expect(broken.shadowRoot!.querySelector('[part~="error"]'), 'the broken roadmap shows its error').to.exist;
      if (round % 16 === 0 && exporters.some((v) => v.toSVG)) {
        // Exported pictures hold the same text, escaped: parsed back, nothing runs or fetches.
        const pictures = await exportDocs();
        for (const picture of pictures) {
          expect(picture.querySelector('parsererror')?.textContent ?? null, `round ${round}: the export is well-formed XML`).to.equal(null);
          expect(executableBits(picture, exportTags), `round ${round}: the export`).to.deep.equal([]);
        }
        expect(shown(normalize(pictures[0]!.documentElement.textContent ?? ''), String(docs.complete.initiatives[0]!.title)), `round ${round}: the exported timeline shows the title`).to.equal(true);
        stats.exports += pictures.length;
      }
      if (round % 40 === 39) {
        // Fresh elements now and then: the first render takes other paths than an update.
        for (const el of all) {
          const parent = el.parentElement!;
          const next = el.nextSibling;
          el.remove();
          parent.insertBefore(el, next);
        }
        await nextFrame();
      }
    }
    await sleep(300); // image errors and timers would have fired by now
    expect(calls, 'the trap was called').to.deep.equal([]);
    expect(trappedRequests(), 'requests to the payloads’ host').to.deep.equal([]);
    expect(capture.errors).to.deep.equal([]);
    for (const el of all) el.remove();
  });

  it('survives every payload as every id (data-id, selection, keyboard focus)', async () => {
    const doc = fixtures.complete;
    const ids = [...new Set(['initiatives', 'milestones', 'risks', 'metrics', 'dependencies', 'themes', 'periods', 'goals', 'teams', 'people', 'products', 'metricGroups', 'externalRefs'].flatMap((k) => ((doc[k] as Array<{ id: string }>) ?? []).map((e) => e.id)))];
    const provider = make<RoadmapProvider>('roadmap-provider', { 'as-of': '2026-02-15' });
    const views = [make('roadmap-timeline'), make('initiative-card'), make('risk-matrix'), make('metric-scorecard')];
    provider.append(...views);
    stage.append(provider);
    const rounds = Math.ceil(TEXTS.length / ids.length);
    for (let round = 0; round < rounds; round++) {
      const rename = new Map(ids.map((id, i) => [id, `${TEXTS[(round * ids.length + i) % TEXTS.length]!.replace(/\s+/g, '')}#${i}`.slice(-190)]));
      const hostileDoc = JSON.parse(JSON.stringify(doc), (_k, v) => (typeof v === 'string' && rename.has(v) ? rename.get(v) : v)) as Doc;
      const checked = validateRoadmap(hostileDoc);
      expect(checked.roadmap, `round ${round}: hostile ids are ids`).to.exist;
      provider.roadmap = hostileDoc;
      await settle(provider, ...views);
      // Select through the timeline (click), then move focus with the keyboard: ids go through CSS.escape.
      const bar = views[0]!.shadowRoot!.querySelector<SVGGElement>('[part~="bar"]');
      expect(bar, `round ${round}: a bar`).to.exist;
      expect([...rename.values()]).to.include(bar!.getAttribute('data-id'));
      bar!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settle(provider, ...views);
      bar!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await settle(provider, ...views);
      expect(views[1]!.shadowRoot!.querySelector('[part~="card"]'), `round ${round}: the card follows the selection`).to.exist;
      expectClean(`id round ${round}`);
      stats.idRounds++;
    }
    await sleep(200);
    expect(calls).to.deep.equal([]);
    expect(capture.errors).to.deep.equal([]);
    provider.remove();
  });

  it("renders every payload in every slot of a Markdown roadmap through the importer", async () => {
    const template = (s: (i: number) => string) => `# ${s(0)}

**Author:** ${s(1)} (VP Product)
**Date:** January 15, 2026

## Strategic Goals

1. ${s(2)}

## Q1 2026

### CORE-1: ${s(3)}
**Owner:** ${s(4)} (Platform Team)
**Target:** March 2026
**Goal**: ${s(5)}

- [x] ${s(6)}
- [ ] ${s(7)}
- Dependency: Requires ${s(8)}
- **Success Metrics**:
  - ${s(9)}

### ${s(10)}
**Owner:** ${s(11)}
**Status:** ${s(12)}

- ${s(13)}

## Risks

1. **${s(14)}** - ${s(15)}
   - Mitigation: ${s(16)}

## Success Metrics

- ${s(17)}
- < 100ms ${s(18)}

| Team | Focus | Lead |
|------|-------|------|
| ${s(19)} | ${s(20)} | ${s(21)} |

## Notes

${s(22)}
`;
    const SLOTS = 23;
    const provider = make<RoadmapProvider>('roadmap-provider', { 'as-of': '2026-02-15' });
    const views = [make('roadmap-timeline'), make('initiative-card', { 'initiative-id': 'core-1' }), make('risk-matrix'), make('metric-scorecard')];
    provider.append(...views);
    stage.append(provider);
    let shownTitles = 0;
    for (let round = 0; round < TEXTS.length; round++) {
      // One line per slot: a payload with a line break would end its slot early, so flatten it.
      const text = template((i) => TEXTS[(i + round) % TEXTS.length]!.replace(/[\r\n]+/g, ' '));
      const script = document.createElement('script');
      script.type = 'text/markdown';
      script.textContent = text;
      provider.querySelector('script')?.remove();
      provider.prepend(script);
      await new Promise<void>((resolve) => {
        const done = () => resolve();
        provider.addEventListener('roadmap-load', done, { once: true });
        provider.addEventListener('roadmap-error', done, { once: true });
      });
      await settle(provider, ...views);
      expect(provider.status, `markdown round ${round}`).to.equal('ready');
      expectClean(`markdown round ${round}`);
      if (provider.loadedRoadmap && deepText(views[0]!).includes(normalize(provider.loadedRoadmap.meta.title))) shownTitles++;
      stats.markdownDocs++;
    }
    expect(shownTitles, 'imported titles shown by the timeline').to.equal(TEXTS.length);
    await sleep(200);
    expect(calls).to.deep.equal([]);
    expect(capture.errors).to.deep.equal([]);
    provider.remove();
  });

  it('colours from the roadmap cannot load anything or break out of their property', async () => {
    const css = PAYLOADS.filter((x) => x.kind === 'css' || x.kind === 'url').map((x) => x.text);
    const levels = [1, 2, 3, 4, 5].map((level) => ({ level, label: `L${level}` }));
    const matrix = make('risk-matrix', { size: '5' });
    stage.append(matrix);
    for (let i = 0; i < css.length; i += 4) {
      const bands = [0, 1, 2, 3].map((k) => ({ key: `b${k}`, label: `Band ${k}`, min: k * 6 + 1, max: k * 6 + 6 + (k === 3 ? 1 : 0), color: css[(i + k) % css.length] }));
      const doc = { ...clone(fixtures.rated), riskModel: { likelihood: levels, impact: levels, scoring: 'product', bands }, themes: [{ id: 'th', name: 'Theme', color: css[i] }] };
      (matrix as unknown as { roadmap: unknown }).roadmap = doc;
      await settle(matrix);
      expect(matrix.shadowRoot!.querySelector('[part~="cell"]'), 'the matrix drew').to.exist;
      expectClean(`band colours ${i}`);
    }
    await sleep(300);
    expect(trappedRequests(), 'requests made from a colour').to.deep.equal([]);
    matrix.remove();
    expect(['#0969da', 'rebeccapurple', 'rgb(10 20 30 / 50%)', 'oklch(0.7 0.1 200)', 'var(--brand)'].map(safeColor)).to.deep.equal(['#0969da', 'rebeccapurple', 'rgb(10 20 30 / 50%)', 'oklch(0.7 0.1 200)', 'var(--brand)']);
    expect(css.map(safeColor).filter(Boolean)).to.deep.equal([]);
  });

  it("the card's inline Markdown keeps every payload as text or a safe link", async () => {
    const host = document.createElement('div');
    stage.append(host);
    for (const text of TEXTS) {
      render(renderInline(text), host);
      render(renderInline(`before ${text} after`, { links: false }), host);
    }
    render(renderInline(TEXTS.join(' · ')), host);
    expect(executableBits(host, new Set(['strong', 'em', 'code', 'a']))).to.deep.equal([]);
    for (const a of host.querySelectorAll('a')) expect(safeUrl(a.getAttribute('href')!, document.baseURI), a.getAttribute('href')!).to.equal(true);
    expect(normalize(host.textContent ?? '')).to.include('<img src=x onerror=__xss()>');
    host.remove();
    await sleep(100);
    expect(calls).to.deep.equal([]);
  });

  it('the embed page shows hostile share links as text', async function () {
    const complete = freeTextPaths(fixtures.complete);
    const md = `# ${TEXTS[0]}\n\n## Q1 2026\n\n${TEXTS.map((t, i) => `### ${t.replace(/[\r\n]+/g, ' ')}\n**Owner:** ${TEXTS[(i + 1) % TEXTS.length]!.replace(/[\r\n]+/g, ' ')}\n**Target:** March 2026\n`).join('\n')}`;
    const pages = [
      `#${await encodeShareHash(md, 'md')}&view=dashboard`,
      `#${await encodeShareHash(JSON.stringify(hostile(fixtures.complete, complete.free, 7)), 'json')}&view=dashboard&id=cache`,
      `#${await encodeShareHash(JSON.stringify({ schemaVersion: '1.0', meta: { title: TEXTS[1] }, initiatives: [{ id: 'x', title: TEXTS[2], status: TEXTS[3] }], risks: TEXTS[4] }), 'json')}`,
      `?view=${encodeURIComponent(TEXTS[5]!)}`,
      `?src=${encodeURIComponent('javascript:__xss()')}&view=timeline`,
    ];
    for (const query of pages) {
      const frame = document.createElement('iframe');
      frame.style.width = '1000px';
      frame.style.height = '800px';
      if (query === pages[0]) expect((await fetch('/test/hardening/embed.html')).status, 'the embed page, with the trap in front').to.equal(200);
      const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      frame.src = `/test/hardening/embed.html${query}`;
      stage.append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      // Wait for the page to settle on a roadmap or a problem box.
      for (let i = 0; i < 100; i++) {
        const provider = doc.querySelector('roadmap-provider') as RoadmapProvider | null;
        if (doc.querySelector('.problem') || (provider && provider.status !== 'loading' && provider.status !== 'idle')) break;
        await sleep(50);
      }
      await sleep(150);
      const provider = doc.querySelector('roadmap-provider') as RoadmapProvider | null;
      if (provider) await settle(provider, ...Array.from(provider.children));
      expect(doc.querySelector('.problem') || provider, `${query.slice(0, 40)}: something shown`).to.exist;
      expect(executableBits(doc.body, ownTags), `embed ${query.slice(0, 40)}`).to.deep.equal([]);
      expect((frame.contentWindow as Window & { __xssCount?: number }).__xssCount ?? 0, 'trap inside the embed page').to.equal(0);
      stats.embedPages++;
      frame.remove();
    }
    expect(calls).to.deep.equal([]);
    expect(trappedRequests()).to.deep.equal([]);
  });
});
