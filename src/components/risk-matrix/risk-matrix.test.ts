import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../test/time-text-reader.js';
import { sendKeys } from '@web/test-runner-commands';
import type { RoadmapSelectEvent } from '../../events/events.js';
import type { RoadmapProvider } from '../roadmap-provider/roadmap-provider.component.js';
import '../roadmap-provider/roadmap-provider.js';
import type { RiskMatrix } from './risk-matrix.component.js';
import './risk-matrix.js';

const RATED = '/test/fixtures/risks/rated.json';
let rated: unknown;

const unratedOnly = {
  schemaVersion: '1.0',
  meta: { title: 'Product Roadmap 2025' },
  initiatives: [{ id: 'qs-300', key: 'QS-300', title: 'Visual query builder' }],
  risks: [
    { id: 'scalability', title: 'Scalability challenges', category: 'Technical', mitigations: [{ text: 'Early load testing, gradual rollout' }] },
    { id: 'legacy', title: 'Legacy system migration', category: 'Technical', mitigations: [{ text: 'Parallel running, comprehensive testing' }] },
    {
      id: 'competitors',
      title: 'Competitor features',
      category: 'Business',
      mitigations: [{ text: 'Rapid innovation, customer feedback loops' }],
      affects: [
        { id: 'qs-300', text: 'QS-300', resolution: 'key' },
        { text: 'Emily Watson', resolution: 'unresolved' },
      ],
    },
  ],
};

/** Harness: query the element's shadow DOM through parts and roles. */
const $ = (el: RiskMatrix, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: RiskMatrix, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const cell = (el: RiskMatrix, key: string) => $(el, `[role="gridcell"][data-cell="${key}"]`)!;
const focused = (el: RiskMatrix) => el.shadowRoot!.activeElement as HTMLElement | null;

async function ratedMatrix(width = 1200, attrs = ''): Promise<RiskMatrix> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrapper.innerHTML = `<risk-matrix ${attrs}></risk-matrix>`;
  const el = wrapper.querySelector('risk-matrix')!;
  el.roadmap = rated;
  await el.updateComplete;
  return el;
}

describe('<risk-matrix>', () => {
  before(async () => {
    rated = await (await fetch(RATED)).json();
  });

  it('draws a 5×5 grid of banded cells with labelled axes, legend and markers', async () => {
    const el = await ratedMatrix();
    const grid = $(el, '[role="grid"]')!;
    expect(grid.getAttribute('aria-label')).to.equal('Risk matrix: likelihood by impact');
    expect($$(el, '[part~="cell"]')).to.have.length(25);
    expect($$(el, '[role="rowheader"]').map((h) => h.textContent!.trim())).to.deep.equal(['Almost certain', 'Likely', 'Possible', 'Unlikely', 'Rare']);
    expect($$(el, '[role="columnheader"]').map((h) => h.textContent!.trim())).to.deep.equal(['Negligible', 'Minor', 'Moderate', 'Major', 'Severe']);
    expect(cell(el, '5-5').getAttribute('part')).to.contain('band-critical');
    expect(cell(el, '3-5').getAttribute('part'), '15 is high').to.contain('band-high');
    expect(cell(el, '1-1').getAttribute('part')).to.contain('band-low');
    expect($$(el, '[part~="legend-item"]').map((li) => li.getAttribute('data-band'))).to.deep.equal(['low', 'medium', 'high', 'critical']);
    const r1 = $$(el, '[part~="risk"][data-id="vault-cutover"]');
    expect(r1.map((m) => m.getAttribute('data-kind'))).to.deep.equal(['inherent', 'residual']);
    expect(r1[0]!.getAttribute('part')).to.contain('ghost');
    expect(r1[0]!.closest('[role="gridcell"]')!.getAttribute('data-cell')).to.equal('3-5');
    expect(r1[1]!.closest('[role="gridcell"]')!.getAttribute('data-cell')).to.equal('2-4');
    expect(r1[1]!.getAttribute('aria-label')).to.equal('R1. Vault cutover corrupts stored cards: residual, after mitigation, Unlikely × Major · 8 Medium');
    expect($$(el, '[part~="arrow"]')).to.have.length(5);
    expect($(el, '[part~="summary"]')!.textContent).to.equal('11 risks · 8 rated · 3 unrated');
  });

  it('is accessible (axe), with a table alternative listing every risk', async () => {
    const el = await ratedMatrix();
    await expect(el).to.be.accessible();
    const rows = $$(el, 'table tbody tr');
    expect(rows).to.have.length(11);
    expect(rows[0]!.textContent).to.contain('Vault cutover corrupts stored cards');
    expect(rows[8]!.textContent).to.contain('Unrated');
  });

  it('moves the active cell with arrow keys (roving tabindex), Home and End', async () => {
    const el = await ratedMatrix();
    const start = $(el, '[role="gridcell"][tabindex="0"]')!;
    expect(start.dataset.cell, 'the most severe occupied cell').to.equal('5-4');
    expect($$(el, '[role="gridcell"][tabindex="0"]')).to.have.length(1);
    start.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)?.dataset.cell).to.equal('5-5');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.dataset.cell).to.equal('4-5');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)?.dataset.cell).to.equal('4-1');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused(el)?.dataset.cell, 'stops at the edge').to.equal('4-1');
    expect($$(el, '[role="gridcell"][tabindex="0"]').map((c) => c.dataset.cell)).to.deep.equal(['4-1']);
  });

  it('Enter goes into a cell, Tab walks its risks, Enter selects one, Escape goes back', async () => {
    const el = await ratedMatrix();
    cell(el, '4-4').focus();
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    expect(focused(el)?.getAttribute('data-id')).to.equal('ledger-load');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('data-id')).to.equal('fx-provider');
    const event = oneEvent(el, 'roadmap-select') as Promise<RoadmapSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ kind: 'risk', id: 'fx-provider' });
    expect(bubbles && composed).to.equal(true);
    await el.updateComplete;
    expect($(el, '[part~="details"]')!.getAttribute('data-id')).to.equal('fx-provider');
    expect($(el, '[part~="details"]')!.textContent).to.contain('Contract a second rate feed');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(focused(el)?.dataset.cell).to.equal('4-4');
  });

  it('lists a crowded cell through its "+N" marker', async () => {
    const crowded = {
      schemaVersion: '1.0',
      meta: { title: 'Crowded' },
      risks: Array.from({ length: 9 }, (_, i) => ({ id: `r${i + 1}`, title: `Risk ${i + 1}`, inherent: { likelihood: { level: 4 }, impact: { level: 4 } } })),
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"><risk-matrix .roadmap=${crowded}></risk-matrix></div>`);
    const el = wrapper.querySelector('risk-matrix')!;
    await el.updateComplete;
    const more = $(el, '[part~="more"]')!;
    expect(more.textContent!.trim()).to.match(/^\+\d+$/);
    more.click();
    await el.updateComplete;
    const items = $$(el, '[part~="details"] li button');
    expect(items.map((b) => b.dataset.id)).to.deep.equal(crowded.risks.map((r) => r.id));
    expect(focused(el)).to.equal(items[0]);
  });

  it('switches between inherent, residual and both', async () => {
    const el = await ratedMatrix();
    const residual = $$(el, '[part~="modes"] input').find((i) => (i as HTMLInputElement).value === 'residual')!;
    residual.click();
    await el.updateComplete;
    expect(el.mode).to.equal('residual');
    expect(el.getAttribute('mode')).to.equal('residual');
    expect($$(el, '[part~="arrow"]')).to.have.length(0);
    expect($$(el, '[part~="risk"][data-id="vault-cutover"]').map((m) => m.dataset.kind)).to.deep.equal(['residual']);
    const fallback = $(el, '[part~="risk"][data-id="ledger-load"]')!;
    expect(fallback.getAttribute('part')).to.contain('fallback');
    expect($(el, '.note')!.textContent).to.contain('R4, R7 have no residual rating');
  });

  it('fires roadmap-view-change when the user switches the mode, not when code sets it', async () => {
    const el = await ratedMatrix();
    const seen: unknown[] = [];
    el.addEventListener('roadmap-view-change', (e) => seen.push(e.detail));
    el.mode = 'residual';
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    const inherent = $$(el, '[part~="modes"] input').find((i) => (i as HTMLInputElement).value === 'inherent')!;
    setTimeout(() => inherent.click());
    const event = await oneEvent(el, 'roadmap-view-change');
    expect(event.detail).to.deep.equal({ view: 'risk-matrix', mode: 'inherent' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('mode')).to.equal('inherent');
    expect($$(el, '[part~="risk"][data-id="vault-cutover"]').map((m) => m.dataset.kind)).to.deep.equal(['inherent']);
  });

  it('takes mode from its attribute; an unknown value shows both', async () => {
    const checked = (el: RiskMatrix) => ($$(el, '[part~="modes"] input') as HTMLInputElement[]).find((i) => i.checked)?.value;
    const residual = await ratedMatrix(1200, 'mode="residual"');
    expect(residual.mode).to.equal('residual');
    expect(checked(residual)).to.equal('residual');
    expect($$(residual, '[part~="arrow"]')).to.have.length(0);
    const odd = await ratedMatrix(1200, 'mode="sideways"');
    expect(checked(odd)).to.equal('both');
    expect($$(odd, '[part~="arrow"]').length).to.be.greaterThan(0);
  });

  it('size="3" draws Low/Medium/High and rescales 5-level ratings', async () => {
    const el = await ratedMatrix(1200, 'size="3"');
    expect($$(el, '[part~="cell"]')).to.have.length(9);
    expect($$(el, '[role="rowheader"]').map((h) => h.textContent!.trim())).to.deep.equal(['High', 'Medium', 'Low']);
    expect(el.shadowRoot!.textContent).to.contain('Ratings written on a 5-level scale, shown on 3 levels.');
    expect($$(el, '[part~="legend-item"]')).to.have.length(3);
  });

  it('orientation="likelihood-x" swaps the axes', async () => {
    const el = await ratedMatrix(1200, 'orientation="likelihood-x"');
    expect($$(el, '[role="rowheader"]')[0]!.textContent!.trim()).to.equal('Severe');
    expect($$(el, '[role="columnheader"]')[0]!.textContent!.trim()).to.equal('Rare');
  });

  it('shows unrated risks in a tray by category, with mitigation and links that select initiatives', async () => {
    const el = await fixture<RiskMatrix>(html`<risk-matrix .roadmap=${unratedOnly}></risk-matrix>`);
    const tray = $(el, '[part~="tray"]')!;
    expect(tray.querySelector('#tray-title')!.textContent).to.contain('Unrated risks');
    expect($$(el, '[part~="tray-group"] h3').map((h) => h.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Technical 2', 'Business 1']);
    const cards = $$(el, '[part~="risk"][part~="unrated"]');
    expect(cards.map((c) => c.dataset.id)).to.deep.equal(['scalability', 'legacy', 'competitors']);
    expect(cards[0]!.textContent).to.contain('Early load testing, gradual rollout');
    expect(cards[2]!.querySelector('.unlinked')!.textContent).to.equal('Emily Watson');
    expect($$(el, '[part~="cell"] [part~="risk"]'), 'nothing placed on the grid').to.have.length(0);
    expect(el.shadowRoot!.textContent).to.contain('No risk has a likelihood and impact yet');
    const link = cards[2]!.querySelector<HTMLElement>('[part~="threat-link"]')!;
    setTimeout(() => link.click());
    const { detail } = (await oneEvent(el, 'roadmap-select')) as RoadmapSelectEvent;
    expect(detail).to.deep.equal({ kind: 'initiative', id: 'qs-300' });
    await expect(el).to.be.accessible();
  });

  it('inside a provider, highlights the risks of the selected initiative and updates the selection', async () => {
    const provider = await fixture<RoadmapProvider>(html`<roadmap-provider .roadmap=${rated} .selection=${{ kind: 'initiative', id: 'pay-160' }}>
      <div style="width: 1200px"><risk-matrix></risk-matrix></div>
    </roadmap-provider>`);
    const el = provider.querySelector('risk-matrix')!;
    await waitUntil(() => $$(el, '[part~="cell"]').length === 25, 'matrix drawn from context');
    const linked = [...new Set($$(el, '[part~="risk"][part~="linked"]').map((m) => m.dataset.id))];
    expect(linked).to.have.members(['payout-fraud', 'scope-creep', 'ledger-load', 'regulation']);
    expect($(el, '[part~="risk"][data-id="vault-cutover"]')!.getAttribute('part')).to.contain('dimmed');
    $(el, '[part~="risk"][data-id="key-person"]')!.click();
    await provider.updateComplete;
    await el.updateComplete;
    expect(provider.selection).to.deep.equal({ kind: 'risk', id: 'key-person' });
    expect($(el, '[part~="risk"][data-id="key-person"]')!.getAttribute('part')).to.contain('selected');
  });

  it('seed 000: three unrated risks, linked to QS-300, NEXUS-2000 and, through Emily Watson, what she owns', async () => {
    const el = await fixture<RiskMatrix>(html`<risk-matrix src="/test/fixtures/seeds/000.json"></risk-matrix>`);
    await waitUntil(() => $$(el, '[part~="risk"][part~="unrated"]').length === 3, 'seed 000 loaded');
    const links = (id: string) => $$(el, `[part~="risk"][data-id="${id}"] [part~="threat-link"]`).map((b) => b.dataset.id);
    expect(links('sr-2024-001-delay')).to.deep.equal(['qs-300']);
    expect(links('nexus-1542-not-fixed')).to.deep.equal(['nexus-2000']);
    expect(links('key-person-risk')).to.deep.equal(['nexus-2000']);
    const keyPerson = $(el, '[part~="risk"][data-id="key-person-risk"]')!;
    expect(keyPerson.textContent).to.contain('Through Emily Watson, owner of');
    expect(keyPerson.textContent).to.contain('November 2024');
    expect($(el, '[part~="risk"][data-id="sr-2024-001-delay"]')!.textContent).to.contain('If security review not approved, QS-300 slips');
    await expect(el).to.be.accessible();
  });

  it('seed 001: six unrated risks with mitigations, grouped Technical and Business', async () => {
    const el = await fixture<RiskMatrix>(html`<risk-matrix src="/test/fixtures/seeds/001.json"></risk-matrix>`);
    await waitUntil(() => $$(el, '[part~="risk"][part~="unrated"]').length === 6, 'seed 001 loaded');
    const groups = $$(el, '[part~="tray-group"]');
    expect(groups.map((g) => g.getAttribute('aria-label'))).to.deep.equal(['Technical risks', 'Business risks']);
    expect(groups.map((g) => g.querySelectorAll('[part~="risk"]').length)).to.deep.equal([3, 3]);
    expect($(el, '[part~="risk"][data-id="talent-shortage"]')!.textContent).to.contain('Competitive compensation, remote work');
  });

  it('inside a provider, a key-person risk is linked to the initiatives its person owns', async () => {
    const seed = await (await fetch('/test/fixtures/seeds/000.json')).json();
    const provider = await fixture<RoadmapProvider>(html`<roadmap-provider .roadmap=${seed} .selection=${{ kind: 'initiative', id: 'nexus-2000' }}>
      <risk-matrix></risk-matrix>
    </roadmap-provider>`);
    const el = provider.querySelector('risk-matrix')!;
    await waitUntil(() => $$(el, '[part~="risk"][part~="unrated"]').length === 3, 'drawn from context');
    const state = (id: string) => $(el, `[part~="risk"][data-id="${id}"]`)!.getAttribute('part');
    expect(state('nexus-1542-not-fixed')).to.contain('linked');
    expect(state('key-person-risk')).to.contain('linked');
    expect(state('sr-2024-001-delay')).to.contain('dimmed');
  });

  it('loads its own src', async () => {
    const el = await fixture<RiskMatrix>(html`<risk-matrix src=${RATED}></risk-matrix>`);
    await waitUntil(() => $$(el, '[part~="cell"]').length === 25, 'loaded from src');
    expect($$(el, '[part~="risk"][data-id="payout-fraud"]').length).to.be.greaterThan(0);
  });

  it('says so when the roadmap lists no risks, and shows an error for invalid input', async () => {
    const empty = await fixture<RiskMatrix>(html`<risk-matrix .roadmap=${{ schemaVersion: '1.0', meta: { title: 'No risks' } }}></risk-matrix>`);
    expect($(empty, '[part~="empty"]')!.textContent).to.equal('This roadmap lists no risks.');
    const broken = await fixture<RiskMatrix>(html`<risk-matrix .roadmap=${{ risks: 'nope' }}></risk-matrix>`);
    expect($(broken, '[part~="status"][part~="error"]')).to.not.equal(null);
  });

  it('in a narrow container draws numbered dots, the panel below, and stays accessible', async () => {
    const el = await ratedMatrix(360);
    expect($(el, '[part~="base"]')!.classList.contains('narrow')).to.equal(true);
    const marker = $(el, '[part~="risk"][data-id="bank-api"]')!;
    expect(marker.classList.contains('dot')).to.equal(true);
    expect(marker.textContent!.trim()).to.equal('R7');
    expect($(el, '[part~="base"]')!.scrollWidth).to.be.at.most(360);
    await expect(el).to.be.accessible();
  });
});
