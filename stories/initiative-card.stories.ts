import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/initiative-card/initiative-card.js';
import '../src/components/roadmap-provider/roadmap-provider.js';
import rich from '../test/fixtures/card/rich.json';
import seed000 from '../test/fixtures/seeds/000.json';
import seed001 from '../test/fixtures/seeds/001.json';
import seed002 from '../test/fixtures/seeds/002.json';
import seed003 from '../test/fixtures/seeds/003.json';
import seed004 from '../test/fixtures/seeds/004.json';
import { highContrast, withEventLog } from './support/a11y.js';
import { PENDING_SRC, longLabelRoadmap } from './support/story-data.js';

interface Args {
  initiativeId: string;
  variant: 'full' | 'compact';
  asOf: string;
  collapseAfter: number;
  width: number;
}

/**
 * `<initiative-card>` shows one initiative and everything the roadmap says about it: key, title,
 * status, health and priority chips, owner and team, the schedule as written and as resolved
 * (overdue against `as-of`), checklist progress, goal, checklist, acceptance criteria, success
 * metrics with parsed targets, dependencies, risks, external references, notes and the source line.
 */
const meta: Meta<Args> = {
  title: 'Elements/initiative-card',
  component: 'initiative-card',
  args: { initiativeId: 'nexus-2000', variant: 'full', asOf: '', collapseAfter: 6, width: 640 },
  argTypes: {
    initiativeId: { control: 'select', options: rich.initiatives.map((i) => i.id) },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    asOf: { control: 'text', description: 'YYYY-MM-DD; empty uses the roadmap date' },
    width: { control: { type: 'range', min: 280, max: 1200, step: 20 } },
  },
  render: (a) => html`<initiative-card
    style="max-width: ${a.width}px"
    .roadmap=${rich}
    initiative-id=${a.initiativeId}
    variant=${a.variant}
    as-of=${a.asOf || ''}
    collapse-after=${a.collapseAfter}
  ></initiative-card>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A keyed initiative from a quarterly plan (seed 000): target month, plain bullets, risks, an unresolved dependency. */
export const KeyedInitiative: Story = {};

/** Checklist progress, acceptance criteria with parsed targets, priority from a framework (seed 003). */
export const ChecklistAndCriteria: Story = { args: { initiativeId: 'automatic-failover' } };

/** Success metrics as target chips and a labelled list with qualifiers (seed 001). */
export const MetricsAndLists: Story = { args: { initiativeId: 'multi-tenant-architecture' } };

/** A security review gate: an external reference pending approval (seed 000, QS-300). */
export const ExternalReference: Story = { args: { initiativeId: 'qs-300' } };

/** Counted against a later as-of, the target has passed: the card is marked overdue. */
export const Overdue: Story = { args: { asOf: '2025-01-20' } };

/** Long lists collapse behind "Show all N". */
export const Collapsed: Story = { args: { initiativeId: 'automatic-failover', collapseAfter: 2 } };

/** At phone width every block stacks; nothing overflows. */
export const Narrow: Story = { args: { width: 320 } };

/** Compact cards in a dashboard grid: header and progress only. */
export const CompactGrid: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:12px">
    ${rich.initiatives.map((i) => html`<initiative-card .roadmap=${rich} initiative-id=${i.id} variant="compact"></initiative-card>`)}
  </div>`,
};

/** Inside a provider without `initiative-id`, the card follows the selection; its links select other initiatives. */
export const FollowsSelection: Story = {
  render: () => html`<roadmap-provider .roadmap=${rich} .selection=${{ kind: 'initiative', id: 'tracing-propagation' }}>
    <initiative-card style="max-width: 640px"></initiative-card>
  </roadmap-provider>`,
};

/** Roadmap text is data: HTML and a javascript: link are shown as text; the https link works. */
export const HostileText: Story = {
  render: () => {
    const doc = structuredClone(rich);
    const target = doc.initiatives[0]!;
    target.title = '<img src=x onerror=alert(1)> **Query** Performance';
    (target as { objective?: string }).objective = '[run me](javascript:alert(1)) · [spec](https://example.com/spec) · `code`';
    return html`<initiative-card style="max-width: 640px" .roadmap=${doc} initiative-id="nexus-2000"></initiative-card>`;
  },
};

/** An id the roadmap does not have: the card lists the ones it does. */
export const UnknownId: Story = { args: { initiativeId: 'NEXUS-9999' } };

const seedCard = (roadmap: unknown, id: string, width = 720) =>
  html`<initiative-card style="max-width: ${width}px" .roadmap=${roadmap} initiative-id=${id}></initiative-card>`;

/** The real seeds, one rich initiative each, side by side at phone and desktop widths. */
export const Seeds: Story = {
  render: () => html`<div style="display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start">
    ${[
      [seed000, 'nexus-2000'],
      [seed000, 'qs-300'],
      [seed001, 'global-cdn-deployment'],
      [seed002, 'cloud-native-infrastructure'],
      [seed003, 'automatic-failover'],
      [seed003, 'foundation-mvp'],
      [seed004, 'helm-chart-and-docker-compose-examples'],
      [seed004, 'tracing-propagation-from-job-traceid-spanid'],
    ].map(([roadmap, id]) => html`<div style="width:320px">${seedCard(roadmap, id as string, 320)}</div>`)}
  </div>`,
};

/** Seed 003's Q1 2024 plan: a checklist grouped by status (Completed / In Progress / Planned), in columns when wide. */
export const StatusGroups: Story = { render: () => seedCard(seed003, 'foundation-mvp', 960) };

/** Seed 004: a start relative to the GA milestone ("Post-1.0"), a month without its year ("Dec"), and the source line as written. */
export const RelativeStart: Story = { render: () => seedCard(seed004, 'helm-chart-and-docker-compose-examples', 960) };

/** A valid roadmap with no initiatives: the card says there is nothing to show. */
export const EmptyRoadmap: Story = {
  render: () => html`<initiative-card style="max-width: 640px" .roadmap=${{ schemaVersion: '1.0', meta: { title: 'Empty roadmap' }, initiatives: [] }} initiative-id="nexus-2000"></initiative-card>`,
};

/** An invalid roadmap (`initiatives` is a string): the card shows the error and what is wrong. */
export const InvalidRoadmap: Story = {
  render: () => html`<initiative-card style="max-width: 640px" .roadmap=${{ initiatives: 'oops' }} initiative-id="nexus-2000"></initiative-card>`,
};

/** A `src` the server answers with 404. */
export const NotFound: Story = {
  render: () => html`<initiative-card style="max-width: 640px" src="/fixtures/no-such-roadmap.json" initiative-id="nexus-2000"></initiative-card>`,
};

/** A `src` that has not answered yet (held open by the story): the loading state. After the 30 s fetch limit it turns into a timeout error. */
export const Loading: Story = {
  render: () => html`<initiative-card style="max-width: 640px" src=${PENDING_SRC} initiative-id="nexus-2000"></initiative-card>`,
};

/** A 5,000-character title, and titles and an owner that are one unbroken word of 300 and 5,000 characters: text wraps or breaks inside the card. */
export const LongLabels: Story = {
  render: () => {
    const doc = longLabelRoadmap();
    return html`<div style="display:grid;gap:16px;max-width:640px">
      ${doc.initiatives.map((i) => html`<initiative-card .roadmap=${doc} initiative-id=${i.id}></initiative-card>`)}
    </div>`;
  },
};

/**
 * The card is a document rather than a widget: it has no arrow-key paths, and every control is an
 * ordinary button or link in reading order. Here it sits in a `<roadmap-provider>` without
 * `initiative-id`, so it follows the selection; the line under it shows the event each control fires.
 *
 * - **Tab** goes through the title (a button that selects the initiative), the links to its
 *   dependencies, risks, metrics and milestones (buttons that select them: choose another
 *   initiative and the card shows it), external references (links) and the "Show all N" /
 *   "Show fewer" toggles (`aria-expanded`), in reading order.
 * - **Enter** or **Space** presses a button (`roadmap-select`); **Enter** follows a link.
 *
 * Screen-reader users move through the card by its headings (level 3 by default, `heading-level`
 * fits it into the page's outline) and by its lists; each section is a region named by its
 * heading and the card's title.
 */
export const Keyboard: Story = {
  render: () => withEventLog(html`<roadmap-provider .roadmap=${rich} .selection=${{ kind: 'initiative', id: 'nexus-2000' }}>
    <initiative-card style="max-width: 640px"></initiative-card>
  </roadmap-provider>`),
};

/**
 * High contrast and forced colours. This story loads `tokens.css` and sets
 * `data-roadmap-theme="high-contrast"`: black on white (white on black in the dark scheme), black
 * borders, saturated status colours, a black (dark: yellow) focus ring.
 *
 * Forced colours (Windows contrast themes, `@media (forced-colors: active)`) need nothing from the
 * page: the browser replaces colours with the user's system colours, the shared tokens switch to
 * `CanvasText`, `Canvas`, `GrayText`, `LinkText` and `Highlight`, and the card's own rules keep
 * its chips legible (a `CanvasText` border on `Canvas`, with `forced-color-adjust: none` so the
 * status dot stays), draw the progress ring in `CanvasText` on a `GrayText` track, the selected
 * card's outline in `Highlight` and its link buttons in `LinkText`. Status, health and priority are
 * always written, never shown by colour alone. Emulate `forced-colors: active` in the browser's
 * DevTools (Rendering) to see it; `npm test` audits every story that way (test/stories/stories-axe.test.ts).
 */
export const ForcedColours: Story = {
  name: 'Forced colours',
  render: (args, context) => highContrast(meta.render!(args, context), context.globals),
};
