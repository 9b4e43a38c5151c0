/**
 * Leaks: every element mounted and removed 1,000 times, and the roadmap replaced 1,000 times,
 * leave the heap (after a full garbage collection, through the DevTools protocol) and the DOM
 * counters within a small bound, and no live ResizeObservers, MutationObservers, timers, frames
 * or listeners on window/document.
 */
import { liveCounts } from './instrument.js'; // first: it wraps the globals the elements use
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { captureErrors, clone, fetchJson, nextFrame, settle, sleep } from './inspect.js';

interface Heap {
  usedSize: number;
  totalSize: number;
  documents: number;
  nodes: number;
  jsEventListeners: number;
}

const CYCLES = 1000;
const KB = 1024;
/**
 * Heap growth allowed over the second half of the cycles, once caches and compiled code have
 * settled: 256 KB for 500 cycles, about half a kilobyte a cycle; one leaked element is tens of KB.
 */
const STEADY_BOUND = 256 * KB;
/** Over all 1,000 cycles, warm-up included (Intl formatters, text-measure caches, optimised code). */
const TOTAL_BOUND = 2048 * KB;
const measurements: Record<string, { heapKB: [number, number]; nodes: number; listeners: number; ms: number }> = {};

const heap = () => executeServerCommand<Heap, undefined>('hardening-heap');
type View = HTMLElement & { roadmap?: unknown; updateComplete: Promise<unknown> };

let doc: Record<string, unknown>;
let rated: Record<string, unknown>;
let stage: HTMLElement;
let capture: ReturnType<typeof captureErrors>;

async function quiet(): Promise<void> {
  await nextFrame();
  await nextFrame();
  await sleep(50);
}

/** Runs `cycle` `cycles` times (after a warm-up) and checks what is left afterwards. */
async function measure(name: string, cycle: (i: number) => Promise<void>, cycles = CYCLES): Promise<void> {
  for (let i = 0; i < 30; i++) await cycle(i);
  await quiet();
  const live0 = liveCounts();
  const start = await heap();
  let half = start;
  const t0 = performance.now();
  for (let i = 0; i < cycles; i++) {
    await cycle(i);
    if (i % 50 === 49) await nextFrame(); // let observers, frames and timers fire as they would
    if (i === cycles / 2 - 1) {
      await quiet();
      half = await heap();
    }
  }
  const ms = performance.now() - t0;
  await quiet();
  let end = await heap();
  // The heap figure is the renderer's, which other test pages running at the same time may
  // share: a window that looks grown is measured again, twice at most. A real leak grows in
  // every window; another page's garbage does not come back each time.
  let steady = end.usedSize - half.usedSize;
  for (let retry = 0; retry < 2 && steady >= (STEADY_BOUND * cycles) / CYCLES; retry++) {
    const before = end;
    for (let i = 0; i < cycles / 2; i++) {
      await cycle(i);
      if (i % 50 === 49) await nextFrame();
    }
    await quiet();
    end = await heap();
    steady = Math.min(steady, end.usedSize - before.usedSize);
  }
  const live1 = liveCounts();
  measurements[name] = { heapKB: [Math.round((half.usedSize - start.usedSize) / KB), Math.round(steady / KB)], nodes: end.nodes - start.nodes, listeners: end.jsEventListeners - start.jsEventListeners, ms: Math.round(ms) };
  expect(live1, `${name}: live observers, timers, frames and global listeners`).to.deep.equal(live0);
  expect(steady, `${name}: heap growth over ${cycles / 2} cycles, after the first ${cycles / 2} (bytes)`).to.be.below((STEADY_BOUND * cycles) / CYCLES);
  expect(half.usedSize - start.usedSize + steady, `${name}: heap growth over ${cycles} cycles (bytes)`).to.be.below(TOTAL_BOUND);
  expect(end.nodes - start.nodes, `${name}: DOM nodes left`).to.be.below(200);
  expect(end.jsEventListeners - start.jsEventListeners, `${name}: event listeners left`).to.be.below(50);
  expect(end.documents - start.documents, `${name}: documents left`).to.be.at.most(0);
}

describe('leaks', function () {
  this.timeout(240_000);

  before(async () => {
    doc = await fetchJson('/test/fixtures/model/complete.json');
    rated = await fetchJson('/test/fixtures/risks/rated.json');
    capture = captureErrors();
    stage = document.createElement('div');
    stage.style.width = '900px';
    document.body.append(stage);
  });

  after(() => {
    stage.remove();
    capture.stop();
    console.log(`leaks (heap KB first half / second half, DOM nodes, listeners, ms): ${JSON.stringify(measurements)}`);
  });

  afterEach(() => expect(capture.errors).to.deep.equal([]));

  it('the detectors see a leak (self-test): an observer left observing, detached elements kept', async () => {
    const kept: HTMLElement[] = [];
    const observers = liveCounts().resizeObservers;
    const start = await heap();
    for (let i = 0; i < 300; i++) {
      const el = document.createElement('metric-scorecard') as View;
      el.roadmap = doc;
      stage.append(el);
      await el.updateComplete;
      el.remove();
      kept.push(el);
    }
    const ro = new ResizeObserver(() => {});
    ro.observe(stage);
    const end = await heap();
    expect(liveCounts().resizeObservers).to.equal(observers + 1);
    expect(end.usedSize - start.usedSize, 'what 300 kept elements weigh').to.be.above(STEADY_BOUND);
    ro.disconnect();
    kept.length = 0;
  });

  for (const tag of ['roadmap-timeline', 'initiative-card', 'risk-matrix', 'metric-scorecard']) {
    it(`<${tag}>: mounted and removed ${CYCLES} times`, async () => {
      await measure(tag, async () => {
        const el = document.createElement(tag) as View;
        if (tag === 'initiative-card') el.setAttribute('initiative-id', 'cache');
        el.roadmap = tag === 'risk-matrix' ? rated : doc;
        stage.append(el);
        await el.updateComplete;
        el.remove();
      });
    });
  }

  it(`<roadmap-provider> with a view inside: mounted and removed ${CYCLES} times`, async () => {
    await measure('roadmap-provider', async () => {
      const provider = document.createElement('roadmap-provider') as View;
      const view = document.createElement('metric-scorecard') as View;
      provider.roadmap = doc;
      provider.append(view);
      stage.append(provider);
      await Promise.all([provider.updateComplete, view.updateComplete]);
      provider.remove();
    });
  });

  it('views with their own src, removed while loading and after: 200 times', async () => {
    await measure('src', async (i) => {
      const el = document.createElement(i % 2 ? 'roadmap-timeline' : 'initiative-card') as View;
      el.setAttribute('src', '/test/fixtures/model/complete.json');
      stage.append(el);
      if (i % 4 < 2) await new Promise((r) => el.addEventListener('roadmap-load', r, { once: true }));
      await settle(el);
      el.remove();
    }, 200);
  });

  it(`the roadmap replaced ${CYCLES} times in a provider with every view`, async () => {
    const provider = document.createElement('roadmap-provider') as View;
    const views = ['roadmap-timeline', 'initiative-card', 'risk-matrix', 'metric-scorecard'].map((t) => document.createElement(t) as View);
    views[1]!.setAttribute('initiative-id', 'cache');
    provider.append(...views);
    stage.append(provider);
    await measure('replace-roadmap', async (i) => {
      const next = clone(doc) as { meta: { title: string } };
      next.meta.title = `Roadmap ${i}`;
      provider.roadmap = next;
      await settle(provider, ...views);
    });
    provider.remove();
  });
});
