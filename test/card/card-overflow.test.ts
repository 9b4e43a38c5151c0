import { expect, fixture, html } from '@open-wc/testing';
import '../time-text-reader.js';
import '../../src/components/initiative-card/initiative-card.js';
import type { InitiativeCard } from '../../src/components/initiative-card/initiative-card.component.js';

/** Every fixture with initiatives: the seeds once imported, and the hand-made ones. */
const FIXTURES = ['seeds/000', 'seeds/001', 'seeds/002', 'seeds/003', 'seeds/004', 'card/rich', 'metrics/seed-001', 'timeline/platform-2025', 'model/complete'];

async function load(name: string): Promise<{ initiatives: Array<{ id: string }> } | undefined> {
  const response = await fetch(`/test/fixtures/${name}.json`);
  if (!response.ok) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Elements whose box sticks out of the card on the right (1 px of rounding allowed). */
function overflowing(el: InitiativeCard): string[] {
  const card = el.shadowRoot!.querySelector('[part~="card"]')!;
  const right = card.getBoundingClientRect().right + 1;
  const out: string[] = [];
  for (const node of card.querySelectorAll('*')) {
    const box = node.getBoundingClientRect();
    if (box.width && box.right > right) out.push(`${node.tagName.toLowerCase()}.${node.getAttribute('class') ?? ''} "${(node.textContent ?? '').trim().slice(0, 40)}"`);
  }
  if (card.scrollWidth > card.clientWidth + 1) out.push('card scrolls sideways');
  return out;
}

describe('<initiative-card> fits every initiative of every fixture', () => {
  for (const name of FIXTURES) {
    it(`${name}: full cards at 320 px and 960 px, compact at 260 px, without overflow`, async function () {
      const roadmap = await load(name);
      if (!roadmap) this.skip();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const problems: string[] = [];
      for (const [width, variant] of [[320, 'full'], [960, 'full'], [260, 'compact']] as const) {
        host.style.width = `${width}px`;
        for (const initiative of roadmap!.initiatives) {
          const el = document.createElement('initiative-card');
          el.roadmap = roadmap;
          el.initiativeId = initiative.id;
          el.variant = variant;
          el.collapseAfter = 1000;
          host.replaceChildren(el);
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[part~="card"]'), `${initiative.id} renders a card`).to.not.equal(null);
          for (const p of overflowing(el)) problems.push(`${width}px ${variant} ${initiative.id}: ${p}`);
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }
});

describe('<initiative-card> long text', () => {
  const long = {
    schemaVersion: '1.0',
    meta: { title: 'Long' },
    initiatives: [
      {
        id: 'long',
        key: 'KEY-'.repeat(20),
        title: `A title with an unbreakable ${'x'.repeat(200)} word and https://example.com/${'path/'.repeat(40)}`,
        objective: `\`${'code'.repeat(60)}\` and [a link](https://example.com/${'y'.repeat(150)})`,
        owner: { text: 'Someone With A Very Long Name'.repeat(4) },
        checklist: [{ id: 'c', text: 'z'.repeat(300), done: false }],
        lists: [{ id: 'l', label: 'Platforms'.repeat(6), key: 'p', items: [{ text: 'w'.repeat(120), qualifier: 'q'.repeat(80) }] }],
      },
    ],
  };

  it('wraps long words, code and URLs at 320 px instead of cutting or overflowing; all text stays readable', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 320px"><initiative-card .roadmap=${long} initiative-id="long"></initiative-card></div>`);
    const el = host.querySelector('initiative-card')!;
    await el.updateComplete;
    expect(overflowing(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain('x'.repeat(200));
  });

  it('the overflow check itself catches a box that sticks out', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 320px"><initiative-card .roadmap=${long} initiative-id="long"></initiative-card></div>`);
    const el = host.querySelector('initiative-card')!;
    await el.updateComplete;
    const wide = document.createElement('div');
    wide.style.cssText = 'width: 2000px; height: 4px';
    el.shadowRoot!.querySelector('[part~="header"]')!.append(wide);
    expect(overflowing(el).length).to.be.greaterThan(0);
  });
});
