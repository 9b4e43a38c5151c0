import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/risk-matrix/risk-matrix.js';
import '../src/components/roadmap-provider/roadmap-provider.js';
import rated from '../test/fixtures/risks/rated.json';
import seed000 from '../test/fixtures/seeds/000.json';
import seed001 from '../test/fixtures/seeds/001.json';
import { highContrast, withEventLog } from './support/a11y.js';
import { PENDING_SRC, denseRisks, longLabelRoadmap } from './support/story-data.js';

interface Args {
  size: 3 | 4 | 5;
  mode: 'inherent' | 'residual' | 'both';
  orientation: 'likelihood-y' | 'likelihood-x';
  width: number;
}

/**
 * `<risk-matrix>` places rated risks on a likelihood × impact grid coloured by band (low, medium,
 * high, critical), draws each risk's move from its inherent to its residual rating, and lists the
 * risks that have no rating yet in a tray grouped by category, with their mitigation and the
 * initiatives they threaten. Arrow keys move between cells, Enter reaches a cell's risks, Escape
 * goes back; a hidden table lists every risk for screen readers. The inherent / residual / both
 * switch sets `mode` (also an attribute) and fires `roadmap-view-change`.
 */
const meta: Meta<Args> = {
  title: 'Elements/risk-matrix',
  component: 'risk-matrix',
  args: { size: 5, mode: 'both', orientation: 'likelihood-y', width: 1200 },
  argTypes: {
    size: { control: 'inline-radio', options: [3, 4, 5] },
    mode: { control: 'inline-radio', options: ['inherent', 'residual', 'both'] },
    orientation: { control: 'inline-radio', options: ['likelihood-y', 'likelihood-x'] },
    width: { control: { type: 'range', min: 320, max: 1400, step: 20 } },
  },
  render: (a) => html`<risk-matrix
    style="max-width: ${a.width}px"
    .roadmap=${rated}
    size=${a.size}
    mode=${a.mode}
    orientation=${a.orientation}
  ></risk-matrix>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A register with inherent and residual ratings: four risks share one cell, arrows show what mitigation achieved. */
export const RatedFiveByFive: Story = {};

/** The same ratings on a 3×3 grid: 5-level ratings are rescaled, and the matrix says so. */
export const RatedThreeByThree: Story = { args: { size: 3 } };

/** Residual ratings only; risks without one keep their inherent place with a dotted outline. */
export const ResidualOnly: Story = { args: { mode: 'residual' } };

/** The mode switch fires `roadmap-view-change` with `{view: 'risk-matrix', mode}`; the line under the matrix shows the last one. */
export const ModeChangeEvent: Story = {
  render: (a) => html`<risk-matrix
      style="max-width: ${a.width}px"
      .roadmap=${rated}
      mode=${a.mode}
      @roadmap-view-change=${(e: CustomEvent) => {
        const out = (e.currentTarget as HTMLElement).nextElementSibling;
        if (out) out.textContent = `roadmap-view-change ${JSON.stringify(e.detail)}`;
      }}
    ></risk-matrix>
    <output style="display: block; margin-top: 8px; font: 13px ui-monospace, monospace">Switch the mode above the grid.</output>`,
};

/** Axes swapped: likelihood along the bottom, impact up the side. */
export const LikelihoodAlongTheBottom: Story = { args: { orientation: 'likelihood-x' } };

/** A narrow container: numbered dots, the details panel below the grid. */
export const Narrow: Story = { args: { width: 360 } };

/** Seed 000: three unrated risks, linked to QS-300, NEXUS-2000, and through Emily Watson to what she owns. */
export const UnratedSeed000: Story = {
  render: () => html`<risk-matrix .roadmap=${seed000}></risk-matrix>`,
};

/** Seed 001: six unrated risks with mitigations, in Technical and Business groups. */
export const UnratedSeed001: Story = {
  render: () => html`<risk-matrix .roadmap=${seed001}></risk-matrix>`,
};

/** Inside a provider with an initiative selected: the risks that threaten it are ringed, the rest fade. */
export const LinkedSelection: Story = {
  render: () => html`<roadmap-provider .roadmap=${rated} .selection=${{ kind: 'initiative', id: 'pay-160' }}>
    <risk-matrix></risk-matrix>
  </roadmap-provider>`,
};

/** A roadmap without risks gets a short message, not an empty grid. */
export const NoRisks: Story = {
  render: () => html`<risk-matrix .roadmap=${{ schemaVersion: '1.0', meta: { title: 'No risks yet' } }}></risk-matrix>`,
};

/** An invalid roadmap (`initiatives` is a string): the error box instead of a grid. */
export const InvalidRoadmap: Story = {
  render: () => html`<risk-matrix .roadmap=${{ initiatives: 'oops' }}></risk-matrix>`,
};

/** A `src` the server answers with 404. */
export const NotFound: Story = {
  render: () => html`<risk-matrix src="/fixtures/no-such-roadmap.json"></risk-matrix>`,
};

/** A `src` that has not answered yet (held open by the story): the loading state. After the 30 s fetch limit it turns into a timeout error. */
export const Loading: Story = {
  render: () => html`<risk-matrix src=${PENDING_SRC}></risk-matrix>`,
};

/**
 * 500 generated risks on the 5×5 grid, most with a residual rating (deterministic generator): cells show counts, not 500 dots.
 * The accessibility check (the a11y panel and `npm test`) reads the first 50 rows of the hidden
 * table of all 500 risks, which are the same row template 500 times over and take most of axe's time.
 */
export const Dense: Story = {
  parameters: { a11y: { context: { exclude: [{ fromShadowDom: ['risk-matrix', 'table tbody tr:nth-child(n+51)'] }] } } },
  render: () => html`<risk-matrix .roadmap=${denseRisks(500)}></risk-matrix>`,
};

/** Risk titles, mitigations and a category of 5,000 characters and unbroken words of 300 and 5,000 characters. */
export const LongLabels: Story = {
  render: () => html`<risk-matrix .roadmap=${longLabelRoadmap()}></risk-matrix>`,
};

/**
 * The grid follows the ARIA grid pattern; the line under the matrix shows the event each key fires.
 *
 * - **Tab** reaches the Inherent / Residual / Both switch (a radio group: **Arrow keys** change the
 *   mode, `roadmap-view-change`), then the grid, which is one Tab stop (its active cell), then the
 *   risks in that cell, the details panel and the tray of unrated risks.
 * - In the grid, **Arrow keys** move one cell, **Home** / **End** go to the first / last cell of
 *   the row, **Ctrl + Home / End** to the first / last cell of the grid, **Page Up** / **Page Down**
 *   to the top / bottom row. Each cell is announced with its likelihood, impact, score, band and
 *   how many risks it holds.
 * - **Enter**, **Space** or **F2** on a cell moves into its risks (a cell showing "+N" opens its
 *   full list in the details panel instead); **Arrow keys** then walk the cell's risks and
 *   **Escape** goes back to the cell.
 * - A focused risk shows its details (rating, mitigation, owner, what it threatens) in the panel;
 *   **Enter** or **Space** selects it (`aria-pressed`, `roadmap-select`).
 *
 * A visually hidden table lists every risk with its ratings for screen readers.
 */
export const Keyboard: Story = {
  render: (args, context) => withEventLog(meta.render!(args, context)),
};

/**
 * High contrast and forced colours. This story loads `tokens.css` and sets
 * `data-roadmap-theme="high-contrast"`: black on white (white on black in the dark scheme), black
 * borders, a black (dark: yellow) focus ring.
 *
 * Forced colours (Windows contrast themes, `@media (forced-colors: active)`) need nothing from the
 * page: the browser replaces colours with the user's system colours, the shared tokens switch to
 * `CanvasText`, `Canvas`, `GrayText`, `LinkText` and `Highlight`, and the matrix turns its band
 * colours into line styles on cells, legend swatches and rating chips: low dotted, medium dashed,
 * high a 3 px solid and critical a 5 px double border. Markers and "+N" buttons are outlined in
 * `ButtonText`, a selected or linked risk in `Highlight`, dimmed ones in `GrayText`; the checked
 * mode is `Highlight` on `HighlightText`. Every cell and marker also says its band and score in
 * words. Emulate `forced-colors: active` in the browser's DevTools (Rendering) to see it; `npm test`
 * audits every story that way (test/stories/stories-axe.test.ts).
 */
export const ForcedColours: Story = {
  name: 'Forced colours',
  render: (args, context) => highContrast(meta.render!(args, context), context.globals),
};
