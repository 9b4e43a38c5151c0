import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../test/time-text-reader.js';
import { sendKeys } from '@web/test-runner-commands';
import type { RoadmapSelectEvent } from '../../events/events.js';
import '../roadmap-provider/roadmap-provider.js';
import type { RoadmapProvider } from '../roadmap-provider/roadmap-provider.component.js';
import './initiative-card.js';
import type { InitiativeCard } from './initiative-card.component.js';

const RICH = '/test/fixtures/card/rich.json';
let rich: Record<string, unknown> & { initiatives: Array<Record<string, unknown>> };

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const root = (el: HTMLElement) => el.shadowRoot!;
const part = (el: HTMLElement, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: HTMLElement, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function card(template: ReturnType<typeof html>): Promise<InitiativeCard> {
  const el = await fixture<InitiativeCard>(template);
  await el.updateComplete;
  return el;
}

before(async () => {
  rich = await (await fetch(RICH)).json();
});

describe('<initiative-card>', () => {
  describe('header', () => {
    it('shows key, title, status, health, priority, owner, team and the schedule as written and resolved', async () => {
      const el = await card(html`<initiative-card .roadmap=${rich} initiative-id="nexus-2000" locale="en-GB"></initiative-card>`);
      const article = part(el, 'card')!;
      expect(article.dataset.id).to.equal('nexus-2000');
      expect(article.getAttribute('part')).to.equal('card status-in-progress full');
      expect([...part(el, 'eyebrow')!.children].map(text)).to.deep.equal(['NEXUS-2000', 'NexusDB']); // the separator is CSS
      const title = part(el, 'title')!;
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('3');
      expect(text(title)).to.equal('Query Performance 2.0');
      expect(text(part(el, 'status'))).to.equal('Status: In Progress');
      expect(part(el, 'status')!.getAttribute('part')).to.equal('status status-in-progress');
      expect(text(part(el, 'health'))).to.equal('Health: At risk');
      expect(text(part(el, 'priority'))).to.equal('Priority: P0 · Must Have');
      const facts = [...root(el).querySelectorAll('[part="facts"] dt')].map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`);
      expect(facts).to.include.members([
        'Owner: Emily Watson',
        'Team: Platform Team',
        'Period: Q4 2024',
        'Target: December 2024',
        'Progress: Not tracked (2 items, no checkboxes)',
        'Serves goal: Improve NexusDB performance by 2x for enterprise customers',
      ]);
      expect(text(part(el, 'resolved'))).to.equal('1 Oct – 31 Dec 2024 (start not stated) · Due in 3 months Counted from 1 Oct 2024 (roadmap date)');
      expect(part(el, 'overdue-chip')).to.equal(null);
    });

    it('marks overdue against as-of, and not when done', async () => {
      const el = await card(html`<initiative-card .roadmap=${rich} initiative-id="nexus-2000" as-of="2025-02-01"></initiative-card>`);
      expect(text(part(el, 'overdue-chip'))).to.equal('Overdue by 5 weeks');
      expect(part(el, 'card')!.getAttribute('part')).to.contain('overdue');
      const done = clone(rich);
      done.initiatives[0]!.status = 'done';
      el.roadmap = done;
      await el.updateComplete;
      expect(part(el, 'overdue-chip')).to.equal(null);
      expect(text(part(el, 'status'))).to.contain('In Progress'); // statusLabel as written wins
    });

    it('shows checklist progress as a progressbar with value text', async () => {
      const el = await card(html`<initiative-card .roadmap=${rich} initiative-id="automatic-failover" locale="en"></initiative-card>`);
      const progress = root(el).querySelector('[role="progressbar"]')!;
      expect(progress.getAttribute('part')).to.equal('progress');
      expect(progress.getAttribute('aria-valuenow')).to.equal('40');
      expect(progress.getAttribute('aria-valuetext')).to.equal('2 of 5 done (40%)');
      const ring = progress.querySelector('circle.ring-value')!;
      expect(ring.getAttribute('stroke-dasharray')).to.match(/^\d+(\.\d+)? \d+(\.\d+)?$/);
      const [filled, total] = ring.getAttribute('stroke-dasharray')!.split(' ').map(Number);
      expect(filled! / total!).to.be.closeTo(0.4, 0.001);
      expect(progress.querySelector('text')!.textContent).to.equal('40%');
    });

    it('takes the heading level from heading-level', async () => {
      const el = await card(html`<initiative-card .roadmap=${rich} initiative-id="automatic-failover" heading-level="2"></initiative-card>`);
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
      expect(root(el).querySelector('[part~="section"] [role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    });
  });

  describe('body (variant full)', () => {
    it('renders checklist items as done, open and plain, acceptance criteria with targets, and the goal', async () => {
      const el = await card(html`<initiative-card .roadmap=${rich} initiative-id="automatic-failover" locale="en"></initiative-card>`);
      expect(parts(el, 'checklist-item').map((li) => li.getAttribute('part'))).to.deep.equal([
        'checklist-item done',
        'checklist-item done',
        'checklist-item open',
        'checklist-item open',
        'checklist-item open',
      ]);
      expect(text(parts(el, 'checklist-item')[0])).to.equal('Done: Health monitoring (every 10 seconds)');
      expect(parts(el, 'criterion').map((li) => li.getAttribute('part'))).to.deep.equal(['criterion unknown', 'criterion met', 'criterion unmet', 'criterion unknown']);
      expect(text(parts(el, 'criterion')[0]!.querySelector('[part="target"]'))).to.equal('< 30 s');
      expect(text(part(el, 'goal'))).to.equal('Goal: 99.95% uptime with zero manual intervention');
      expect(text(part(el, 'source'))).to.equal('Source: card-fixture.md, lines 59–72');
      const plain = await card(html`<initiative-card .roadmap=${rich} initiative-id="nexus-2000"></initiative-card>`);
      expect(parts(plain, 'checklist-item').map((li) => li.getAttribute('part'))).to.deep.equal(['checklist-item plain', 'checklist-item plain']);
      expect(parts(plain, 'checklist-item')[0]!.querySelector('strong')!.textContent).to.equal('cost-based');
    });

    it('renders metrics with target chips, labelled lists, fields, external references and notes', async () => {
      const mta = await card(html`<initiative-card .roadmap=${rich} initiative-id="multi-tenant-architecture" locale="en"></initiative-card>`);
      expect(parts(mta, 'metric').map((m) => [m.dataset.id, text(m.querySelector('button')), text(m.querySelector('[part="target"]'))])).to.deep.equal([
        ['mta-isolation', 'Tenant isolation', 'target ≥ 99.99%'],
        ['mta-switching', 'Tenant switching', 'target < 100 ms'],
      ]);
      const details = root(mta).querySelector('[part="details"]')!;
      expect(text(details.querySelector('dt'))).to.equal('Regions');
      expect([...details.querySelectorAll('dd li')].map(text)).to.deep.equal(['North America (existing)', 'Europe (Frankfurt, London)', 'Asia Pacific (Singapore, Tokyo)']);
      const qs = await card(html`<initiative-card .roadmap=${rich} initiative-id="qs-300"></initiative-card>`);
      // The security review is the other end of a dependency: shown there, not again as an external reference.
      expect(part(qs, 'external-refs')).to.equal(null);
      expect(text(part(qs, 'dependency'))).to.equal('Needs approval SR-2024-001 (pending approval, David Kim)');
      const gsync = clone(rich);
      gsync.dependencies = [];
      const standalone = await card(html`<initiative-card .roadmap=${gsync} initiative-id="qs-300"></initiative-card>`);
      expect(text(part(standalone, 'external-ref'))).to.equal('SR-2024-001 security review · pending approval · David Kim');
      const field = root(qs).querySelector('[part="details"] dt')!;
      expect([text(field), text(field.nextElementSibling)]).to.deep.equal(['Security Review', 'SR-2024-001 (pending approval from David Kim)']);
      const nexus = await card(html`<initiative-card .roadmap=${rich} initiative-id="nexus-2000"></initiative-card>`);
      expect(text(part(nexus, 'note'))).to.equal('Expected: 2x improvement in complex query latency');
    });

    it('shows resolved dependencies as buttons and unresolved ones as text', async () => {
      const el = await card(html`<initiative-card .roadmap=${rich} initiative-id="nexus-2000"></initiative-card>`);
      const [unresolved, resolved] = parts(el, 'dependency');
      expect(unresolved!.getAttribute('part')).to.equal('dependency unresolved outgoing');
      expect(unresolved!.querySelector('button')).to.equal(null);
      expect(text(unresolved)).to.equal("Needs Nina Patel's query planner v2 work (not in this roadmap)");
      expect(resolved!.getAttribute('part')).to.equal('dependency resolved incoming');
      expect(text(resolved!.querySelector('button'))).to.equal('Tracing propagation from Job TraceID/SpanID');
      expect(parts(el, 'risk').map((r) => r.dataset.id)).to.deep.equal(['risk-nexus-1542', 'risk-key-person']);
    });

    it('writes a checklist item with a bold lead as "**Title**: detail"', async () => {
      const doc = clone(rich);
      const cni = doc.initiatives.find((i) => i.id === 'cloud-native-infrastructure')!;
      cni.checklist = [{ id: 'k', text: 'Kubernetes Support: Create Helm charts.', title: 'Kubernetes Support', detail: 'Create Helm charts.', done: false }];
      const el = await card(html`<initiative-card .roadmap=${doc} initiative-id="cloud-native-infrastructure"></initiative-card>`);
      const item = part(el, 'checklist-item')!;
      expect(item.querySelector('strong')!.textContent).to.equal('Kubernetes Support');
      expect(text(item)).to.equal('Open: Kubernetes Support: Create Helm charts.');
    });

    it('shows the schedule as written with the milestone it counts from (a button) and the source line as written', async () => {
      const doc = {
        schemaVersion: '1.0',
        meta: { title: 'Queue', updated: '2025-09-12', source: { file: '004.md', line: 1 } },
        milestones: [{ id: 'ga', title: 'GA v1.0.0', date: '2025-11-07' }],
        initiatives: [
          {
            id: 'helm',
            title: 'Helm chart and Docker Compose examples',
            tags: ['Post-1.0'],
            source: { line: 39, raw: '- Post-1.0: Helm chart and Docker Compose examples (Dec)' },
            schedule: {
              start: { raw: 'Post-1.0', kind: 'relative', precision: 'day', start: '2025-11-07', anchor: { entityId: 'ga', edge: 'end', basis: 'entity' } },
              target: { raw: 'Dec', kind: 'absolute', precision: 'month', start: '2025-12-01', end: '2025-12-31', inferred: ['year'] },
            },
          },
        ],
      };
      const el = await card(html`<initiative-card .roadmap=${doc} initiative-id="helm" locale="en-GB"></initiative-card>`);
      expect(parts(el, 'schedule').map(text)).to.deep.equal(['Post-1.0 · after GA v1.0.0 (7 Nov 2025)', 'Dec · taken as Dec 2025']);
      expect(text(part(el, 'source'))).to.equal('Source: 004.md, line 39, as written: - Post-1.0: Helm chart and Docker Compose examples (Dec)');
      expect(text(part(el, 'tags'))).to.equal('Post-1.0');
      // The only section spans the card.
      expect(part(el, 'section')!.classList.contains('wide')).to.equal(true);
      setTimeout(() => part(el, 'schedule')!.querySelector('button')!.click());
      expect(((await oneEvent(el, 'roadmap-select')) as RoadmapSelectEvent).detail).to.deep.equal({ kind: 'milestone', id: 'ga' });
      await expect(el).to.be.accessible();
    });

    it('lays the facts out as rows when narrow and as tiles (label over value) when wide', async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 320px"><initiative-card .roadmap=${rich} initiative-id="nexus-2000"></initiative-card></div>`);
      const el = host.querySelector('initiative-card')!;
      await el.updateComplete;
      const owner = () => {
        const dt = [...root(el).querySelectorAll('[part="facts"] dt')].find((d) => text(d) === 'Owner')!;
        return [dt.getBoundingClientRect(), dt.nextElementSibling!.getBoundingClientRect()] as const;
      };
      let [dt, dd] = owner();
      expect(dd.left).to.be.greaterThan(dt.right - 1); // side by side
      host.style.width = '960px';
      await aTimeout(0);
      [dt, dd] = owner();
      expect(Math.round(dd.left)).to.equal(Math.round(dt.left)); // label over value
      expect(dd.top).to.be.greaterThan(dt.top);
    });

    it('collapses long lists behind "Show all N" and expands them', async () => {
      const el = await card(html`<initiative-card .roadmap=${rich} initiative-id="automatic-failover" collapse-after="2"></initiative-card>`);
      expect(parts(el, 'checklist-item')).to.have.length(2);
      const more = root(el).querySelector<HTMLButtonElement>('[part~="section"][part~="checklist"] [part="more"]')!;
      expect(text(more)).to.equal('Show all 5 items');
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      more.click();
      await el.updateComplete;
      expect(parts(el, 'checklist-item')).to.have.length(5);
      expect(text(more)).to.equal('Show fewer items');
      expect(more.getAttribute('aria-expanded')).to.equal('true');
    });

    it('variant="compact" shows only the header and progress', async () => {
      const el = await card(html`<initiative-card .roadmap=${rich} initiative-id="automatic-failover" variant="compact"></initiative-card>`);
      expect(part(el, 'card')!.getAttribute('part')).to.contain('compact');
      expect(part(el, 'header')).to.not.equal(null);
      expect(root(el).querySelector('[role="progressbar"]')).to.not.equal(null);
      expect(part(el, 'checklist')).to.equal(null);
      expect(part(el, 'criteria')).to.equal(null);
      expect(part(el, 'source')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('hostile text', () => {
    it('shows HTML and javascript: links in text fields as text; nothing runs', async () => {
      const w = window as unknown as { __cardPwned?: boolean };
      delete w.__cardPwned;
      const doc = clone(rich);
      const target = doc.initiatives.find((i) => i.id === 'nexus-2000')!;
      target.title = '<img src=x onerror="window.__cardPwned=true">Evil **bold**';
      target.objective = '[click](javascript:window.__cardPwned=true) and [ok](https://example.com)';
      (target.checklist as Array<Record<string, unknown>>)[0]!.text = '<script>window.__cardPwned=true</script> [x](JaVaScRiPt:alert(1))';
      const el = await card(html`<initiative-card .roadmap=${doc} initiative-id="nexus-2000"></initiative-card>`);
      await aTimeout(0);
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect(text(part(el, 'title'))).to.equal('<img src=x onerror="window.__cardPwned=true">Evil bold');
      const links = [...part(el, 'goal')!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com']);
      expect(text(part(el, 'goal'))).to.contain('[click](javascript:window.__cardPwned=true)');
      expect(text(part(el, 'checklist-item'))).to.contain('[x](JaVaScRiPt:alert(1))');
      expect(root(el).querySelectorAll('a[href^="javascript" i]')).to.have.length(0);
      expect(w.__cardPwned).to.equal(undefined);
    });
  });

  describe('events and keyboard', () => {
    it('fires roadmap-select for a metric, a risk and a dependency (the other initiative), bubbling and composed', async () => {
      const mta = await card(html`<initiative-card .roadmap=${rich} initiative-id="multi-tenant-architecture"></initiative-card>`);
      setTimeout(() => part(mta, 'metric')!.querySelector('button')!.click());
      const metric = (await oneEvent(mta, 'roadmap-select')) as RoadmapSelectEvent;
      expect(metric.detail).to.deep.equal({ kind: 'metric', id: 'mta-isolation' });
      expect(metric.bubbles && metric.composed).to.equal(true);

      const nexus = await card(html`<initiative-card .roadmap=${rich} initiative-id="nexus-2000"></initiative-card>`);
      setTimeout(() => part(nexus, 'risk')!.querySelector('button')!.click());
      expect(((await oneEvent(nexus, 'roadmap-select')) as RoadmapSelectEvent).detail).to.deep.equal({ kind: 'risk', id: 'risk-nexus-1542' });
      setTimeout(() => root(nexus).querySelector<HTMLButtonElement>('[part~="dependency"][part~="resolved"] button')!.click());
      expect(((await oneEvent(nexus, 'roadmap-select')) as RoadmapSelectEvent).detail).to.deep.equal({ kind: 'initiative', id: 'tracing-propagation' });
    });

    it('reaches the dependency with Tab and activates it with Enter', async () => {
      const el = await card(html`<initiative-card .roadmap=${rich} initiative-id="tracing-propagation"></initiative-card>`);
      const events: RoadmapSelectEvent[] = [];
      el.addEventListener('roadmap-select', (e) => events.push(e as RoadmapSelectEvent));
      root(el).querySelector<HTMLButtonElement>('[part="title-button"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.closest('[part~="dependency"]')).to.not.equal(null);
      await sendKeys({ press: 'Enter' });
      expect(events.map((e) => e.detail)).to.deep.equal([{ kind: 'initiative', id: 'nexus-2000' }]);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect(events.map((e) => e.detail)).to.deep.equal([
        { kind: 'initiative', id: 'nexus-2000' },
        { kind: 'milestone', id: 'v0-4-0' },
      ]);
    });

    it('is accessible (axe), full card', async () => {
      for (const id of ['nexus-2000', 'qs-300', 'multi-tenant-architecture', 'automatic-failover', 'cloud-native-infrastructure', 'tracing-propagation']) {
        const el = await card(html`<initiative-card .roadmap=${rich} initiative-id=${id}></initiative-card>`);
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('inputs', () => {
    it('loads its own src', async () => {
      const el = await fixture<InitiativeCard>(html`<initiative-card src=${RICH} initiative-id="qs-300"></initiative-card>`);
      await waitUntil(() => part(el, 'card'), 'card from src');
      expect(text(part(el, 'title'))).to.equal('Public Sharing Feature');
    });

    it('takes .initiative directly, with or without its roadmap', async () => {
      const alone = await card(html`<initiative-card .initiative=${{ id: 'solo', title: 'Solo **work**', schedule: { target: '2025-03' }, checklist: [{ id: 's1', text: 'one', done: true }] }}></initiative-card>`);
      expect(text(part(alone, 'title'))).to.equal('Solo work');
      expect(text(root(alone).querySelector('[part="schedule"]'))).to.equal('2025-03');
      expect(root(alone).querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('100');
      const edited = { ...clone(rich.initiatives.find((i) => i.id === 'qs-300')!), title: 'Public Sharing (edited)' };
      const withRoadmap = await card(html`<initiative-card .roadmap=${rich} .initiative=${edited}></initiative-card>`);
      expect(text(part(withRoadmap, 'title'))).to.equal('Public Sharing (edited)');
      expect(parts(withRoadmap, 'risk').map((r) => r.dataset.id)).to.deep.equal(['risk-sr-delay']);
      const bad = await card(html`<initiative-card .initiative=${{ id: 'x' }}></initiative-card>`);
      expect(root(bad).querySelector('[role="alert"]')).to.not.equal(null);
    });

    it('says which initiatives exist when the id is unknown', async () => {
      const el = await card(html`<initiative-card .roadmap=${rich} initiative-id="NEXUS-9999"></initiative-card>`);
      const message = part(el, 'message')!;
      expect(text(message)).to.match(/^No initiative NEXUS-9999 in this roadmap\. Known: nexus-2000 \(NEXUS-2000 Query Performance 2\.0\), qs-300/);
      await expect(el).to.be.accessible();
    });

    it('explains an empty roadmap, a missing id, an invalid roadmap and no roadmap at all', async () => {
      const empty = await card(html`<initiative-card .roadmap=${{ schemaVersion: '1.0', meta: { title: 'Empty' } }} initiative-id="a"></initiative-card>`);
      expect(text(part(empty, 'message'))).to.equal('This roadmap has no initiatives yet.');
      const noId = await card(html`<initiative-card .roadmap=${rich}></initiative-card>`);
      expect(text(part(noId, 'message'))).to.match(/^No initiative chosen\. Set initiative-id\. Known: /);
      const invalid = await card(html`<initiative-card .roadmap=${{ nope: true }} initiative-id="a"></initiative-card>`);
      expect(root(invalid).querySelector('[role="alert"]')).to.not.equal(null);
      const nothingAtAll = await card(html`<initiative-card initiative-id="a"></initiative-card>`);
      expect(text(part(nothingAtAll, 'empty'))).to.contain('No roadmap yet');
    });
  });

  describe('inside <roadmap-provider>', () => {
    it('shows the initiative named by initiative-id, with the provider as-of', async () => {
      const provider = await fixture<RoadmapProvider>(html`<roadmap-provider .roadmap=${rich} as-of="2025-01-15"><initiative-card initiative-id="nexus-2000"></initiative-card></roadmap-provider>`);
      const el = provider.querySelector('initiative-card')!;
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Query Performance 2.0');
      expect(text(part(el, 'overdue-chip'))).to.equal('Overdue by 2 weeks');
      await expect(el).to.be.accessible();
    });

    it('follows the selection without initiative-id, including the initiative of a selected risk', async () => {
      const provider = await fixture<RoadmapProvider>(html`<roadmap-provider .roadmap=${rich}><initiative-card></initiative-card></roadmap-provider>`);
      const el = provider.querySelector('initiative-card')!;
      await el.updateComplete;
      expect(text(part(el, 'message'))).to.equal('Select an initiative (in the timeline or any other view) to see it here.');
      provider.selection = { kind: 'initiative', id: 'qs-300' };
      await waitUntil(() => text(part(el, 'title')) === 'Public Sharing Feature', 'follows an initiative selection');
      expect(part(el, 'card')!.getAttribute('part')).to.contain('selected');
      provider.selection = { kind: 'risk', id: 'risk-nexus-1542' };
      await waitUntil(() => text(part(el, 'title')) === 'Query Performance 2.0', 'follows a risk to its initiative');
      expect(parts(el, 'risk')[0]!.getAttribute('part')).to.equal('risk selected');
      // Activating a dependency selects the other initiative; the card follows it.
      root(el).querySelector<HTMLButtonElement>('[part~="dependency"][part~="resolved"] button')!.click();
      await waitUntil(() => text(part(el, 'title')) === 'Tracing propagation from Job TraceID/SpanID', 'follows its own dependency link');
      expect(provider.selection).to.deep.equal({ kind: 'initiative', id: 'tracing-propagation' });
    });
  });
});
