import { expect } from '@open-wc/testing';
import { loadFromObject, loadFromText, type LoadOutcome } from '../../src/controllers/load-roadmap.js';
import { findJsonErrorOffset, looksLikeMarkdown, parseJsonText } from '../../src/controllers/load-text.js';

describe('load-roadmap', () => {
  it('reads the times an object writes as text, loading their reader first (this test runs first: nothing has loaded it)', async () => {
    const input = { schemaVersion: '1.0', meta: { title: 'x' }, initiatives: [{ id: 'a', title: 'A', schedule: { start: 'Q3 2025', target: 'December 2025' } }] };
    const pending = loadFromObject(input);
    expect(pending).to.be.instanceOf(Promise);
    const first = await pending;
    expect(first.roadmap!.initiatives[0]!.schedule!.start).to.deep.include({ kind: 'absolute', precision: 'quarter', start: '2025-07-01', end: '2025-09-30' });
    expect(first.roadmap!.initiatives[0]!.schedule!.target).to.deep.include({ precision: 'month', start: '2025-12-01', end: '2025-12-31' });
    expect(input.initiatives[0]!.schedule.start).to.equal('Q3 2025');
    // Once loaded, the reader is there: the same object is checked at once.
    const again = loadFromObject(input);
    expect(again).not.to.be.instanceOf(Promise);
    expect((again as LoadOutcome).roadmap).to.deep.equal(first.roadmap);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const { diagnostic } = parseJsonText('{\n  "a": 1,\n  "b": }');
    expect(diagnostic).to.deep.include({ severity: 'error', code: 'input.json-syntax' });
    expect(diagnostic!.message).to.match(/^line 3, column 8: /);
    expect(diagnostic!.source).to.deep.equal({ line: 3, column: 8 });
    expect(diagnostic!.message.length).to.be.below(260);
  });

  it('finds the error offset for every kind of JSON mistake', () => {
    for (const [text, offset] of [['{"a":1,}', 7], ['[1 2]', 3], ['{"a" 1}', 5], ['"abc', 4], ['{"a":tru}', 8], ['01', 1], ['{"a":1}x', 7], ['', 0], ['{"a":"\\q"}', 7], ['{"a":1}', -1]] as const) {
      expect(findJsonErrorOffset(text), text).to.equal(offset);
    }
  });

  it('tells Markdown from JSON by name, type and content', () => {
    expect(looksLikeMarkdown('{}', 'roadmap.md')).to.equal(true);
    expect(looksLikeMarkdown('# Title', 'roadmap.json')).to.equal(false);
    expect(looksLikeMarkdown('{"a":1}', '', 'text/markdown')).to.equal(true);
    expect(looksLikeMarkdown('  {"a":1}')).to.equal(false);
    expect(looksLikeMarkdown('# Roadmap')).to.equal(true);
    expect(looksLikeMarkdown('{"a":1}', '/api/roadmap?format=md#top')).to.equal(false);
    expect(looksLikeMarkdown('x', '/files/roadmap.md?v=2')).to.equal(true);
  });

  it('refuses an HTML page and an oversized document with a readable sentence', async () => {
    const html = await loadFromText('<!DOCTYPE html><html><body>Sign in</body></html>', { name: 'roadmap.json' });
    expect(html.error).to.equal('roadmap.json is an HTML page, not a roadmap (is the address right?).');
    const huge = await loadFromText(`{"a":"${'x'.repeat(25_000_001)}"}`);
    expect(huge.diagnostics[0]!.code).to.equal('input.too-large');
    expect(huge.error).to.equal('The roadmap is too large to show.');
  });

  it('validates an object at once and says when it is not a roadmap', () => {
    const good = loadFromObject({ schemaVersion: '1.0', meta: { title: 'x' } });
    expect(good).not.to.be.instanceOf(Promise);
    expect((good as LoadOutcome).roadmap!.meta.title).to.equal('x');
    const bad = loadFromObject([1, 2]) as LoadOutcome;
    expect(bad.roadmap).to.equal(undefined);
    expect(bad.error).to.equal('This is not a roadmap the elements can show.');
  });

  it('reads JSON text into a validated roadmap', async () => {
    const out = await loadFromText('{"schemaVersion":"1.0","meta":{"title":"T"},"milestones":[{"id":"m","title":"GA","date":"2025-11-07"}]}');
    expect(out.format).to.equal('json');
    expect(out.roadmap!.milestones[0]!.date.start).to.equal('2025-11-07');
  });

  it('reads Markdown through the importer, whose model findings come once', async () => {
    const out = await loadFromText('# Plan\n\n## Initiatives\n\n### 1. Alpha\n- **Start:** 2025-06-01\n- **End:** 2025-03-01\n', { name: 'plan.md' });
    expect(out.format).to.equal('markdown');
    expect(out.roadmap!.initiatives.map((i) => i.title)).to.deep.equal(['Alpha']);
    // The importer ends with validateRoadmap: a warning the model cannot fix is not repeated.
    expect(out.diagnostics.filter((d) => d.code === 'model.reversed-dates').length).to.equal(1);
  });
});
