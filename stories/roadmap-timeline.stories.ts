import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/roadmap-timeline/roadmap-timeline.js';
import '../src/components/roadmap-provider/roadmap-provider.js';
import platform from '../test/fixtures/timeline/platform-2025.json';
import horizons from '../test/fixtures/timeline/horizons.json';
import { highContrast, withEventLog } from './support/a11y.js';
import { PENDING_SRC, denseRoadmap, longLabelRoadmap } from './support/story-data.js';

interface Args {
  roadmap: unknown;
  'group-by': string;
  scale?: string;
  'as-of'?: string;
  anchor?: string;
  'without-dependencies': boolean;
  'without-legend': boolean;
  height?: string;
}

const meta: Meta<Args> = {
  title: 'Views/roadmap-timeline',
  component: 'roadmap-timeline',
  args: { roadmap: platform, 'group-by': 'auto', 'without-dependencies': false, 'without-legend': false },
  argTypes: {
    'group-by': { control: 'select', options: ['auto', 'theme', 'team', 'product', 'period', 'status', 'priority', 'none'] },
    scale: { control: 'select', options: [undefined, 'month', 'quarter', 'half', 'year'] },
  },
  render: (args) => html`<roadmap-timeline
    .roadmap=${args.roadmap}
    group-by=${args['group-by']}
    scale=${args.scale ?? ''}
    as-of=${args['as-of'] ?? ''}
    anchor=${args.anchor ?? ''}
    ?without-dependencies=${args['without-dependencies']}
    ?without-legend=${args['without-legend']}
    style=${args.height ? `height: ${args.height}` : ''}
  ></roadmap-timeline>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Dated initiatives in theme lanes, milestones, dependencies (one conflict), target-only and approximate items, an Unscheduled tray. */
export const Themes: Story = {};

/** The same roadmap in status lanes. */
export const ByStatus: Story = { args: { 'group-by': 'status' } };

/** Opened at month scale from the start of the content. */
export const MonthScale: Story = { args: { scale: 'month', height: '420px' } };

/** Relative horizons with no date anywhere: ordered Now / Next / Later columns. */
export const Horizons: Story = { args: { roadmap: horizons } };

/** The same horizons placed in calendar time from an anchor date. */
export const HorizonsAnchored: Story = { args: { roadmap: horizons, anchor: '2025-01-15' } };

/** Inside a provider: selection is shared, linked items stay bright. */
export const InProvider: Story = {
  render: (args) => html`<roadmap-provider .roadmap=${args.roadmap} .selection=${{ kind: 'initiative', id: 'sso' }}>
    <roadmap-timeline></roadmap-timeline>
  </roadmap-provider>`,
};

/** In a narrow 600 px container. */
export const Narrow: Story = {
  render: (args) => html`<div style="width: 600px"><roadmap-timeline .roadmap=${args.roadmap}></roadmap-timeline></div>`,
};

/** Themed through tokens and parts. */
export const Themed: Story = {
  render: (args) => html`<style>
      .themed { --roadmap-status-in-progress: #7c3aed; --roadmap-color-accent: #db2777; --roadmap-radius: 0; }
      .themed::part(bar status-done) { opacity: 0.6; }
    </style>
    <roadmap-timeline class="themed" .roadmap=${args.roadmap}></roadmap-timeline>`,
};

/** A valid roadmap with nothing on it: the timeline says there is nothing to place yet. */
export const EmptyRoadmap: Story = {
  render: () => html`<roadmap-timeline .roadmap=${{ schemaVersion: '1.0', meta: { title: 'Empty roadmap' }, initiatives: [] }}></roadmap-timeline>`,
};

/** An invalid roadmap (`initiatives` is a string): the error box lists what is wrong instead of drawing anything. */
export const InvalidRoadmap: Story = {
  render: () => html`<roadmap-timeline .roadmap=${{ initiatives: 'oops' }}></roadmap-timeline>`,
};

/** A `src` the server answers with 404: the error names the file and the HTTP status. */
export const NotFound: Story = {
  render: () => html`<roadmap-timeline src="/fixtures/no-such-roadmap.json"></roadmap-timeline>`,
};

/** A `src` that has not answered yet (held open by the story): the polite loading state. After the 30 s fetch limit it turns into a timeout error. */
export const Loading: Story = {
  render: () => html`<roadmap-timeline src=${PENDING_SRC}></roadmap-timeline>`,
};

/** 500 generated initiatives in 12 theme lanes over two years, with 49 dependencies and 8 milestones (deterministic generator, same on every load). */
export const Dense: Story = {
  render: () => html`<roadmap-timeline .roadmap=${denseRoadmap(500)} style="height: 640px"></roadmap-timeline>`,
};

/** Titles of 5,000 characters of words, and of 300 and 5,000 characters with no break: labels are cut, nothing spills out of the frame. */
export const LongLabels: Story = {
  render: () => html`<roadmap-timeline .roadmap=${longLabelRoadmap()}></roadmap-timeline>`,
};

/**
 * Every path through the timeline works from the keyboard; the line under it shows the event each
 * key fires.
 *
 * - **Tab** reaches the zoom buttons (− + Fit Today), then the chart once: the bars and milestones
 *   share one Tab stop (a roving `tabindex` on the current item), then the Unscheduled tray.
 * - **Arrow Right / Down** and **Arrow Left / Up** move to the next / previous item, in the order
 *   the hidden table lists them: milestones left to right, then the bars lane by lane. **Home** /
 *   **End** go to the first / last item.
 * - **Enter** or **Space** selects the focused bar or milestone (`roadmap-select`); inside a
 *   `<roadmap-provider>` the other views follow. **Escape** closes the tooltip, then clears the selection.
 * - **+** (or **=**) and **-** (or **_**) zoom around the focused item, **0** fits everything,
 *   **Shift + Arrow Left / Right** pans (`roadmap-range-change`); the zoom keys work on the toolbar too.
 *
 * Each bar's accessible name gives its title, key, dates, status, progress and dependencies; a
 * visually hidden table lists every item for screen readers.
 */
export const Keyboard: Story = {
  render: (args, context) => withEventLog(meta.render!(args, context)),
};

/**
 * High contrast and forced colours. This story loads `tokens.css` and sets
 * `data-roadmap-theme="high-contrast"`: black on white (white on black in the dark scheme), black
 * bar edges and grid lines, saturated status colours, a black (dark: yellow) focus ring.
 *
 * Forced colours (Windows contrast themes, `@media (forced-colors: active)`) need nothing from the
 * page: the browser replaces colours with the user's system colours, the shared tokens switch to
 * `CanvasText`, `Canvas`, `GrayText`, `LinkText` and `Highlight`, and the timeline's own rules keep
 * the drawing readable: bar edges and dependency lines in `CanvasText` on a `Canvas` fill, progress,
 * the selected or focused bar and the today line in `Highlight`, milestones and arrowheads in
 * `CanvasText`. Status never rests on colour: each bar's name and the hidden table say it. Emulate
 * `forced-colors: active` in the browser's DevTools (Rendering) to see it; `npm test` audits every
 * story that way (test/stories/stories-axe.test.ts).
 */
export const ForcedColours: Story = {
  name: 'Forced colours',
  render: (args, context) => highContrast(meta.render!(args, context), context.globals),
};
