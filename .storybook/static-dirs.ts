/**
 * Folders Storybook serves as they are, relative to `.storybook/`: the test fixtures under
 * `/fixtures/…`, so that stories can point a `src` at a real file. A module of its own so that the
 * story tests (test/stories/) serve the same paths without loading main.ts.
 */
export const staticDirs = [{ from: '../test/fixtures', to: '/fixtures' }];
