// The single-file bundle, as a page loads it with <script type="module" src="…">: these tests
// import nothing from src/ (types only), only /__build/bundle/…, which scripts/wtr-builds.mjs
// builds with the same script as `npm run build` writes dist/cdn/ with.
import { expect, waitUntil } from '@open-wc/testing';
import type * as Library from '../../src/index.js';
import type { RoadmapProvider, RoadmapTimeline } from '../../src/index.js';

const BUNDLE = '/__build/bundle/roadmap-elements.min.js';
const TAGS = {
  'roadmap-provider': 'RoadmapProvider',
  'roadmap-timeline': 'RoadmapTimeline',
  'initiative-card': 'InitiativeCard',
  'risk-matrix': 'RiskMatrix',
  'metric-scorecard': 'MetricScorecard',
} as const;

let lib: typeof Library;
const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

const loaded = (part: string) => performance.getEntriesByType('resource').some((r) => r.name.startsWith(location.origin + part));

function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.style.width = '960px';
  document.body.append(host);
  // Test-only markup, written by the test itself.
  host.innerHTML = markup;
  return host;
}

function shadowCount(el: Element | null, selector: string): number {
  return el?.shadowRoot?.querySelectorAll(selector).length ?? 0;
}

async function rendered(el: Element | null, selector: string, what: string): Promise<void> {
  await waitUntil(() => shadowCount(el, selector) > 0, `${what} did not render`, { timeout: 8000 });
}

/** A generated roadmap: `n` initiatives over `lanes` themes, two years; text as given. */
function bigRoadmap(n: number, lanes: number, title = (i: number) => `Initiative ${i}`) {
  return {
    schemaVersion: '1.0',
    meta: { title: 'Generated roadmap', asOf: '2025-06-01' },
    themes: Array.from({ length: lanes }, (_, i) => ({ id: `t${i}`, name: `Theme ${i}` })),
    initiatives: Array.from({ length: n }, (_, i) => {
      const start = new Date(Date.UTC(2025, (i * 7) % 20, 1 + (i % 20)));
      const end = new Date(start.getTime() + (30 + (i % 5) * 20) * 86_400_000);
      return { id: `i${i}`, title: title(i), status: ['planned', 'in-progress', 'done', 'at-risk'][i % 4], themeIds: [`t${i % lanes}`], schedule: { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) } };
    }),
  };
}

describe('the single-file bundle', function () {
  this.timeout(30_000);

  before(async () => {
    lib = (await import(BUNDLE)) as typeof Library;
  });

  afterEach(() => {
    for (const el of [...document.body.children]) if (el.localName === 'div') el.remove();
  });

  it('registers every element and exports the classes it registered, without loading anything from src/ or the importer', () => {
    for (const [tag, name] of Object.entries(TAGS)) expect(customElements.get(tag), tag).to.equal(lib[name]);
    expect(typeof lib.validateRoadmap).to.equal('function');
    expect(loaded('/src/'), 'nothing from src/').to.equal(false);
    expect(loaded('/__build/bundle/roadmap-elements-importer.min.js'), 'importer not loaded yet').to.equal(false);
  });

  it('draws a roadmap object without the chunk that reads text and URLs', async () => {
    const roadmap = await (await fetch('/test/fixtures/seeds/004.json')).json();
    const host = mount('<roadmap-timeline as-of="2025-10-01"></roadmap-timeline>');
    const timeline = host.querySelector('roadmap-timeline') as HTMLElement & { roadmap: unknown };
    timeline.roadmap = roadmap;
    await rendered(timeline, '[part~="bar"]', 'timeline bars');
    expect(loaded('/__build/bundle/roadmap-elements-load.min.js'), 'load chunk not loaded').to.equal(false);
  });

  it('draws an object that writes its times as text, with the reader it carries (no chunk to load)', async () => {
    const host = mount('<roadmap-timeline as-of="2025-10-01" scale="quarter" from="2025-07-01"></roadmap-timeline>');
    const timeline = host.querySelector('roadmap-timeline') as RoadmapTimeline;
    timeline.roadmap = { schemaVersion: '1.0', meta: { title: 'Written times' }, initiatives: [{ id: 'a', title: 'Alpha', schedule: { start: 'Q3 2025', end: 'December 2025' } }] };
    await timeline.updateComplete;
    expect(shadowCount(timeline, '[part~="bar"]'), 'drawn at once').to.equal(1);
    expect(loaded('/__build/bundle/roadmap-elements-load.min.js'), 'load chunk not loaded').to.equal(false);
    const bar = timeline.layout!.bars[0]!;
    expect([bar.x0, bar.x1]).to.deep.equal([Date.UTC(2025, 6, 1) / 86_400_000, Date.UTC(2026, 0, 1) / 86_400_000]);
    expect(errors).to.deep.equal([]);
  });

  it('renders a JSON seed given to a single view with src, loading the text chunk from beside the bundle', async () => {
    const host = mount('<roadmap-timeline src="/test/fixtures/seeds/001.json" as-of="2025-03-01"></roadmap-timeline>');
    const timeline = host.querySelector('roadmap-timeline');
    await rendered(timeline, '[part~="bar"]', 'timeline bars');
    expect(timeline!.shadowRoot!.querySelector('[part~="axis"]')).to.exist;
    expect(loaded('/__build/bundle/roadmap-elements-load.min.js'), 'load chunk loaded').to.equal(true);
    expect(loaded('/__build/bundle/roadmap-elements-importer.min.js'), 'importer not loaded for JSON').to.equal(false);
  });

  it('renders a Markdown seed through a provider in every view, loading the importer chunk only then', async () => {
    const host = mount(`<roadmap-provider src="/test/fixtures/seeds/004.md">
      <roadmap-timeline></roadmap-timeline><initiative-card initiative-id="none"></initiative-card><risk-matrix></risk-matrix><metric-scorecard></metric-scorecard>
    </roadmap-provider>`);
    await rendered(host.querySelector('roadmap-timeline'), '[part~="bar"]', 'timeline bars');
    await rendered(host.querySelector('risk-matrix'), '[part~="empty"]', 'the risk matrix (this roadmap lists no risks)');
    await rendered(host.querySelector('metric-scorecard'), '[part~="metric"]', 'metric tiles');
    expect(loaded('/__build/bundle/roadmap-elements-importer.min.js'), 'importer chunk loaded').to.equal(true);
    expect((host.querySelector('roadmap-provider') as RoadmapProvider).loadedRoadmap!.initiatives.length).to.be.above(3);
  });

  it('links the views: a bar chosen in the timeline shows in the card and is highlighted; selection set from outside too', async () => {
    const host = mount(`<roadmap-provider src="/test/fixtures/seeds/001.json" as-of="2025-03-01">
      <roadmap-timeline></roadmap-timeline><initiative-card></initiative-card></roadmap-provider>`);
    const provider = host.querySelector('roadmap-provider') as RoadmapProvider;
    const timeline = host.querySelector('roadmap-timeline')!;
    const card = host.querySelector('initiative-card')!;
    await rendered(timeline, '[part~="bar"]', 'timeline bars');
    const bar = timeline.shadowRoot!.querySelector<SVGGElement>('[part~="bar"]')!;
    const id = bar.dataset['id']!;
    const title = provider.loadedRoadmap!.initiatives.find((i) => i.id === id)!.title;
    const heard: unknown[] = [];
    provider.addEventListener('roadmap-select', (e) => heard.push(e.detail));
    bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(heard).to.deep.equal([{ kind: 'initiative', id }]);
    expect(provider.selection).to.deep.equal({ kind: 'initiative', id });
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="title"]')?.textContent?.includes(title), 'card shows the chosen initiative');
    await waitUntil(() => timeline.shadowRoot!.querySelector(`[data-id="${id}"]`)?.getAttribute('part')?.includes('selected'), 'bar highlighted');

    const other = provider.loadedRoadmap!.initiatives.find((i) => i.id !== id)!;
    provider.selection = { kind: 'initiative', id: other.id };
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="title"]')?.textContent?.includes(other.title), 'card follows provider.selection');
  });

  it('can be loaded twice, or next to another copy, without an error; the first registration stays and the copy’s classes can take other names', async () => {
    const again = (await import(BUNDLE)) as typeof Library;
    expect(again).to.equal(lib);
    const copy = (await import(`${BUNDLE}?copy=2`)) as typeof Library;
    expect(copy.RoadmapTimeline).to.not.equal(lib.RoadmapTimeline);
    expect(customElements.get('roadmap-timeline')).to.equal(lib.RoadmapTimeline);
    expect(errors).to.deep.equal([]);

    customElements.define('other-copy-timeline', copy.RoadmapTimeline);
    const host = mount(`<roadmap-timeline src="/test/fixtures/seeds/003.json"></roadmap-timeline>
      <other-copy-timeline src="/test/fixtures/seeds/003.json"></other-copy-timeline>`);
    await rendered(host.querySelector('roadmap-timeline'), '[part~="bar"]', 'the first copy’s timeline');
    await rendered(host.querySelector('other-copy-timeline'), '[part~="bar"]', 'the second copy’s timeline');
    expect(errors).to.deep.equal([]);
  });

  it('lets a host register the exported classes under its own tag names, linked through the provider', async () => {
    customElements.define('acme-roadmap', class extends lib.RoadmapProvider {});
    customElements.define('acme-timeline', class extends lib.RoadmapTimeline {});
    customElements.define('acme-card', class extends lib.InitiativeCard {});
    const host = mount(`<acme-roadmap src="/test/fixtures/seeds/001.json"><acme-timeline></acme-timeline><acme-card></acme-card></acme-roadmap>`);
    const timeline = host.querySelector('acme-timeline')!;
    await rendered(timeline, '[part~="bar"]', 'acme-timeline bars');
    const id = timeline.shadowRoot!.querySelector<SVGGElement>('[part~="bar"]')!.dataset['id']!;
    (host.querySelector('acme-roadmap') as RoadmapProvider).selection = { kind: 'initiative', id };
    await rendered(host.querySelector('acme-card'), '[part~="card"]', 'acme-card');
  });

  it('exports the whole timeline, not only the rows on screen, as SVG and PNG', async () => {
    const host = mount('<roadmap-timeline></roadmap-timeline>');
    host.style.setProperty('--roadmap-timeline-max-height', '300px');
    const timeline = host.querySelector('roadmap-timeline') as RoadmapTimeline;
    const roadmap = bigRoadmap(400, 12);
    timeline.roadmap = roadmap;
    await rendered(timeline, '[part~="bar"]', 'bars');
    const onScreen = shadowCount(timeline, '[part~="bar"]');
    expect(onScreen, 'the viewport keeps only some rows').to.be.below(400);

    const svg = await timeline.toSVG();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('g[data-kind="initiative"]').length).to.equal(400);
    expect(doc.querySelectorAll('text').length).to.be.above(400);
    const root = doc.documentElement;
    const [width, height] = [Number(root.getAttribute('width')), Number(root.getAttribute('height'))];
    // Laid out again at the export's own (readable) zoom, so rows pack differently from the
    // element's; every initiative is there (above) and the picture is far taller than the viewport.
    expect(height).to.be.above(2 * timeline.shadowRoot!.querySelector<HTMLElement>('.viewport')!.clientHeight);
    expect(doc.querySelector('title')!.textContent).to.equal('Generated roadmap');

    const png = await timeline.toPNG();
    expect(png.type).to.equal('image/png');
    expect(loaded('/__build/bundle/roadmap-elements-export.min.js'), 'the export chunk came from beside the bundle').to.equal(true);
    const bitmap = await createImageBitmap(png);
    // Twice the CSS size, lowered only as far as the browser's canvas limits require.
    const scale = bitmap.width / width;
    expect(scale).to.be.within(1.5, 2);
    expect(Math.abs(bitmap.height - height * scale)).to.be.below(2);
  });

  it('exports the card, the risk matrix and the scorecard as SVG with their styles inlined, and as PNG', async () => {
    const host = mount(`<roadmap-provider src="/test/fixtures/seeds/001.json">
      <initiative-card initiative-id="nexus-2000"></initiative-card><risk-matrix></risk-matrix><metric-scorecard></metric-scorecard></roadmap-provider>`);
    const provider = host.querySelector('roadmap-provider') as RoadmapProvider;
    await waitUntil(() => provider.loadedRoadmap, 'loaded');
    const first = provider.loadedRoadmap!.initiatives[0]!;
    host.querySelector('initiative-card')!.setAttribute('initiative-id', first.id);
    await rendered(host.querySelector('initiative-card'), '[part~="card"]', 'card');
    await rendered(host.querySelector('metric-scorecard'), '[part~="metric"]', 'metrics');
    await rendered(host.querySelector('risk-matrix'), '[part~="risk"]', 'risks');
    for (const tag of ['initiative-card', 'risk-matrix', 'metric-scorecard'] as const) {
      const el = host.querySelector(tag)!;
      const svg = await el.toSVG();
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror'), tag).to.equal(null);
      const object = doc.querySelector('foreignObject')!;
      expect(object, tag).to.exist;
      expect(object.querySelector('style')!.textContent, `${tag} styles`).to.include('.roadmap-export');
      expect(object.querySelector('style')!.textContent, `${tag} styles`).to.not.include(':host');
      // All of the content, with a 12px margin.
      expect(Number(doc.documentElement.getAttribute('height')), `${tag} height`).to.be.at.least(Math.floor(el.getBoundingClientRect().height) + 23);
      const png = await el.toPNG(1);
      const bitmap = await createImageBitmap(png);
      expect(bitmap.width, `${tag} PNG width`).to.equal(Math.round(el.getBoundingClientRect().width) + 24);
    }
    const cardSvg = await host.querySelector('initiative-card')!.toSVG();
    expect(cardSvg).to.include(escapeText(first.title));
  });

  it('keeps hostile roadmap text as text in every export', async () => {
    const evil = `</text><script>alert(1)</script><![CDATA[ & "quotes" 'apos' <b>bold</b>`;
    const roadmap = bigRoadmap(3, 1, () => evil);
    (roadmap.meta as { title: string }).title = evil;
    const host = mount('<roadmap-provider><roadmap-timeline></roadmap-timeline><initiative-card initiative-id="i0"></initiative-card></roadmap-provider>');
    (host.querySelector('roadmap-provider') as RoadmapProvider).roadmap = roadmap;
    await rendered(host.querySelector('roadmap-timeline'), '[part~="bar"]', 'bars');
    await rendered(host.querySelector('initiative-card'), '[part~="card"]', 'card');
    for (const svg of [await host.querySelector('roadmap-timeline')!.toSVG(), await host.querySelector('initiative-card')!.toSVG()]) {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.getElementsByTagName('script').length).to.equal(0);
      expect(doc.getElementsByTagName('b').length).to.equal(0);
      expect(doc.documentElement.textContent).to.include(evil);
    }
  });
});

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
