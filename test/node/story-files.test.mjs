// The story audit (test/stories/stories-axe.test.ts) runs in the browser, which cannot list a
// folder: it audits the files named in test/stories/story-files.ts. This keeps that list equal to
// the story files Storybook loads, so that a new story file cannot escape the audit.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const storiesDir = join(root, 'stories');

function storyFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? storyFiles(join(dir, e.name)) : e.name.endsWith('.stories.ts') ? [relative(storiesDir, join(dir, e.name))] : [],
  );
}

describe('story audit', () => {
  it('audits every story file Storybook loads', () => {
    const listed = [...readFileSync(join(root, 'test/stories/story-files.ts'), 'utf8').matchAll(/'([^']+\.stories\.ts)'/g)].map((m) => m[1]).sort();
    assert.ok(listed.length > 0, 'story-files.ts names no story file');
    assert.deepEqual(listed, storyFiles(storiesDir).sort(), 'test/stories/story-files.ts must list exactly the files in stories/');
  });
});
