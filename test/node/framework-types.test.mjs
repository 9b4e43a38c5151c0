// The React and Vue type declarations (src/frameworks/*.ts) are generated from
// custom-elements.json and committed: they must match it, or `npm run framework-types` is due.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { frameworkTypeFiles, readElements } from '../../scripts/write-framework-types.mjs';

const root = new URL('../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

describe('framework type declarations', () => {
  it('are current with custom-elements.json', () => {
    for (const [path, text] of Object.entries(frameworkTypeFiles(manifest))) {
      assert.equal(readFileSync(join(root, path), 'utf8'), text, `${path} is out of date: run \`npm run framework-types\``);
    }
  });

  it('declare every element, its attributes, properties and events', () => {
    const elements = readElements(manifest);
    assert.deepEqual(elements.map((e) => e.tag), ['initiative-card', 'metric-scorecard', 'risk-matrix', 'roadmap-provider', 'roadmap-timeline']);
    const timeline = elements.find((e) => e.tag === 'roadmap-timeline');
    assert.ok(timeline.attributes.some((a) => a.name === 'group-by' && a.field === 'groupBy'));
    assert.ok(timeline.properties.some((p) => p.name === 'roadmap'));
    assert.ok(!timeline.properties.some((p) => p.name === 'layout'), 'read-only getters are not settable props');
    assert.ok(timeline.events.includes('roadmap-range-change'));
    // Events bubble through the provider, so it hears the views' events too.
    assert.ok(elements.find((e) => e.tag === 'roadmap-provider').events.includes('roadmap-select'));
    const react = frameworkTypeFiles(manifest)['src/frameworks/react.ts'];
    assert.match(react, /'roadmap-timeline': React.DetailedHTMLProps<React.HTMLAttributes<RoadmapTimeline>, RoadmapTimeline> & RoadmapTimelineAttributes;/);
    assert.match(react, /'onroadmap-select'\?: Handler<'roadmap-select'>;/);
    const vue = frameworkTypeFiles(manifest)['src/frameworks/vue.ts'];
    assert.match(vue, /'roadmap-timeline': DefineComponent<RoadmapTimelineAttributes>;/);
    assert.match(vue, /'onRoadmapSelect'\?: Handler<'roadmap-select'>;/);
  });
});
