import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * The project annotations of every story (parameters, globals and decorators), apart from the
 * custom-elements manifest, which preview.ts adds. Kept free of Storybook runtime imports so that
 * the story tests (test/stories/stories-axe.test.ts) apply exactly these to each story.
 */

/** Toolbar values of the `colorScheme` global. */
export type ColorSchemeGlobal = 'os' | 'light' | 'dark';

/** The CSS `color-scheme` for a value of the `colorScheme` global: `os` follows the OS setting. */
export function colorSchemeFor(value: unknown): string {
  return value === 'light' || value === 'dark' ? value : 'light dark';
}

/**
 * Every story follows the colour scheme chosen in the toolbar (by default the OS setting). The
 * elements read it through `light-dark()`: their text and surfaces switch, and the page's
 * `Canvas` / `CanvasText` behind them switch with them, so a dark story is never light text on a
 * white page. In the docs page each story gets its own canvas; on the story canvas the whole
 * page follows. Stories that pin a scheme themselves (Guides/Theming) keep theirs.
 */
export const withColorScheme: Decorator = (story, context) => {
  const scheme = colorSchemeFor(context.globals['colorScheme']);
  if (typeof document !== 'undefined') document.documentElement.style.colorScheme = context.viewMode === 'docs' ? '' : scheme;
  return html`<div class="roadmap-story" style="color-scheme: ${scheme}; background: Canvas; color: CanvasText">${story()}</div>`;
};

const annotations: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Storybook's a11y addon runs axe on every story; a violation fails the story's test.
    // test/stories/stories-axe.test.ts runs the same check in `npm test`, in light, dark and forced colours.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    colorScheme: {
      description: 'Colour scheme of the story canvas (the elements follow it through light-dark())',
      toolbar: {
        title: 'Colour scheme',
        icon: 'contrast',
        items: [
          { value: 'os', title: 'Follow the OS', icon: 'browser' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { colorScheme: 'os' satisfies ColorSchemeGlobal },
  decorators: [withColorScheme],
};
export default annotations;
