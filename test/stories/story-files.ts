/**
 * Every story file Storybook loads (`stories/**\/*.stories.ts`, relative to `stories/`), which
 * stories-axe.test.ts audits. The browser cannot list a folder, so the list is written out here;
 * .storybook/main.ts refuses to start Storybook while a story file is missing from it.
 */
export const STORY_FILES = [
  'initiative-card.stories.ts',
  'metric-scorecard.stories.ts',
  'risk-matrix.stories.ts',
  'roadmap-provider.stories.ts',
  'roadmap-timeline.stories.ts',
  'theming.stories.ts',
] as const;
