// A card handed an initiative that writes its times as text, in a page where nothing has loaded
// the reader of such times yet (no test/time-text-reader.js here): it shows that it is loading,
// then the card, never an error.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/initiative-card/initiative-card.js';
import type { InitiativeCard } from '../../src/components/initiative-card/initiative-card.component.js';

describe('<initiative-card> with times written as text', () => {
  it('shows loading, then the card with the schedule read from the text', async () => {
    const el = await fixture<InitiativeCard>(html`<initiative-card .initiative=${{ id: 'solo', title: 'Solo', schedule: { start: 'Q3 2025', target: 'December 2025' } }}></initiative-card>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('[data-state="loading"]'), 'loading first').to.not.equal(null);
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    await waitUntil(() => root.querySelector('[part~="card"]'), 'the card is drawn', { timeout: 5000 });
    expect(root.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Solo');
    expect(root.querySelector('[part="schedule"]')!.textContent).to.contain('Q3 2025');
    expect(root.querySelector('[data-state="loading"]')).to.equal(null);
  });
});
