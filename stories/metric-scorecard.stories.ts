import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/metric-scorecard/metric-scorecard.js';
import '../src/components/roadmap-provider/roadmap-provider.js';
import actuals from '../test/fixtures/metrics/actuals.json';
import seed001 from '../test/fixtures/seeds/001.json';
import seed003 from '../test/fixtures/seeds/003.json';
import seed004 from '../test/fixtures/seeds/004.json';
import { highContrast, withEventLog } from './support/a11y.js';
import { PENDING_SRC, denseMetrics, longLabelRoadmap } from './support/story-data.js';

const roadmaps = { actuals, 'seed 001': seed001, 'seed 003': seed003, 'seed 004': seed004 } as const;

interface Args {
  roadmap: keyof typeof roadmaps;
  groupBy: 'group' | 'initiative' | 'status' | 'none';
  locale: string;
  columns: number;
  group: string;
  metricIds: string;
  asOf: string;
  width: number;
}

/**
 * `<metric-scorecard>` turns success metrics into tiles: the target as written and as parsed
 * (comparator, value, unit, kind), the current value and a status derived from current vs target
 * and direction, a bullet graph (reversed for lower-is-better, in nines for availability) and a
 * sparkline with the change since the previous value. Roadmaps with targets only (every seed) read
 * as a list of targets with their kind and the initiative they belong to. Arrow keys move between
 * tiles by row and column (Up and Down continue into the next section), Enter selects, Escape clears.
 */
const meta: Meta<Args> = {
  title: 'Elements/metric-scorecard',
  component: 'metric-scorecard',
  args: { roadmap: 'actuals', groupBy: 'group', locale: 'en-US', columns: 0, group: '', metricIds: '', asOf: '2025-06-30', width: 1200 },
  argTypes: {
    roadmap: { control: 'select', options: Object.keys(roadmaps) },
    groupBy: { control: 'inline-radio', options: ['group', 'initiative', 'status', 'none'] },
    locale: { control: 'select', options: ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP'] },
    columns: { control: { type: 'number', min: 0, max: 6 }, description: '0 fits the width' },
    group: { control: 'text', description: 'a metric group id or name' },
    metricIds: { control: 'text', description: 'ids separated by spaces' },
    width: { control: { type: 'range', min: 320, max: 1400, step: 20 } },
  },
  render: (a) => html`<metric-scorecard
    style="max-width: ${a.width}px"
    .roadmap=${roadmaps[a.roadmap]}
    group-by=${a.groupBy}
    locale=${a.locale}
    columns=${a.columns || ''}
    group=${a.group || ''}
    metric-ids=${a.metricIds || ''}
    as-of=${a.asOf || ''}
  ></metric-scorecard>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Current values and history: bullets, status and sparklines for higher-, lower-is-better, range and nines targets. */
export const WithActuals: Story = {};

/** Seed 001 has targets only: Year-End Goals, Business / Technical / Team metrics and each initiative's success metrics. */
export const TargetsOnly: Story = { args: { roadmap: 'seed 001' } };

/** Worst first. */
export const ByStatus: Story = { args: { groupBy: 'status' } };

/** Each initiative's success metrics under it; the heading selects the initiative. */
export const ByInitiative: Story = { args: { roadmap: 'seed 001', groupBy: 'initiative' } };

/** Numbers, percents and dates for the `locale` attribute. */
export const German: Story = { args: { locale: 'de-DE' } };

/** One column on a phone. */
export const Narrow: Story = { args: { width: 360 } };

/** Seed 003's Product and Business metrics. */
export const Seed003: Story = { args: { roadmap: 'seed 003' } };

/** Seed 004's single objective with a rate: "1k jobs/min per 4 vCPU node". */
export const Seed004: Story = { args: { roadmap: 'seed 004' } };

/** Inside a provider, selecting a tile or its initiative highlights what is linked. */
export const InProvider: Story = {
  render: (a) => html`<roadmap-provider .roadmap=${roadmaps[a.roadmap]} as-of=${a.asOf}>
    <metric-scorecard style="max-width: ${a.width}px" group-by=${a.groupBy} locale=${a.locale}></metric-scorecard>
  </roadmap-provider>`,
};

/** A valid roadmap without metrics: a short message instead of empty tiles. */
export const EmptyRoadmap: Story = {
  render: () => html`<metric-scorecard .roadmap=${{ schemaVersion: '1.0', meta: { title: 'No metrics yet' } }}></metric-scorecard>`,
};

/** An invalid roadmap (`initiatives` is a string): the error box lists what is wrong. */
export const InvalidRoadmap: Story = {
  render: () => html`<metric-scorecard .roadmap=${{ initiatives: 'oops' }}></metric-scorecard>`,
};

/** A `src` the server answers with 404. */
export const NotFound: Story = {
  render: () => html`<metric-scorecard src="/fixtures/no-such-roadmap.json"></metric-scorecard>`,
};

/** A `src` that has not answered yet (held open by the story): the loading state. After the 30 s fetch limit it turns into a timeout error. */
export const Loading: Story = {
  render: () => html`<metric-scorecard src=${PENDING_SRC}></metric-scorecard>`,
};

/**
 * 500 generated metrics with targets, current values and history in 10 groups (deterministic generator).
 * The accessibility check (the a11y panel and `npm test`) reads the first group, 50 tiles: axe over
 * all 500 (20,000 nodes) takes half a minute, and the other nine groups repeat the same templates.
 */
export const Dense: Story = {
  parameters: { a11y: { context: { include: [{ fromShadowDom: ['metric-scorecard', 'p.summary, section:first-of-type'] }] } } },
  render: () => html`<metric-scorecard .roadmap=${denseMetrics(500)} as-of="2025-06-30"></metric-scorecard>`,
};

/** Metric names of 5,000 characters and unbroken words of 300 and 5,000 characters. */
export const LongLabels: Story = {
  render: () => html`<metric-scorecard .roadmap=${longLabelRoadmap()} as-of="2025-06-30"></metric-scorecard>`,
};

/**
 * Every tile is reachable and selectable from the keyboard; the line under the scorecard shows
 * the event each key fires.
 *
 * - **Tab** reaches each tile's name, a button whose accessible name is the metric's summary
 *   (name, status, value, target), then the tile's initiative button; in the by-initiative layout
 *   each section heading is a button that selects the initiative.
 * - From a tile's name, **Arrow Left / Right** go to the previous / next tile (swapped in
 *   right-to-left text), **Arrow Up / Down** to the nearest tile in the row above / below,
 *   continuing into the next section, **Home** / **End** to the first / last tile.
 * - **Enter** or **Space** selects the metric (`aria-pressed`, `roadmap-select`); **Escape** on the
 *   selected tile clears the selection.
 */
export const Keyboard: Story = {
  render: (args, context) => withEventLog(meta.render!(args, context)),
};

/**
 * High contrast and forced colours. This story loads `tokens.css` and sets
 * `data-roadmap-theme="high-contrast"`: black on white (white on black in the dark scheme), black
 * borders, saturated status colours, a black (dark: yellow) focus ring.
 *
 * Forced colours (Windows contrast themes, `@media (forced-colors: active)`) need nothing from the
 * page: the browser replaces colours with the user's system colours, the shared tokens switch to
 * `CanvasText`, `Canvas`, `GrayText`, `LinkText` and `Highlight`, and the scorecard outlines tiles
 * and status badges in `CanvasText`. Bullet graphs and sparklines keep their drawing
 * (`forced-color-adjust: none`): `Canvas` bands with a `GrayText` outline (the poor band dashed),
 * the measure and the trend line in `CanvasText`, the target mark in `Highlight`. A selected or
 * linked tile gets a 3 px `Highlight` outline, initiative buttons are `LinkText`. Every status is
 * also written next to its icon. Emulate `forced-colors: active` in the browser's DevTools
 * (Rendering) to see it; `npm test` audits every story that way (test/stories/stories-axe.test.ts).
 */
export const ForcedColours: Story = {
  name: 'Forced colours',
  render: (args, context) => highContrast(meta.render!(args, context), context.globals),
};
