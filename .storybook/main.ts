import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { STORY_FILES } from '../test/stories/story-files';
import { staticDirs } from './static-dirs';

// The axe test of every story (test/stories/stories-axe.test.ts, part of `npm test`) reads its list
// of story files from test/stories/story-files.ts: a story file that is not listed there would
// escape it, so Storybook does not start until it is.
const storiesDir = fileURLToPath(new URL('../stories/', import.meta.url));
const unlisted = readdirSync(storiesDir, { recursive: true, encoding: 'utf8' })
  .map((f) => f.replaceAll('\\', '/'))
  .filter((f) => f.endsWith('.stories.ts') && !(STORY_FILES as readonly string[]).includes(f));
if (unlisted.length) {
  throw new Error(`Add ${unlisted.join(', ')} to test/stories/story-files.ts, so that the axe test of every story (npm test) covers it.`);
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs,
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (c) => {
    c.optimizeDeps ??= {};
    // Without this the dev server loads lit-html twice.
    c.optimizeDeps.include = [...(c.optimizeDeps.include ?? []), 'lit/directive-helpers.js'];
    return c;
  },
};
export default config;
