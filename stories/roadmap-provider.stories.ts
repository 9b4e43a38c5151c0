import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/roadmap-provider/roadmap-provider.js';
import complete from '../test/fixtures/model/complete.json';

/**
 * `<roadmap-provider>` loads a roadmap once and shares it with the views inside it; selecting
 * something in one view highlights it in the others. It has no UI of its own except the loading
 * and error states shown here.
 */
const meta: Meta = {
  title: 'Elements/roadmap-provider',
  component: 'roadmap-provider',
};
export default meta;

type Story = StoryObj;

/** A roadmap handed over as a property. The provider renders only its slot. */
export const WithRoadmapProperty: Story = {
  render: () => html`<roadmap-provider .roadmap=${complete}><p>Views placed here share <strong>${complete.meta.title}</strong>.</p></roadmap-provider>`,
};

/** From a URL: while the file loads, a polite loading state is shown. */
export const Loading: Story = {
  render: () => html`<roadmap-provider src="/fixtures/model/complete.json?delay"><p>Slot content.</p></roadmap-provider>`,
};

/** A file that does not exist: the error says which file and why. */
export const NotFound: Story = {
  render: () => html`<roadmap-provider src="/fixtures/no-such-roadmap.json"></roadmap-provider>`,
};

/** JSON with a syntax error in a child script: line and column are given. */
export const BadJson: Story = {
  render: () => html`<roadmap-provider><script type="application/json">{ "schemaVersion": "1.0", "meta": { "title": "x" } "initiatives": [] }</script></roadmap-provider>`,
};

/** A document that is JSON but not a roadmap: the first diagnostics are listed. */
export const NotARoadmap: Story = {
  render: () => html`<roadmap-provider .roadmap=${{ schemaVersion: '1.0', initiatives: [{ id: 'x' }] }}></roadmap-provider>`,
};
