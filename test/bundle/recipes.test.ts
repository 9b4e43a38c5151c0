// The README's recipes that put a roadmap in a page through an iframe (Confluence without
// scripts, Notion), and the bundle's export under a strict Content-Security-Policy.
import { expect, waitUntil } from '@open-wc/testing';
import { encodeShareHash } from '../../src/embed/share.js';
import type { InitiativeCard, RoadmapTimeline } from '../../src/index.js';

async function readmeBlock(heading: string, contains: string): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const start = readme.indexOf(`\n${heading}\n`);
  const section = readme.slice(start, readme.indexOf('\n### ', start + heading.length + 2));
  const block = [...section.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes(contains));
  if (!block) throw new Error(`README: no block with ${contains} under ${heading}`);
  return block;
}

function frame(src: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.src = src;
  iframe.style.width = '1000px';
  iframe.style.height = '700px';
  document.body.append(iframe);
  return iframe;
}

function inFrame(iframe: HTMLIFrameElement, tag: string, selector: string): number {
  return iframe.contentDocument?.querySelector(tag)?.shadowRoot?.querySelectorAll(selector).length ?? 0;
}

describe('embedding recipes', function () {
  this.timeout(30_000);

  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('Confluence without scripts: the README’s iframe macro shows the embed page with the timeline from ?src=', async () => {
    const snippet = await readmeBlock('### Confluence', '<iframe');
    const heights: number[] = [];
    window.addEventListener('message', (e) => e.data?.type === 'roadmap-elements:height' && heights.push(e.data.height));
    const template = document.createElement('template');
    // The recipe as written, pointed at this server instead of the intranet.
    template.innerHTML = snippet.replace('https://intranet.example.com/roadmap/embed.html', '/demo/embed.html').replace('https://intranet.example.com/roadmaps/2025.md', '/test/fixtures/seeds/001.md');
    const iframe = template.content.querySelector('iframe')!;
    document.body.append(iframe);
    await waitUntil(() => inFrame(iframe, 'roadmap-timeline', '[part~="bar"]') > 5, 'the timeline rendered in the iframe', { timeout: 20_000 });
    expect(iframe.contentDocument!.querySelector('risk-matrix')).to.equal(null);
    await waitUntil(() => heights.length > 0, 'the embed page told its host its height');
  });

  it('Notion: a share link carrying the Markdown in its hash shows the dashboard', async () => {
    const markdown = await (await fetch('/test/fixtures/seeds/004.md')).text();
    const hash = await encodeShareHash(markdown, 'md');
    const iframe = frame(`/demo/embed.html#${hash}&view=dashboard`);
    await waitUntil(() => inFrame(iframe, 'roadmap-timeline', '[part~="bar"]') > 3, 'timeline', { timeout: 20_000 });
    await waitUntil(() => inFrame(iframe, 'metric-scorecard', '[part~="metric"]') > 0, 'scorecard');
    expect(iframe.contentDocument!.querySelector('initiative-card')).to.exist;
    expect(iframe.contentDocument!.title).to.equal('Product Roadmap');
  });
});

describe('the embed page renders every seed', function () {
  this.timeout(60_000);

  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const n of ['000', '001', '002', '003', '004']) {
    it(`seed ${n}: from ?src= (JSON) and from a share link (Markdown in the hash)`, async () => {
      const model = (await (await fetch(`/test/fixtures/seeds/${n}.json`)).json()) as { meta: { title: string }; initiatives: { id: string }[] };
      const markdown = await (await fetch(`/test/fixtures/seeds/${n}.md`)).text();
      for (const src of [`/demo/embed.html?src=${encodeURIComponent(`/test/fixtures/seeds/${n}.json`)}&view=timeline`, `/demo/embed.html#${await encodeShareHash(markdown, 'md')}&view=timeline`]) {
        const iframe = frame(src);
        // Every initiative is somewhere in the timeline: a bar, or a chip in the unscheduled tray.
        const shown = () => new Set([...(iframe.contentDocument?.querySelector('roadmap-timeline')?.shadowRoot?.querySelectorAll('[data-id]') ?? [])].map((e) => (e as HTMLElement).dataset['id']));
        await waitUntil(() => model.initiatives.every((i) => shown().has(i.id)), `seed ${n} via ${src.slice(0, 40)}: every initiative shown`, { timeout: 20_000 });
        expect(iframe.contentDocument!.title).to.equal(model.meta.title);
        expect(iframe.contentDocument!.querySelector('roadmap-timeline')!.shadowRoot!.querySelector('[data-state="error"]')).to.equal(null);
        iframe.remove();
      }
    });
  }
});

describe('export from the bundle under a strict Content-Security-Policy', function () {
  this.timeout(30_000);

  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  async function strictPage(name: string) {
    const iframe = frame(`/test/bundle/pages/${name}.html`);
    await waitUntil(() => inFrame(iframe, 'roadmap-timeline', '[part~="bar"]') > 5, 'timeline', { timeout: 20_000 });
    await waitUntil(() => inFrame(iframe, 'initiative-card', '[part~="card"]') > 0, 'card');
    const doc = iframe.contentDocument!;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    return { doc, violations, timeline: doc.querySelector('roadmap-timeline') as RoadmapTimeline, card: doc.querySelector('initiative-card') as InitiativeCard };
  }

  it("with default-src 'self' only: the timeline's SVG and PNG, every view's SVG; the card's PNG says what the policy blocks", async () => {
    const { violations, timeline, card } = await strictPage('strict');
    const png = await timeline.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.above(5000);
    expect(await timeline.toSVG()).to.include('<svg');
    expect(await card.toSVG()).to.include('<foreignObject');
    expect(violations, 'no violation from the SVG and canvas exports').to.deep.equal([]);
    let message = '';
    await card.toPNG().catch((e: Error) => (message = e.message));
    expect(message).to.include('img-src data:');
  });

  it('with img-src data: allowed, the card, the risk matrix and the scorecard export PNG too, without a violation', async () => {
    const { doc, violations, card } = await strictPage('strict-img-data');
    for (const el of [card, doc.querySelector('risk-matrix')!, doc.querySelector('metric-scorecard')!]) {
      const png = await el.toPNG(1);
      expect(png.type).to.equal('image/png');
    }
    expect(violations).to.deep.equal([]);
  });
});
