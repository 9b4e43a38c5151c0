import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/roadmap-timeline/roadmap-timeline.js';
import '../src/components/initiative-card/initiative-card.js';
import '../src/components/risk-matrix/risk-matrix.js';
import '../src/components/metric-scorecard/metric-scorecard.js';
import platform from '../test/fixtures/timeline/platform-2025.json';
import rich from '../test/fixtures/card/rich.json';
import rated from '../test/fixtures/risks/rated.json';
import actuals from '../test/fixtures/metrics/actuals.json';
import { tokensStyle } from './support/a11y.js';

/**
 * The four views side by side under each way of theming them. The elements need no stylesheet:
 * every `--roadmap-*` token has a fallback inside them, and their colours use `light-dark()`, so
 * they follow the page's `color-scheme`. `tokens.css` (the package's `roadmap-elements/tokens.css`)
 * adds `data-roadmap-theme="light | dark | high-contrast"` on any ancestor; any `--roadmap-*`
 * property can be set on an ancestor; and `::part()` reaches the named pieces listed in
 * `custom-elements.json`.
 */
const meta: Meta = {
  title: 'Guides/Theming',
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj;

// tokens.css as text, placed in a <style> by each story, so that it applies only while a theming
// story is shown and leaves the other stories as they are.
const tokens = tokensStyle;

const views = (): TemplateResult => html`<div
  style="display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:16px;align-items:start"
>
  <roadmap-timeline .roadmap=${platform} style="height:420px"></roadmap-timeline>
  <initiative-card .roadmap=${rich} initiative-id="nexus-2000"></initiative-card>
  <risk-matrix .roadmap=${rated}></risk-matrix>
  <metric-scorecard .roadmap=${actuals} as-of="2025-06-30"></metric-scorecard>
</div>`;

/**
 * The four views under `data-roadmap-theme=theme` on a page styled by `style`. `scheme` pins the
 * colour scheme of a theme that does not pin one itself (high-contrast follows the OS setting) by
 * nesting it in `data-roadmap-theme="light"` or `"dark"`.
 */
const frame = (attrs: { theme?: string; scheme?: 'light' | 'dark'; style: string; className?: string }, extra: TemplateResult | string = '') => {
  const themed = html`<div data-roadmap-theme=${attrs.theme ?? 'light'} class=${attrs.className ?? ''} style="padding:16px;${attrs.style}">${views()}</div>`;
  return html`${tokens()}${extra}
    ${attrs.scheme ? html`<div data-roadmap-theme=${attrs.scheme}>${themed}</div>` : themed}`;
};

/**
 * The default light theme: no tokens set, `data-roadmap-theme="light"` only pins the colour scheme
 * so the story looks the same whatever the OS prefers.
 */
export const Light: Story = {
  render: () => frame({ theme: 'light', style: 'background:#ffffff;color-scheme:light' }),
};

/**
 * `data-roadmap-theme="dark"` on a wrapper (with `tokens.css` loaded): every colour token switches to
 * its dark value through `light-dark()`. The page supplies its own background.
 */
export const Dark: Story = {
  render: () => frame({ theme: 'dark', style: 'background:#0d1117;color:#e6e8eb;color-scheme:dark' }),
};

/**
 * `data-roadmap-theme="high-contrast"` from `tokens.css`: black text on white, black borders and
 * grid lines, and saturated status colours (`--roadmap-color-text`, `--roadmap-color-border`,
 * `--roadmap-color-grid`, `--roadmap-status-*`). It follows the OS colour scheme (white on black
 * when the OS is dark); here an outer `data-roadmap-theme="light"` pins the light variant to match
 * the white page.
 */
export const HighContrast: Story = {
  render: () => frame({ theme: 'high-contrast', scheme: 'light', style: 'background:#ffffff;color-scheme:light' }),
};

/**
 * The high-contrast theme in the dark scheme (pinned by an outer `data-roadmap-theme="dark"`, as
 * the page is black): white on black, yellow focus ring.
 */
export const HighContrastDark: Story = {
  render: () => frame({ theme: 'high-contrast', scheme: 'dark', style: 'background:#000000;color:#ffffff;color-scheme:dark' }),
};

/**
 * A brand colour set through custom properties on an ancestor: accent, selection and focus in the
 * brand's violet and pink, status colours from its palette, warmer surfaces and borders, a serif
 * font and square corners. Only `--roadmap-*` tokens that the elements read are set (see
 * `src/styles/tokens.ts`).
 */
export const BrandTokens: Story = {
  render: () =>
    frame(
      { style: 'background:#fffaf5;color-scheme:light', className: 'brand' },
      html`<style>
        .brand {
          --roadmap-font-family: Georgia, 'Times New Roman', serif;
          --roadmap-font-size: 15px;
          --roadmap-radius: 0;
          --roadmap-color-text: #2b1d3a;
          --roadmap-color-text-muted: #5e4b6e;
          --roadmap-color-surface-raised: #ffffff;
          --roadmap-color-surface-sunken: #f7efe6;
          --roadmap-color-border: #d9c6b3;
          --roadmap-color-grid: #efe3d6;
          --roadmap-color-accent: #6d28d9;
          --roadmap-color-focus: #db2777;
          --roadmap-color-selection: #db2777;
          --roadmap-status-planned: #8b7a99;
          --roadmap-status-in-progress: #6d28d9;
          --roadmap-status-done: #0f766e;
          --roadmap-status-at-risk: #c2410c;
          --roadmap-status-blocked: #be123c;
          --roadmap-band-low: #dcf5ee;
          --roadmap-band-medium: #fdf1d3;
          --roadmap-band-high: #fbd9c4;
          --roadmap-band-critical: #f9cfd9;
        }
      </style>`,
    ),
};

/**
 * Styling through `::part()`: finished timeline bars are faded (`roadmap-timeline::part(bar status-done)`),
 * blocked ones get a dashed outline, the toolbar buttons are pills; the card's status chip is
 * upper-case; critical risk-matrix cells get a heavy border; scorecard tiles that are off track get
 * a coloured left edge (`metric-scorecard::part(metric status-off-track)`).
 */
export const Parts: Story = {
  render: () =>
    frame(
      { style: 'background:#ffffff;color-scheme:light', className: 'parted' },
      html`<style>
        .parted roadmap-timeline::part(bar status-done) { opacity: 0.45; }
        .parted roadmap-timeline::part(bar status-blocked) { outline: 2px dashed #cf222e; outline-offset: 1px; }
        .parted roadmap-timeline::part(button) { border-radius: 999px; }
        .parted roadmap-timeline::part(bar-label) { font-weight: 600; }
        .parted initiative-card::part(status) { text-transform: uppercase; letter-spacing: 0.06em; }
        .parted initiative-card::part(title) { font-size: 1.4em; }
        .parted risk-matrix::part(cell band-critical) { box-shadow: inset 0 0 0 3px #b42318; }
        .parted metric-scorecard::part(metric) { border-left: 4px solid #d0d7de; }
        .parted metric-scorecard::part(metric status-off-track) { border-left-color: #b42318; }
        .parted metric-scorecard::part(metric status-on-track) { border-left-color: #1a7f37; }
      </style>`,
    ),
};
