import { ContextConsumer } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { roadmapContext, type RoadmapContextValue } from '../../context/roadmap-context.js';
import { RoadmapSelectEvent, type RoadmapErrorEvent, type RoadmapLoadEvent } from '../../events/events.js';
import './roadmap-provider.js';
import type { RoadmapProvider } from './roadmap-provider.component.js';

/** A minimal view that records what the provider shares. */
class ContextProbe extends LitElement {
  values: RoadmapContextValue[] = [];
  constructor() {
    super();
    new ContextConsumer(this, { context: roadmapContext, subscribe: true, callback: (v) => this.values.push(v) });
  }
  get last(): RoadmapContextValue | undefined {
    return this.values[this.values.length - 1];
  }
  protected override render() {
    return litHtml`<button @click=${() => this.dispatchEvent(new RoadmapSelectEvent({ kind: 'initiative', id: 'cache' }))}>select</button>`;
  }
}
customElements.define('context-probe', ContextProbe);

const COMPLETE = '/test/fixtures/model/complete.json';
const minimal = { schemaVersion: '1.0', meta: { title: 'Tiny' }, initiatives: [{ id: 'a', title: 'A' }] };

let rejections: unknown[] = [];
const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);

describe('<roadmap-provider>', () => {
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    expect(rejections, 'unhandled rejections').to.deep.equal([]);
  });

  it('shares a roadmap set as a property, synchronously validated', async () => {
    const el = await fixture<RoadmapProvider>(html`<roadmap-provider .roadmap=${minimal}><context-probe></context-probe></roadmap-provider>`);
    const probe = el.querySelector('context-probe') as ContextProbe;
    await el.updateComplete;
    expect(probe.last!.status).to.equal('ready');
    expect(probe.last!.roadmap!.initiatives[0]!.title).to.equal('A');
    expect(el.status).to.equal('ready');
  });

  it('fires roadmap-load with the source of the roadmap', async () => {
    const el = document.createElement('roadmap-provider');
    const loaded = oneEvent(el, 'roadmap-load') as Promise<RoadmapLoadEvent>;
    el.roadmap = minimal;
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.origin).to.equal('property');
    expect(event.detail.roadmap.meta.title).to.equal('Tiny');
    expect(event.bubbles && event.composed).to.equal(true);
    el.remove();
  });

  it('loads JSON from src, showing a loading state first', async () => {
    const el = await fixture<RoadmapProvider>(html`<roadmap-provider src=${COMPLETE}><context-probe></context-probe></roadmap-provider>`);
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.exist;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Loading roadmap');
    const event = (await oneEvent(el, 'roadmap-load')) as RoadmapLoadEvent;
    expect(event.detail.src).to.equal(COMPLETE);
    await el.updateComplete;
    const probe = el.querySelector('context-probe') as ContextProbe;
    expect(probe.last!.roadmap!.meta.title).to.equal('Platform roadmap H1 2026');
    expect(el.shadowRoot!.querySelector('[part~="status"]')).to.equal(null);
  });

  it('reads a child <script type="application/json"> and follows edits to it', async () => {
    const el = await fixture<RoadmapProvider>(html`<roadmap-provider><script type="application/json">{"schemaVersion":"1.0","meta":{"title":"Inline"}}</script><context-probe></context-probe></roadmap-provider>`);
    const probe = el.querySelector('context-probe') as ContextProbe;
    await waitUntil(() => probe.last?.status === 'ready');
    expect(probe.last!.roadmap!.meta.title).to.equal('Inline');
    el.querySelector('script')!.textContent = '{"schemaVersion":"1.0","meta":{"title":"Edited"}}';
    await waitUntil(() => probe.last?.roadmap?.meta.title === 'Edited');
  });

  it('shows bad JSON with its line and column, and fires roadmap-error', async () => {
    const el = document.createElement('roadmap-provider');
    const failed = oneEvent(el, 'roadmap-error') as Promise<RoadmapErrorEvent>;
    el.innerHTML = '<script type="application/json">{\n  "schemaVersion": "1.0",\n  "meta": { "title": "x" }\n  "initiatives": []\n}</script>';
    document.body.append(el);
    const event = await failed;
    expect(event.detail.diagnostics[0]!.code).to.equal('input.json-syntax');
    expect(event.detail.diagnostics[0]!.message).to.match(/^line 4, column 3/);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('not valid JSON');
    expect(alert.textContent).to.contain('line 4, column 3');
    el.remove();
  });

  it('says which file failed and why: 404', async () => {
    const el = await fixture<RoadmapProvider>(html`<roadmap-provider src="/test/fixtures/missing-roadmap.json"></roadmap-provider>`);
    const event = (await oneEvent(el, 'roadmap-error')) as RoadmapErrorEvent;
    expect(event.detail.status).to.equal(404);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Could not load missing-roadmap.json: HTTP 404');
  });

  it('says which file failed and why: network failure', async () => {
    const el = await fixture<RoadmapProvider>(html`<roadmap-provider src="http://127.0.0.1:9/roadmap.json"></roadmap-provider>`);
    const event = (await oneEvent(el, 'roadmap-error')) as RoadmapErrorEvent;
    expect(event.detail.diagnostics[0]!.code).to.equal('input.network');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Could not load roadmap.json');
  });

  it('refuses an HTML page served in place of a roadmap', async () => {
    const el = await fixture<RoadmapProvider>(html`<roadmap-provider src="/demo/dev.html"></roadmap-provider>`);
    const event = (await oneEvent(el, 'roadmap-error')) as RoadmapErrorEvent;
    expect(event.detail.diagnostics[0]!.code).to.equal('input.html');
  });

  it('shows the first diagnostics of a document that is not a roadmap', async () => {
    const el = await fixture<RoadmapProvider>(html`<roadmap-provider .roadmap=${{ schemaVersion: '1.0' }}></roadmap-provider>`);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('meta: is required');
  });

  it('aborts a superseded fetch and never shows the stale answer', async () => {
    const el = await fixture<RoadmapProvider>(html`<roadmap-provider src=${COMPLETE}><context-probe></context-probe></roadmap-provider>`);
    el.roadmap = minimal; // supersedes the fetch still in flight
    await el.updateComplete;
    const probe = el.querySelector('context-probe') as ContextProbe;
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    expect(probe.last!.roadmap!.meta.title).to.equal('Tiny');
    expect(probe.values.some((v) => v.roadmap?.meta.title === 'Platform roadmap H1 2026')).to.equal(false);
  });

  it('updates the shared selection from roadmap-select and from outside', async () => {
    const el = await fixture<RoadmapProvider>(html`<roadmap-provider src=${COMPLETE}><context-probe></context-probe></roadmap-provider>`);
    await oneEvent(el, 'roadmap-load');
    await el.updateComplete;
    const probe = el.querySelector('context-probe') as ContextProbe;
    probe.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(probe.last!.selection).to.deep.equal({ kind: 'initiative', id: 'cache' });
    el.selection = { kind: 'risk', id: 'r1' };
    await el.updateComplete;
    expect(probe.last!.selection).to.deep.equal({ kind: 'risk', id: 'r1' });
    el.selection = { kind: 'risk', id: 'no-such-risk' };
    await el.updateComplete;
    expect(probe.last!.selection).to.equal(undefined);
    el.dispatchEvent(new RoadmapSelectEvent({ kind: null, id: null }));
    await el.updateComplete;
    expect(el.selection).to.equal(undefined);
  });

  it('shares as-of only when it is a calendar date', async () => {
    const el = await fixture<RoadmapProvider>(html`<roadmap-provider as-of="2025-02-30" .roadmap=${minimal}><context-probe></context-probe></roadmap-provider>`);
    const probe = el.querySelector('context-probe') as ContextProbe;
    expect(probe.last!.asOf).to.equal(undefined);
    el.asOf = '2025-03-01';
    await el.updateComplete;
    expect(probe.last!.asOf).to.equal('2025-03-01');
  });

  it('is accessible in its error state', async () => {
    const el = await fixture<RoadmapProvider>(html`<roadmap-provider .roadmap=${42}></roadmap-provider>`);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
