// The Vue 3 example (demo/frameworks/vue, a single-file component compiled with Vue's own
// compiler by scripts/wtr-builds.mjs): `.prop` bindings, attributes and `@roadmap-select`.
import { expect, waitUntil } from '@open-wc/testing';
import type { RoadmapProvider, RoadmapTimeline, Selection } from '../../src/index.js';

interface Props {
  roadmap: unknown;
  groupBy?: string;
  onSelect?: (selection: Selection | undefined) => void;
  onExport?: (svg: string) => void;
}
interface Example {
  mountRoadmapDashboard(container: HTMLElement, props: Props): { unmount(): void; update(next: Partial<Props>): void };
}

const roadmap = {
  schemaVersion: '1.0',
  meta: { title: 'Vue roadmap' },
  themes: [{ id: 'core', name: 'Core' }, { id: 'growth', name: 'Growth' }],
  initiatives: [
    { id: 'one', title: 'First initiative', status: 'done', themeIds: ['core'], schedule: { start: '2025-01-06', end: '2025-03-28' } },
    { id: 'two', title: 'Second initiative', status: 'in-progress', themeIds: ['growth'], schedule: { start: '2025-04-01', end: '2025-06-30' } },
  ],
};

describe('Vue 3 example', function () {
  this.timeout(20_000);
  let example: Example;
  let container: HTMLElement;
  const warnings: string[] = [];

  before(async () => {
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn(...args);
    };
    example = (await import('/__build/frameworks/vue.js' as string)) as Example;
  });

  beforeEach(() => {
    container = document.createElement('div');
    container.style.width = '900px';
    document.body.append(container);
  });

  afterEach(() => container.remove());

  it('binds the roadmap as a property, group-by as an attribute, and listens to roadmap-select', async () => {
    const selections: Array<Selection | undefined> = [];
    const app = example.mountRoadmapDashboard(container, { roadmap, groupBy: 'theme', onSelect: (s) => selections.push(s) });
    const provider = container.querySelector('roadmap-provider') as RoadmapProvider;
    const timeline = container.querySelector('roadmap-timeline') as RoadmapTimeline;
    expect(provider.roadmap).to.equal(roadmap);
    expect(provider.hasAttribute('roadmap')).to.equal(false);
    expect(timeline.getAttribute('group-by')).to.equal('theme');
    await waitUntil(() => timeline.shadowRoot?.querySelectorAll('[part~="bar"]').length === 2, 'two bars');

    timeline.shadowRoot!.querySelector('[data-id="one"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => container.querySelector('.selected')?.textContent === 'Selected: one', 'Vue state updated');
    expect(selections).to.deep.equal([{ kind: 'initiative', id: 'one' }]);
    await waitUntil(() => container.querySelector('initiative-card')!.shadowRoot?.querySelector('[part~="title"]')?.textContent?.includes('First initiative'), 'the card follows');

    container.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => provider.selection === undefined, 'selection cleared from Vue');
    // The compiler treated the tags as custom elements: no "Failed to resolve component".
    expect(warnings.filter((w) => /resolve component/i.test(w))).to.deep.equal([]);
    app.unmount();
  });

  it('updates attributes reactively and calls the element’s methods through a template ref', async () => {
    let svg = '';
    const app = example.mountRoadmapDashboard(container, { roadmap, groupBy: 'theme', onExport: (s) => (svg = s) });
    const timeline = container.querySelector('roadmap-timeline') as RoadmapTimeline;
    await waitUntil(() => timeline.layout, 'laid out');
    app.update({ groupBy: 'status' });
    await waitUntil(() => timeline.layout?.groupBy === 'status', 'group-by changed');
    container.querySelectorAll<HTMLButtonElement>('button')[1]!.click();
    await waitUntil(() => svg.includes('<svg'), 'exported through the ref');
    expect(svg).to.include('Second initiative');
    app.unmount();
  });
});
