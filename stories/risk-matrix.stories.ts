import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/risk-matrix/risk-matrix.js';
import '../src/components/roadmap-provider/roadmap-provider.js';
import rated from '../test/fixtures/risks/rated.json';
import seed000 from '../test/fixtures/seeds/000.json';
import seed001 from '../test/fixtures/seeds/001.json';
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

/** 500 generated risks on the 5×5 grid, most with a residual rating (deterministic generator): cells show counts, not 500 dots. */
export const Dense: Story = {
  render: () => html`<risk-matrix .roadmap=${denseRisks(500)}></risk-matrix>`,
};

/** Risk titles, mitigations and a category of 5,000 characters and unbroken words of 300 and 5,000 characters. */
export const LongLabels: Story = {
  render: () => html`<risk-matrix .roadmap=${longLabelRoadmap()}></risk-matrix>`,
};
