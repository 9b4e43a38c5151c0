/**
 * Loading failures, for the provider and for every view's own `src`: a 404 or 500, no answer, an
 * HTML page, broken JSON, a huge answer (declared and streamed), a refused connection, and a `src`
 * that changes (or goes away, or is moved in the page) while loading. Each gives the right error
 * state and `roadmap-error`, never a stale roadmap, never an unhandled rejection. The misbehaving
 * server is test/hardening/wtr-plugin.mjs (/__hardening/…).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { FETCH_TIMEOUT_MS, MAX_DOCUMENT_LENGTH } from '../../src/controllers/load-text.js';
import type { RoadmapErrorEvent, RoadmapLoadEvent } from '../../src/events/events.js';
import { captureErrors, deepText, normalize, settle, sleep } from './inspect.js';

const TAGS = ['roadmap-provider', 'roadmap-timeline', 'initiative-card', 'risk-matrix', 'metric-scorecard'] as const;

interface Watched {
  el: HTMLElement & { src?: string; updateComplete: Promise<unknown> };
  loads: RoadmapLoadEvent['detail'][];
  errors: RoadmapErrorEvent['detail'][];
}

let capture: ReturnType<typeof captureErrors>;
let stage: HTMLElement;
const tally = { cases: 0, elementLoads: 0 };

function watch(tag: string, src?: string): Watched {
  const el = document.createElement(tag) as Watched['el'];
  if (tag === 'initiative-card') el.setAttribute('initiative-id', 'only');
  const w: Watched = { el, loads: [], errors: [] };
  el.addEventListener('roadmap-load', (e) => w.loads.push((e as RoadmapLoadEvent).detail));
  el.addEventListener('roadmap-error', (e) => w.errors.push((e as RoadmapErrorEvent).detail));
  if (src) el.setAttribute('src', src);
  return w;
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const end = performance.now() + timeout;
  while (!(await condition())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Every element with `src`; resolves once each has answered with an event. */
async function loadAll(src: string, tags: readonly string[] = TAGS): Promise<Watched[]> {
  const all = tags.map((t) => watch(t, src));
  stage.append(...all.map((w) => w.el));
  await until(() => all.every((w) => w.loads.length + w.errors.length > 0), `every element to answer ${src}`, 20_000);
  await settle(...all.map((w) => w.el));
  tally.cases++;
  tally.elementLoads += all.length;
  return all;
}

const alertText = (el: Element) => normalize(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '');
const drawsSomething = (el: Element) => Boolean(el.shadowRoot!.querySelector('[part~="bar"], [part~="card"], [part~="cell"], [part~="metric"], [part~="tray"], [part~="unscheduled"]'));

function expectError(all: Watched[], code: string, text: RegExp): void {
  for (const w of all) {
    const name = w.el.localName;
    expect(w.loads, `${name}: no roadmap-load`).to.deep.equal([]);
    expect(w.errors, `${name}: one roadmap-error`).to.have.length(1);
    expect(w.errors[0]!.diagnostics[0]?.code, `${name}: diagnostic code (${w.errors[0]!.diagnostics[0]?.message})`).to.equal(code);
    expect(w.errors[0]!.src, `${name}: the event names the source`).to.equal(w.el.getAttribute('src'));
    expect(alertText(w.el), `${name}: the error box`).to.match(text);
    expect(drawsSomething(w.el), `${name}: nothing drawn`).to.equal(false);
  }
}

describe('loading failures', function () {
  this.timeout(120_000);

  beforeEach(() => {
    capture = captureErrors();
    stage = document.createElement('div');
    stage.style.width = '900px';
    document.body.append(stage);
  });

  afterEach(async () => {
    stage.remove();
    await sleep(50);
    capture.stop();
    expect(capture.errors, 'uncaught errors and unhandled rejections').to.deep.equal([]);
  });

  after(() => console.log(`loading: ${JSON.stringify(tally)}`));

  it('a roadmap that loads: every element answers with roadmap-load and draws it', async () => {
    const all = await loadAll('/__hardening/roadmap.json?title=Fine');
    for (const w of all) {
      expect(w.errors, w.el.localName).to.deep.equal([]);
      expect(w.loads[0]!.roadmap.meta.title).to.equal('Fine');
      expect(w.el.shadowRoot!.querySelector('[part~="status"][data-state]')?.outerHTML.slice(0, 300) ?? null, `${w.el.localName}: no status box`).to.equal(null);
    }
  });

  it('404 and 500', async () => {
    const missing = await loadAll('/__hardening/nothing-here.json');
    expectError(missing, 'input.http', /Could not load nothing-here\.json: HTTP 404/);
    for (const w of missing) expect(w.errors[0]!.status).to.equal(404);
    const failing = await loadAll('/__hardening/status.json?code=500');
    expectError(failing, 'input.http', /HTTP 500/);
  });

  it('no answer: gives up after the timeout', async () => {
    // The fetch timeout (30 s) shortened for this test only.
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => realSetTimeout(fn, ms === FETCH_TIMEOUT_MS ? 300 : ms, ...rest)) as typeof window.setTimeout;
    try {
      const all = await loadAll('/__hardening/hang.json');
      expectError(all, 'input.timeout', /Could not load hang\.json: no answer within 30 s/);
    } finally {
      window.setTimeout = realSetTimeout;
    }
  });

  it('an HTML page (by type, and by content under a JSON type)', async () => {
    expectError(await loadAll('/__hardening/html'), 'input.html', /is an HTML page, not a roadmap/);
    expectError(await loadAll('/__hardening/html-as-json.json'), 'input.html', /is an HTML page, not a roadmap/);
  });

  it('broken JSON: the line and column', async () => {
    expectError(await loadAll('/__hardening/bad.json'), 'input.json-syntax', /bad\.json is not valid JSON \(line 6, column 5/);
  });

  it('huge: refused by its declared length, and by its length once read', async () => {
    await fetch('/__hardening/stats?reset=1');
    expectError(await loadAll('/__hardening/huge.json?mb=60&declared=1'), 'input.too-large', /huge\.json is too large to show/);
    // Refused from its headers, the answer's body is cancelled: the connections are let go at once.
    let stats = { declaredClosedByClient: 0, declaredTimedOut: 0 };
    await until(async () => (stats = await (await fetch('/__hardening/stats')).json()).declaredClosedByClient >= TAGS.length, 'the connections to close', 8000).catch(() => {});
    expect(stats).to.deep.equal({ declaredClosedByClient: TAGS.length, declaredTimedOut: 0 });
    const mb = Math.ceil(MAX_DOCUMENT_LENGTH / 1e6) + 1;
    // One at a time: two 26 MB answers at once can exhaust the browser's buffers (a network error, also handled).
    for (const tag of ['roadmap-provider', 'roadmap-timeline']) expectError(await loadAll(`/__hardening/huge.json?mb=${mb}`, [tag]), 'input.too-large', /huge\.json is too large to show/);
  });

  it('a refused connection', async () => {
    expectError(await loadAll('http://127.0.0.1:9/roadmap.json'), 'input.network', /Could not load roadmap\.json: the request failed/);
  });

  it('src changes while loading: only the newer roadmap is ever shown', async () => {
    const all = TAGS.map((t) => watch(t, '/__hardening/roadmap.json?title=Old&delay=700'));
    stage.append(...all.map((w) => w.el));
    await sleep(80);
    for (const w of all) w.el.setAttribute('src', '/__hardening/roadmap.json?title=New');
    await until(() => all.every((w) => w.loads.length > 0), 'the newer roadmap');
    await sleep(900); // the older answer would have arrived by now
    await settle(...all.map((w) => w.el));
    for (const w of all) {
      expect(w.loads.map((l) => l.roadmap.meta.title), w.el.localName).to.deep.equal(['New']);
      expect(w.errors, w.el.localName).to.deep.equal([]);
    }
    const timeline = all[1]!.el;
    expect(deepText(timeline)).to.include('New initiative');
    expect(deepText(timeline)).to.not.include('Old');
  });

  it('src changes to a failing one while loading: the error, never the older roadmap', async () => {
    const all = TAGS.map((t) => watch(t, '/__hardening/roadmap.json?title=Old&delay=700'));
    stage.append(...all.map((w) => w.el));
    await sleep(80);
    for (const w of all) w.el.setAttribute('src', '/__hardening/gone.json');
    await until(() => all.every((w) => w.errors.length > 0), 'the error');
    await sleep(900);
    await settle(...all.map((w) => w.el));
    expectError(all, 'input.http', /HTTP 404/);
  });

  it('a loaded roadmap is not left on screen when its next src fails', async () => {
    const all = await loadAll('/__hardening/roadmap.json?title=First');
    expect(drawsSomething(all[1]!.el), 'the timeline drew the first roadmap').to.equal(true);
    for (const w of all) {
      w.loads.length = 0;
      w.el.setAttribute('src', '/__hardening/bad.json');
    }
    await until(() => all.every((w) => w.errors.length > 0), 'the errors');
    await settle(...all.map((w) => w.el));
    expectError(all, 'input.json-syntax', /not valid JSON/);
    expect(deepText(all[1]!.el)).to.not.include('First');
  });

  it('src removed while loading: back to waiting, and the answer is dropped', async () => {
    const all = TAGS.map((t) => watch(t, '/__hardening/roadmap.json?title=Dropped&delay=500'));
    stage.append(...all.map((w) => w.el));
    await sleep(80);
    for (const w of all) w.el.removeAttribute('src');
    await sleep(700);
    await settle(...all.map((w) => w.el));
    for (const w of all) {
      expect(w.loads, w.el.localName).to.deep.equal([]);
      expect(w.errors, w.el.localName).to.deep.equal([]);
      expect(w.el.shadowRoot!.querySelector('[part~="status"][data-state]')?.outerHTML.slice(0, 300) ?? null, `${w.el.localName}: no loading box left`).to.equal(null);
      expect(deepText(w.el)).to.not.include('Dropped');
    }
  });

  it('removed from the page while loading, then put back: loads once, when back', async () => {
    const all = TAGS.map((t) => watch(t, '/__hardening/roadmap.json?title=Moved&delay=300'));
    stage.append(...all.map((w) => w.el));
    await sleep(60);
    for (const w of all) w.el.remove();
    await sleep(500);
    for (const w of all) expect(w.loads, `${w.el.localName}: nothing while detached`).to.deep.equal([]);
    stage.append(...all.map((w) => w.el));
    await until(() => all.every((w) => w.loads.length > 0), 'the reload');
    await settle(...all.map((w) => w.el));
    for (const w of all) {
      expect(w.loads.map((l) => l.roadmap.meta.title), w.el.localName).to.deep.equal(['Moved']);
      expect(w.el.shadowRoot!.querySelector('[part~="status"][data-state]')?.outerHTML.slice(0, 300) ?? null, w.el.localName).to.equal(null);
    }
  });

  it('a view inside a provider whose src fails says so in one line', async () => {
    const provider = watch('roadmap-provider', '/__hardening/nothing-here.json');
    const views = TAGS.slice(1).map((t) => document.createElement(t));
    provider.el.append(...views);
    stage.append(provider.el);
    await until(() => provider.errors.length > 0, 'the error');
    await settle(provider.el, ...views);
    expect(alertText(provider.el)).to.include('HTTP 404');
    for (const v of views) expect(normalize(v.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? ''), v.localName).to.include('Could not load nothing-here.json: HTTP 404');
  });
});
