import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: [{ from: '../test/fixtures', to: '/fixtures' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (c) => {
    c.optimizeDeps ??= {};
    // Without this the dev server loads lit-html twice.
    c.optimizeDeps.include = [...(c.optimizeDeps.include ?? []), 'lit/directive-helpers.js'];
    return c;
  },
};
export default config;
