import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../roadmap-provider/roadmap-provider.js';
import './roadmap-timeline.js';
import type { RoadmapTimeline } from './roadmap-timeline.component.js';
import type { RoadmapProvider } from '../roadmap-provider/roadmap-provider.component.js';
import { generateDataset, toRoadmap } from '../../../bench/generate.mjs';

const FIXTURE = '/test/fixtures/timeline/platform-2025.json';
const load = async (name = FIXTURE) => (await fetch(name)).json();

async function settle(el: RoadmapTimeline): Promise<void> {
  // Size and scroll arrive through ResizeObserver / animation frames; wait for them and the update.
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    await el.updateComplete;
  }
}

const marks = (el: Element, sel = '[part~="bar"]') => [...el.shadowRoot!.querySelectorAll<SVGGElement>(sel)];

describe('<roadmap-timeline>', () => {
  it('draws bars with data-id, part tokens, status and an accessible name (standalone .roadmap)', async () => {
    const roadmap = await load();
    const el = await fixture<RoadmapTimeline>(html`<div style="width: 1000px"><roadmap-timeline .roadmap=${roadmap} as-of="2025-05-15"></roadmap-timeline></div>`).then((d) => d.firstElementChild as RoadmapTimeline);
    await settle(el);
    const bars = marks(el);
    expect(bars.map((b) => b.dataset['id']).sort()).to.deep.equal(['assistant', 'audit', 'comments', 'cursors', 'mobile', 'offline', 'pipeline', 'regions', 'sso', 'tenancy']);
    const sso = bars.find((b) => b.dataset['id'] === 'sso')!;
    expect(sso.getAttribute('part')).to.equal('bar status-in-progress');
    expect(sso.getAttribute('role')).to.equal('option');
    expect(sso.getAttribute('aria-label')).to.contain('Enterprise SSO (PLAT-2); 31 Mar 2025 to 27 Jun 2025; in progress');
    expect(bars.find((b) => b.dataset['id'] === 'regions')!.getAttribute('part')).to.contain('open-start');
    expect(bars.find((b) => b.dataset['id'] === 'offline')!.getAttribute('part')).to.contain('conflict');
    expect(marks(el, '[part~="milestone"]').map((m) => m.dataset['id'])).to.deep.equal(['beta', 'ga', 'summit']);
    expect(marks(el, '[part~="dependency"][part~="conflict"]').length).to.equal(1);
    const tray = el.shadowRoot!.querySelector('[part="unscheduled"]')!;
    expect(tray.textContent).to.contain('Usage forecasting');
    expect(el.shadowRoot!.querySelector('[part="unresolved"]')!.textContent).to.contain('Mobile apps depend on the new design system.');
    expect(el.shadowRoot!.querySelector('.today-line')).to.exist;
    expect(el.shadowRoot!.querySelector('table caption')!.textContent).to.contain('10 initiatives on the timeline');
  });

  it('is accessible (axe) in light mode', async () => {
    const roadmap = await load();
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline style="width: 900px" .roadmap=${roadmap}></roadmap-timeline>`);
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('fires roadmap-select with {kind, id} on click, and on Enter after arrow-key navigation in lane order', async () => {
    const roadmap = await load();
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline style="width: 1000px" .roadmap=${roadmap}></roadmap-timeline>`);
    await settle(el);
    const tenancy = marks(el).find((b) => b.dataset['id'] === 'tenancy')!;
    setTimeout(() => tenancy.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const click = await oneEvent(el, 'roadmap-select');
    expect(click.detail).to.deep.equal({ kind: 'initiative', id: 'tenancy' });
    await el.updateComplete;
    // Exactly one tab stop among the marks.
    expect(marks(el, '[data-kind][tabindex="0"]').length).to.equal(1);
    const current = el.shadowRoot!.querySelector<SVGGElement>('[data-id="tenancy"]')!;
    current.focus();
    current.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await settle(el);
    const focused = el.shadowRoot!.activeElement as SVGGElement;
    // Lane "Enterprise scale" in start order: tenancy, sso, regions, audit.
    expect(focused.dataset['id']).to.equal('sso');
    expect(focused.getAttribute('tabindex')).to.equal('0');
    setTimeout(() => focused.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
    const enter = await oneEvent(el, 'roadmap-select');
    expect(enter.detail).to.deep.equal({ kind: 'initiative', id: 'sso' });
  });

  it('zooms with + and the buttons, fires roadmap-range-change, and fits back', async () => {
    const roadmap = await load();
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline style="width: 1000px" .roadmap=${roadmap}></roadmap-timeline>`);
    await settle(el);
    const before = el.visibleRange!;
    expect(before.start).to.equal('2025-01-01');
    const bar = el.shadowRoot!.querySelector<SVGGElement>('[data-id="sso"]')!;
    bar.focus();
    setTimeout(() => bar.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, composed: true })));
    const event = await oneEvent(el, 'roadmap-range-change');
    expect(event.detail.start > before.start || event.detail.end < before.end).to.equal(true);
    expect(event.detail.scale).to.equal('month');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!.click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!.click();
    await settle(el);
    const zoomed = el.visibleRange!;
    expect(zoomed.end < before.end).to.equal(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="fit"]')!.click();
    await settle(el);
    expect(el.visibleRange!.start).to.equal(before.start);
  });

  it('zooms at the pointer with Ctrl + wheel and pans with a sideways wheel, drawing once a frame however many events come', async () => {
    const roadmap = await load();
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline style="width: 1000px" .roadmap=${roadmap}></roadmap-timeline>`);
    await settle(el);
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
    const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    const width = el.layout!.plotWidth;
    const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 864e5;
    const at = (r: { start: string; end: string }, px: number) => day(r.start) + (px / width) * (day(r.end) + 1 - day(r.start));
    let renders = 0;
    const host = el as unknown as { render(): unknown };
    const render = host.render;
    host.render = function (this: unknown) {
      renders++;
      return render.call(this);
    };
    const before = el.visibleRange!;
    const wheel = (init: WheelEventInit) => {
      const e = new WheelEvent('wheel', { clientX: plot.left + 300, clientY: plot.top + 40, bubbles: true, cancelable: true, composed: true, ...init });
      viewport.dispatchEvent(e);
      return e;
    };
    // Five events, as separate tasks would bring them (each waits for any update it asked for).
    const events: WheelEvent[] = [];
    for (let i = 0; i < 5; i++) {
      events.push(wheel({ deltaY: -60, ctrlKey: true }));
      await el.updateComplete;
    }
    expect(events.every((e) => e.defaultPrevented)).to.equal(true);
    await settle(el);
    expect(renders).to.equal(1);
    const zoomed = el.visibleRange!;
    expect(day(zoomed.end) - day(zoomed.start)).to.be.below(day(before.end) - day(before.start));
    // The day under the pointer stays under it.
    expect(Math.abs(at(zoomed, 300) - at(before, 300))).to.be.below(1.5);
    // A sideways swipe pans: later time, same span.
    const e = wheel({ deltaX: 200 });
    expect(e.defaultPrevented).to.equal(true);
    await settle(el);
    const panned = el.visibleRange!;
    expect(day(panned.start)).to.be.above(day(zoomed.start));
    expect(day(panned.end) - day(panned.start)).to.be.closeTo(day(zoomed.end) - day(zoomed.start), 1);
    // A plain vertical wheel is left to the page.
    expect(wheel({ deltaY: 100 }).defaultPrevented).to.equal(false);
  });

  it('pans by dragging, and the click that ends a drag selects nothing', async () => {
    const roadmap = await load();
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline style="width: 1000px" .roadmap=${roadmap}></roadmap-timeline>`);
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!.click();
    await settle(el);
    const plot = el.shadowRoot!.querySelector<SVGSVGElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    const before = el.visibleRange!;
    const pointer = (type: string, x: number) => plot.dispatchEvent(new PointerEvent(type, { pointerId: 7, button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX: x, clientY: box.top + 10, bubbles: true, composed: true }));
    let selected = 0;
    el.addEventListener('roadmap-select', () => selected++);
    pointer('pointerdown', box.left + 500);
    pointer('pointermove', box.left + 400);
    pointer('pointermove', box.left + 300);
    await settle(el);
    const after = el.visibleRange!;
    // Dragged 200 px to the left: 200 px later in time.
    const days = (d: string) => Date.parse(`${d}T00:00:00Z`) / 864e5;
    const pxPerDay = el.layout!.plotWidth / (days(before.end) + 1 - days(before.start));
    expect(days(after.start) - days(before.start)).to.be.closeTo(200 / pxPerDay, 1);
    pointer('pointerup', box.left + 300);
    plot.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.left + 300, clientY: box.top + 10 }));
    expect(selected).to.equal(0);
  });

  it('follows the provider: selection is highlighted with what is linked, others dimmed', async () => {
    const roadmap = await load();
    const provider = await fixture<RoadmapProvider>(html`<roadmap-provider .roadmap=${roadmap} .selection=${{ kind: 'initiative', id: 'sso' }}>
      <roadmap-timeline style="width: 1000px"></roadmap-timeline>
    </roadmap-provider>`);
    const el = provider.querySelector('roadmap-timeline')!;
    await settle(el);
    const byId = (id: string) => el.shadowRoot!.querySelector(`[data-id="${id}"]`)!;
    expect(byId('sso').getAttribute('part')).to.contain('selected');
    expect(byId('sso').getAttribute('aria-selected')).to.equal('true');
    expect(byId('tenancy').getAttribute('part')).to.contain('linked');
    expect(byId('ga').getAttribute('part')).to.contain('linked');
    expect(byId('cursors').classList.contains('dim')).to.equal(true);
    // A click inside the provider changes the provider's selection.
    (byId('cursors') as SVGGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await provider.updateComplete;
    await settle(el);
    expect(provider.selection).to.deep.equal({ kind: 'initiative', id: 'cursors' });
    expect(byId('cursors').getAttribute('part')).to.contain('selected');
    await expect(el).to.be.accessible();
  });

  it('draws a roadmap object that writes its times as text, showing loading until their reader is there', async () => {
    const el = await fixture<RoadmapTimeline>(html`<div style="width: 800px"><roadmap-timeline as-of="2025-10-01"></roadmap-timeline></div>`).then((d) => d.firstElementChild as RoadmapTimeline);
    const loads: string[] = [];
    el.addEventListener('roadmap-load', (e) => loads.push((e as CustomEvent).detail.origin));
    el.roadmap = { schemaVersion: '1.0', meta: { title: 'Written times' }, initiatives: [{ id: 'a', title: 'Alpha', schedule: { start: 'Q3 2025', end: 'December 2025' } }] };
    await el.updateComplete;
    // Either still loading (the reader's chunk was not there yet) or drawn: never an error or a stale picture.
    expect(el.shadowRoot!.querySelector('[data-state="error"]')).to.equal(null);
    await waitUntil(() => marks(el).length === 1, 'the bar is drawn', { timeout: 5000 });
    expect(el.layout!.bars[0]).to.deep.include({ start: '2025-07-01', end: '2025-12-31' });
    expect(loads).to.deep.equal(['property']);
  });

  it('loads its own src', async () => {
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline style="width: 800px" src="/test/fixtures/timeline/horizons.json"></roadmap-timeline>`);
    await oneEvent(el, 'roadmap-load');
    await settle(el);
    // No date anywhere: ordered horizon columns, not invented dates.
    const labels = [...el.shadowRoot!.querySelectorAll('.axis-row.top .tick-label')].map((t) => t.textContent);
    expect(labels.join('|')).to.contain('Now');
    expect(labels.join('|')).to.contain('Later');
    expect(marks(el).length).to.equal(5);
    expect(el.shadowRoot!.querySelector('[part="unscheduled"]')!.textContent).to.contain('MVP Complete');
  });

  it('turns horizons into calendar time with an anchor', async () => {
    const roadmap = await load('/test/fixtures/timeline/horizons.json');
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline style="width: 800px" anchor="2025-01-15" .roadmap=${roadmap}></roadmap-timeline>`);
    await settle(el);
    expect(el.layout!.mode).to.equal('calendar');
    expect(el.visibleRange!.start).to.equal('2025-01-01');
  });

  it('shows an error state for invalid input instead of throwing, and a helpful message when empty', async () => {
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline .roadmap=${{ nope: true }}></roadmap-timeline>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    el.roadmap = { schemaVersion: '1.0', meta: { title: 'Empty' } };
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('no initiatives or milestones');
    const idle = await fixture<RoadmapTimeline>(html`<roadmap-timeline></roadmap-timeline>`);
    expect(idle.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('No roadmap yet');
  });

  it('renders only the rows in view for 2,000 initiatives, and new ones after scrolling', async () => {
    const roadmap = toRoadmap(generateDataset(2000));
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline style="width: 1200px; height: 600px" .roadmap=${roadmap}></roadmap-timeline>`);
    await settle(el);
    const first = marks(el);
    expect(first.length).to.be.greaterThan(20).and.lessThan(400);
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
    viewport.scrollTop = 5000;
    viewport.dispatchEvent(new Event('scroll'));
    await settle(el);
    const after = marks(el).map((b) => b.dataset['id']);
    expect(after.length).to.be.greaterThan(20).and.lessThan(400);
    expect(after).to.not.include(first[0]!.dataset['id']);
  });

  it('collapses and expands a lane from its label button', async () => {
    const roadmap = await load();
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline style="width: 1000px" .roadmap=${roadmap}></roadmap-timeline>`);
    await settle(el);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="lane-label"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    toggle.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="lane-label"]')!.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[data-id="tenancy"]')).to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="lane-label"]')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-id="tenancy"]')).to.exist;
    await aTimeout(0);
  });
});
