// The React 19 example (demo/frameworks/react), bundled with React by scripts/wtr-builds.mjs:
// properties, attributes and events on the custom elements, through React itself.
import { expect, waitUntil } from '@open-wc/testing';
import type { RoadmapProvider, RoadmapTimeline, Selection } from '../../src/index.js';

interface Props {
  roadmap: unknown;
  groupBy?: string;
  onSelect?: (selection: Selection | undefined) => void;
  onExport?: (svg: string) => void;
}
interface Example {
  mountRoadmapDashboard(container: HTMLElement, props: Props): { root: { unmount(): void }; update(next: Props): void };
}

const roadmap = {
  schemaVersion: '1.0',
  meta: { title: 'React roadmap' },
  themes: [{ id: 'core', name: 'Core' }, { id: 'growth', name: 'Growth' }],
  initiatives: [
    { id: 'one', title: 'First initiative', status: 'done', themeIds: ['core'], schedule: { start: '2025-01-06', end: '2025-03-28' } },
    { id: 'two', title: 'Second initiative', status: 'in-progress', themeIds: ['growth'], schedule: { start: '2025-04-01', end: '2025-06-30' } },
  ],
};

describe('React 19 example', function () {
  this.timeout(20_000);
  let example: Example;
  let container: HTMLElement;

  before(async () => {
    example = (await import('/__build/frameworks/react.js' as string)) as Example;
  });

  beforeEach(() => {
    container = document.createElement('div');
    container.style.width = '900px';
    document.body.append(container);
  });

  afterEach(() => container.remove());

  it('passes the roadmap as a property, group-by as an attribute, and hears roadmap-select as an event', async () => {
    const selections: Array<Selection | undefined> = [];
    const { root } = example.mountRoadmapDashboard(container, { roadmap, groupBy: 'theme', onSelect: (s) => selections.push(s) });
    const provider = await waitUntil(() => container.querySelector('roadmap-provider'), 'mounted').then(() => container.querySelector('roadmap-provider') as RoadmapProvider);
    const timeline = container.querySelector('roadmap-timeline') as RoadmapTimeline;
    expect(provider.roadmap, 'the same object, set as a property').to.equal(roadmap);
    expect(provider.hasAttribute('roadmap')).to.equal(false);
    expect(timeline.getAttribute('group-by')).to.equal('theme');
    await waitUntil(() => timeline.shadowRoot?.querySelectorAll('[part~="bar"]').length === 2, 'two bars');
    expect(timeline.layout!.lanes.map((l) => l.label)).to.deep.equal(['Core', 'Growth']);

    // A click in the timeline reaches React's handler, whose state flows back as a property.
    timeline.shadowRoot!.querySelector('[data-id="two"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => container.querySelector('.selected')?.textContent === 'Selected: two', 'React state updated');
    expect(selections).to.deep.equal([{ kind: 'initiative', id: 'two' }]);
    expect(provider.selection).to.deep.equal({ kind: 'initiative', id: 'two' });
    const card = container.querySelector('initiative-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.includes('Second initiative'), 'the card follows');

    // React clears the selection: the property goes back to undefined.
    container.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => provider.selection === undefined, 'selection cleared');
    root.unmount();
  });

  it('re-renders with new props, and reaches the element’s methods through a ref', async () => {
    let svg = '';
    const { root, update } = example.mountRoadmapDashboard(container, { roadmap, groupBy: 'theme', onExport: (s) => (svg = s) });
    await waitUntil(() => (container.querySelector('roadmap-timeline') as RoadmapTimeline | null)?.layout, 'laid out');
    const timeline = container.querySelector('roadmap-timeline') as RoadmapTimeline;
    update({ roadmap, groupBy: 'status', onExport: (s) => (svg = s) });
    await waitUntil(() => timeline.layout?.groupBy === 'status', 'group-by changed');
    container.querySelectorAll<HTMLButtonElement>('button')[1]!.click();
    await waitUntil(() => svg.includes('<svg'), 'exported through the ref');
    expect(svg).to.include('First initiative');
    root.unmount();
  });
});
