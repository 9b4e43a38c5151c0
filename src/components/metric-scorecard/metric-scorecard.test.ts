import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../test/time-text-reader.js';
import { sendKeys } from '@web/test-runner-commands';
import '../roadmap-provider/roadmap-provider.js';
import './metric-scorecard.js';
import type { RoadmapProvider } from '../roadmap-provider/roadmap-provider.js';
import type { MetricScorecard } from './metric-scorecard.js';

const ACTUALS = '/test/fixtures/metrics/actuals.json';
const SEED = '/test/fixtures/metrics/seed-001.json';
const fixtures = new Map<string, unknown>();
const json = async (url: string): Promise<unknown> => {
  if (!fixtures.has(url)) fixtures.set(url, await (await fetch(url)).json());
  return structuredClone(fixtures.get(url));
};

const root = (el: MetricScorecard): ShadowRoot => el.shadowRoot!;
const tile = (el: MetricScorecard, id: string): HTMLElement => root(el).querySelector<HTMLElement>(`[part~="metric"][data-id="${id}"]`)!;
const tiles = (el: MetricScorecard): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('[part~="metric"]')];
const headings = (el: MetricScorecard): string[] =>
  [...root(el).querySelectorAll('[part="section-heading"]')].map((h) => h.textContent!.replace(/\s+\d+\s*$/, '').trim());

async function standalone(url = ACTUALS, attrs: Record<string, string> = {}): Promise<MetricScorecard> {
  const el = await fixture<MetricScorecard>(html`<metric-scorecard as-of="2025-06-30"></metric-scorecard>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.roadmap = await json(url);
  await el.updateComplete;
  return el;
}

describe('<metric-scorecard>', () => {
  it('draws one tile per metric with data-id, parts and status tokens', async () => {
    const el = await standalone();
    expect(tiles(el)).to.have.length(13);
    const switching = tile(el, 'switching');
    expect(switching.getAttribute('part')).to.equal('metric status-at-risk');
    expect(switching.querySelector('[part="metric-name"]')!.textContent!.trim()).to.equal('Tenant switching');
    expect(switching.querySelector('[part="metric-value"]')!.textContent!.trim()).to.equal('108 ms');
    expect(switching.querySelector('[part~="metric-target"]')!.textContent).to.contain('< 100 ms');
    expect(switching.querySelector('[part="bullet"]')).to.exist;
    expect(switching.querySelector('[part="sparkline"]')).to.exist;
    expect(switching.querySelector('[part~="trend"]')!.getAttribute('part')).to.equal('trend trend-down good');
    expect(root(el).querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('13 metrics 3 off track 3 at risk');
  });

  it('reads well with targets only: target headline, kind, initiative, calm "No data"', async () => {
    const el = await standalone(SEED);
    const t = tile(el, 'm-kubernetes-migration-2');
    expect(t.getAttribute('part')).to.equal('metric status-no-data');
    expect(t.querySelector('[part~="metric-target"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Target \u221270%');
    expect(t.querySelector('[part="metric-kind"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Change');
    expect(t.querySelector('[part="metric-status status-no-data"]')!.textContent!.trim()).to.equal('No data');
    expect(t.querySelector('[part="metric-initiative"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('InitiativeKubernetes Migration');
    expect(t.querySelector('[part="metric-value"]')).to.equal(null);
    expect(t.querySelector('[part="bullet"]')).to.equal(null);
    expect(tile(el, 'ye-arr').querySelector('[part="metric-note"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Also listed as “Revenue” (Business Metrics)',
    );
    expect(root(el).textContent).not.to.contain('NaN');
  });

  it('gives each tile an accessible summary on its name button', async () => {
    const el = await standalone(SEED);
    const name = tile(el, 'm-multi-tenant-architecture-2').querySelector('button[part="metric-name"]')!;
    expect(name.getAttribute('aria-label')).to.equal('Tenant switching: target under 100 ms, no current value');
  });

  it('group-by switches the sections', async () => {
    const el = await standalone(SEED);
    expect(headings(el)).to.deep.equal(['Year-End Goals', 'Business Metrics', 'Technical Metrics', 'Team Metrics', 'Initiative success metrics']);
    el.groupBy = 'initiative';
    await el.updateComplete;
    expect(headings(el)[0]).to.equal('Multi-Tenant Architecture');
    // The initiative is the heading, so its tiles do not repeat it.
    expect(tile(el, 'm-multi-tenant-architecture-1').querySelector('[part="metric-initiative"]')).to.equal(null);
    el.setAttribute('group-by', 'none');
    await el.updateComplete;
    expect(headings(el)).to.deep.equal([]);
    expect(tiles(el)).to.have.length(45);
  });

  it('filters by metric-ids and group, and explains an empty result', async () => {
    const el = await standalone(SEED, { 'metric-ids': 'nps, churn' });
    expect(tiles(el).map((t) => t.dataset.id)).to.deep.equal(['nps', 'churn']);
    el.removeAttribute('metric-ids');
    el.setAttribute('group', 'Technical Metrics');
    await el.updateComplete;
    expect(tiles(el).map((t) => t.dataset.id)).to.deep.equal(['uptime', 'performance', 'security', 'quality']);
    el.setAttribute('group', 'nowhere');
    await el.updateComplete;
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('No metric matches the group “nowhere”');
  });

  it('formats numbers for the locale attribute', async () => {
    const el = await standalone(ACTUALS, { locale: 'de-DE' });
    expect(tile(el, 'uptime').querySelector('[part="metric-value"]')!.textContent!.trim()).to.equal('99,985\u00a0%');
    expect(tile(el, 'throughput').querySelector('[part="metric-value"]')!.textContent!.trim()).to.equal('1.150 jobs/min');
    el.locale = 'en-US';
    await el.updateComplete;
    expect(tile(el, 'throughput').querySelector('[part="metric-value"]')!.textContent!.trim()).to.equal('1,150 jobs/min');
  });

  it('fires roadmap-select for a tile, and for its initiative without selecting the tile', async () => {
    const el = await standalone();
    const t = tile(el, 'switching');
    setTimeout(() => t.querySelector<HTMLElement>('.raw')!.click());
    const picked = await oneEvent(el, 'roadmap-select');
    expect(picked.detail).to.deep.equal({ kind: 'metric', id: 'switching' });
    expect(picked.bubbles && picked.composed).to.equal(true);

    const seen: unknown[] = [];
    el.addEventListener('roadmap-select', (e) => seen.push((e as CustomEvent).detail));
    t.querySelector<HTMLButtonElement>('[part="metric-initiative"]')!.click();
    expect(seen).to.deep.equal([{ kind: 'initiative', id: 'multi-tenant' }]);
  });

  it('is keyboard reachable: arrows move between tiles, Enter selects, Escape clears', async () => {
    const el = await standalone();
    const names = [...root(el).querySelectorAll<HTMLButtonElement>('button[part="metric-name"]')];
    names[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(root(el).activeElement).to.equal(names[1]);
    await sendKeys({ press: 'End' });
    expect(root(el).activeElement).to.equal(names[names.length - 1]);
    await sendKeys({ press: 'Home' });
    expect(root(el).activeElement).to.equal(names[0]);
    const selected = oneEvent(el, 'roadmap-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ kind: 'metric', id: 'arr' });
    await el.updateComplete;
    expect(tile(el, 'arr').getAttribute('part')).to.contain('selected');
    expect(names[0]!.getAttribute('aria-pressed')).to.equal('true');
    const cleared = oneEvent(el, 'roadmap-select');
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail).to.deep.equal({ kind: null, id: null });
  });

  it('Up and Down move by grid row, keeping the column, and continue into the next section', async () => {
    const el = await standalone(ACTUALS, { columns: '2' });
    const names = [...root(el).querySelectorAll<HTMLButtonElement>('button[part="metric-name"]')];
    const at = () => names.indexOf(root(el).activeElement as HTMLButtonElement);
    names[1]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(at()).to.equal(3);
    await sendKeys({ press: 'ArrowDown' });
    expect(at()).to.equal(5); // the last row of Business
    await sendKeys({ press: 'ArrowDown' });
    expect(at()).to.equal(7); // Reliability, second column
    expect(names[7]!.closest('[part~="metric"]')!.getAttribute('data-id')).to.equal('switching');
    await sendKeys({ press: 'ArrowUp' });
    expect(at()).to.equal(5);
    await sendKeys({ press: 'ArrowLeft' });
    expect(at()).to.equal(4);
  });

  it('honours columns', async () => {
    const el = await standalone(ACTUALS, { columns: '2' });
    const list = root(el).querySelector<HTMLElement>('[part="tiles"]')!;
    expect(list.hasAttribute('data-columns')).to.equal(true);
    expect(getComputedStyle(list).gridTemplateColumns.split(' ')).to.have.length(2);
  });

  it('is accessible (axe): with actuals and with targets only', async () => {
    await expect(await standalone()).to.be.accessible();
    await expect(await standalone(SEED)).to.be.accessible();
  });

  it('inside a provider: highlights the metrics of the selected initiative, and selection flows back', async () => {
    const provider = await fixture<RoadmapProvider>(html`<roadmap-provider as-of="2025-06-30"><metric-scorecard></metric-scorecard></roadmap-provider>`);
    const el = provider.querySelector('metric-scorecard')!;
    provider.roadmap = await json(ACTUALS);
    await waitUntil(() => tiles(el).length === 13, 'tiles from the provider');
    provider.selection = { kind: 'initiative', id: 'analytics' };
    await provider.updateComplete;
    await el.updateComplete;
    const linked = tiles(el).filter((t) => t.getAttribute('part')!.split(' ').includes('linked')).map((t) => t.dataset.id);
    expect(linked).to.have.members(['report-time', 'dev-sat']);

    tile(el, 'churn').querySelector<HTMLButtonElement>('[part="metric-name"]')!.click();
    await provider.updateComplete;
    await el.updateComplete;
    expect(provider.selection).to.deep.equal({ kind: 'metric', id: 'churn' });
    expect(tile(el, 'churn').getAttribute('part')).to.equal('metric status-off-track selected');
    await expect(el).to.be.accessible();
  });

  it('loads its own src', async () => {
    const el = await fixture<MetricScorecard>(html`<metric-scorecard src=${ACTUALS} as-of="2025-06-30"></metric-scorecard>`);
    await waitUntil(() => tiles(el).length === 13, 'tiles from src');
    expect(tile(el, 'arr').getAttribute('part')).to.equal('metric status-on-track');
  });

  it('shows an error state for invalid input and a message for a roadmap without metrics', async () => {
    const el = await fixture<MetricScorecard>(html`<metric-scorecard></metric-scorecard>`);
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('No roadmap yet');
    el.roadmap = { schemaVersion: 'nope' };
    await el.updateComplete;
    await aTimeout(0);
    await el.updateComplete;
    expect(root(el).querySelector('[part~="error"]')).to.exist;
    el.roadmap = { schemaVersion: '1.0', meta: { title: 'Empty' } };
    await el.updateComplete;
    await aTimeout(0);
    await el.updateComplete;
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('no success metrics yet');
  });
});

describe('<metric-scorecard> on the imported seeds', () => {
  for (const n of ['001', '003', '004']) {
    it(`seed ${n}: renders every metric and passes axe`, async () => {
      const el = await standalone(`/test/fixtures/seeds/${n}.json`);
      expect(tiles(el).length).to.be.greaterThan(0);
      expect(root(el).textContent).not.to.match(/NaN|undefined/);
      await expect(el).to.be.accessible();
    });
  }

  it('seed 002 (no metrics) says so', async () => {
    const el = await standalone('/test/fixtures/seeds/002.json');
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('no success metrics yet');
  });

  it('seed 004: the goal a metric serves is a button that selects it', async () => {
    const el = await standalone('/test/fixtures/seeds/004.json');
    const owner = root(el).querySelector<HTMLButtonElement>('[part="metric-initiative"]')!;
    expect(owner.dataset.kind).to.equal('goal');
    setTimeout(() => owner.click());
    const { detail } = await oneEvent(el, 'roadmap-select');
    expect(detail.kind).to.equal('goal');
  });
});
