// Export, the pure parts: colours, the drawing model and its SVG serialisation, the timeline's
// export drawing from its layout, shadow-selector rewriting, file names and canvas limits.
import { expect } from '@open-wc/testing';
import { formatColor, mixColors, parseColor } from '../../src/export/colors.js';
import { exportFileName } from '../../src/export/download.js';
import { rewriteHostSelectors } from '../../src/export/html-view.js';
import { DEFAULT_PALETTE } from '../../src/export/palette.js';
import { rasterScale } from '../../src/export/raster.js';
import { sceneToElement, sceneToSvg, type Scene } from '../../src/export/scene.js';
import { drawTimeline, relayoutTimeline, timelinePrintScenes, timelineScene } from '../../src/export/timeline.js';
import { layoutTimeline } from '../../src/layout/timeline.js';
import type { Roadmap } from '../../src/model/schema.js';
import { validateRoadmap } from '../../src/model/validate.js';

/** Deterministic fake: 7 px per character. */
const measureText = (s: string) => s.length * 7;

async function fixture(path: string): Promise<Roadmap> {
  const { roadmap } = validateRoadmap(await (await fetch(path)).json());
  return roadmap!;
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed SVG').to.equal(null);
  return doc;
}

describe('export colours', () => {
  it('parseColor reads what getComputedStyle returns, and hex', () => {
    expect(parseColor('rgb(26, 127, 55)')).to.deep.equal({ r: 26, g: 127, b: 55, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.5)')).to.deep.equal({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('color(srgb 1 0.5 0)')).to.deep.equal({ r: 255, g: 127.5, b: 0, a: 1 });
    expect(parseColor('#abc')).to.deep.equal({ r: 170, g: 187, b: 204, a: 1 });
    expect(parseColor('transparent')!.a).to.equal(0);
    expect(parseColor('light-dark(#fff, #000)')).to.equal(undefined);
  });

  it('mixColors matches color-mix(in srgb, a p%, b)', () => {
    expect(mixColors('#1a7f37', 0.2, '#ffffff')).to.equal('#d1e5d7');
    expect(mixColors('#000000', 0.5, '#ffffff')).to.equal('#808080');
    expect(mixColors('#ff0000', 0.5, 'transparent')).to.equal('rgba(255, 0, 0, 0.5)');
    expect(mixColors('not a colour', 0.5, '#fff')).to.equal('not a colour');
    expect(formatColor({ r: 1, g: 2, b: 3, a: 1 })).to.equal('#010203');
  });
});

describe('export drawing model', () => {
  const scene: Scene = {
    width: 200,
    height: 100,
    background: '#fff',
    fontFamily: '"Evil" </svg>, sans-serif',
    title: 'A & B <script>',
    children: [
      { type: 'g', x: 10, y: 20, id: 'x"><script>alert(1)</script>', kind: 'initiative', title: '</title><b>bold</b>', children: [
        { type: 'rect', x: 0, y: 0, width: 50, height: 10, rx: 3, fill: { stops: [{ offset: 0, color: '#f00', opacity: 0.1 }, { offset: 1, color: '#f00' }] }, stroke: '#000', strokeWidth: 1, dash: [2, 1] },
        { type: 'text', x: 4, y: 5, text: '<![CDATA[ ]]> & </text>', size: 12, fill: '#111', weight: 600, anchor: 'middle' },
      ] },
      { type: 'path', d: 'M0 0L10 10', stroke: '#222', opacity: 0.5 },
      { type: 'line', x1: 0, x2: 1, y1: 0, y2: 1, stroke: '#333' },
    ],
  };

  it('sceneToSvg escapes every text and attribute, so nothing in the data becomes markup', () => {
    const doc = parse(sceneToSvg(scene));
    expect(doc.getElementsByTagName('script').length).to.equal(0);
    expect(doc.getElementsByTagName('b').length).to.equal(0);
    expect(doc.querySelector('g[data-kind="initiative"]')!.getAttribute('data-id')).to.equal('x"><script>alert(1)</script>');
    expect(doc.querySelector('svg > title')!.textContent).to.equal('A & B <script>');
    expect(doc.querySelector('g > title')!.textContent).to.equal('</title><b>bold</b>');
    expect(doc.querySelector('text')!.textContent).to.equal('<![CDATA[ ]]> & </text>');
    expect(doc.documentElement.getAttribute('font-family')).to.equal('"Evil" </svg>, sans-serif');
  });

  it('sceneToSvg writes presentation attributes (no CSS), gradients in defs, translations on groups', () => {
    const doc = parse(sceneToSvg(scene));
    const rect = doc.querySelector('g rect')!;
    expect(rect.getAttribute('fill')).to.equal('url(#gradient-1)');
    expect(rect.getAttribute('stroke-dasharray')).to.equal('2 1');
    expect(doc.querySelectorAll('linearGradient stop').length).to.equal(2);
    expect(doc.querySelector('g')!.getAttribute('transform')).to.equal('translate(10,20)');
    expect(doc.querySelector('text')!.getAttribute('text-anchor')).to.equal('middle');
    expect(doc.querySelector('style')).to.equal(null);
  });

  it('sceneToElement builds the same tree as SVG nodes of the page', () => {
    const el = sceneToElement(scene, document);
    expect(el.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(el.querySelector('text')!.textContent).to.equal('<![CDATA[ ]]> & </text>');
    expect(el.querySelectorAll('*').length).to.equal(parse(sceneToSvg(scene)).documentElement.querySelectorAll('*').length);
  });
});

describe('timeline export drawing', () => {
  it('draws every bar, lane, milestone and dependency of the layout, at the layout’s zoom', async () => {
    const roadmap = await fixture('/test/fixtures/timeline/platform-2025.json');
    const layout = layoutTimeline(roadmap, { width: 900, measureText, groupBy: 'theme', asOf: '2025-05-15' });
    const drawing = drawTimeline(roadmap, layout, { measureText });
    expect(drawing.width).to.equal(900 + 32);
    expect(drawing.lanes.map((l) => l.label)).to.deep.equal(layout.lanes.map((l) => l.label));
    const doc = parse(sceneToSvg(timelineScene(drawing)));
    expect([...doc.querySelectorAll('g[data-kind="initiative"]')].map((g) => g.getAttribute('data-id')).sort()).to.deep.equal(layout.bars.map((b) => b.id).sort());
    expect(doc.querySelectorAll('g[data-kind="milestone"]').length).to.equal(layout.milestones.length);
    expect(doc.querySelectorAll('g[data-kind="dependency"]').length).to.equal(layout.dependencies.length);
    expect(Number(doc.documentElement.getAttribute('height'))).to.equal(drawing.header.height + layout.height + drawing.footer.height);
    // The accessible description of each bar comes with it.
    expect(doc.querySelector('g[data-id="sso"] > title')!.textContent).to.include('Enterprise SSO');
    // Quarter headers of 2025, today's line, and the status legend.
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include.members(['Q1 2025', 'Q2 2025', 'Platform roadmap 2025', 'Today, 15 May 2025']);
  });

  it('uses the palette’s colours: status tints mixed on the surface, as the element’s color-mix does', async () => {
    const roadmap = await fixture('/test/fixtures/timeline/platform-2025.json');
    const layout = layoutTimeline(roadmap, { width: 900, measureText });
    const palette = { ...DEFAULT_PALETTE, surface: '#000000', status: { ...DEFAULT_PALETTE.status, done: '#ffffff' } };
    const doc = parse(sceneToSvg(timelineScene(drawTimeline(roadmap, layout, { measureText, palette }))));
    const done = layout.bars.find((b) => b.status === 'done')!;
    expect(doc.querySelector(`g[data-id="${done.id}"] rect`)!.getAttribute('fill')).to.equal('#333333');
    expect(doc.querySelector('svg > rect')!.getAttribute('fill')).to.equal('#000000');
  });

  it('lists what has no place on the axis below the chart, and leaves the legend and arrows out on request', async () => {
    const roadmap = await fixture('/test/fixtures/timeline/platform-2025.json');
    const withExtra = { ...roadmap, initiatives: [...roadmap.initiatives, { id: 'someday', title: 'Someday maybe' }] } as Roadmap;
    const layout = layoutTimeline(validateRoadmap(withExtra).roadmap!, { width: 900, measureText });
    const drawing = drawTimeline(withExtra, layout, { measureText, withoutLegend: true, withoutDependencies: true });
    const texts = [...parse(sceneToSvg(timelineScene(drawing))).querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.some((t) => /^Unscheduled \(\d+\)$/.test(t ?? ''))).to.equal(true);
    expect(texts.some((t) => t?.includes('Someday maybe'))).to.equal(true);
    expect(texts).to.not.include('Done');
    expect(drawing.links.length + drawing.lanes.flatMap((l) => l.nodes).filter((n) => n.type === 'g' && n.kind === 'dependency').length).to.equal(0);
  });

  it('draws Now / Next / Later columns for a roadmap of relative horizons', async () => {
    const roadmap = await fixture('/test/fixtures/timeline/horizons.json');
    const layout = layoutTimeline(roadmap, { width: 900, measureText });
    expect(layout.mode).to.equal('ordinal');
    const texts = [...parse(sceneToSvg(timelineScene(drawTimeline(roadmap, layout, { measureText })))).querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.some((t) => t.startsWith('Now'))).to.equal(true);
    expect(texts.some((t) => t.startsWith('Next'))).to.equal(true);
  });

  it('splits into print parts: the header, then one picture per lane holding that lane’s bars', async () => {
    const roadmap = await fixture('/test/fixtures/timeline/platform-2025.json');
    const layout = layoutTimeline(roadmap, { width: 900, measureText, groupBy: 'theme' });
    const drawing = drawTimeline(roadmap, layout, { measureText });
    const scenes = timelinePrintScenes(drawing);
    expect(scenes.length).to.equal(1 + layout.lanes.length + (drawing.footer.nodes.length ? 1 : 0));
    expect(scenes[0]!.title).to.equal('Platform roadmap 2025');
    layout.lanes.forEach((lane, i) => {
      const doc = parse(sceneToSvg(scenes[i + 1]!));
      expect(scenes[i + 1]!.height).to.equal(lane.height);
      expect([...doc.querySelectorAll('g[data-kind="initiative"]')].map((g) => g.getAttribute('data-id')).sort()).to.deep.equal(layout.bars.filter((b) => b.lane === lane.id).map((b) => b.id).sort());
    });
  });

  it('relayoutTimeline lays the same roadmap out for another width, keeping lanes, collapsed lanes and today', async () => {
    const roadmap = await fixture('/test/fixtures/timeline/platform-2025.json');
    const wide = layoutTimeline(roadmap, { width: 1600, measureText, groupBy: 'theme', asOf: '2025-05-15', collapsed: new Set(['ai']) });
    const narrow = relayoutTimeline(roadmap, wide, 700, measureText);
    expect(narrow.labelWidth + narrow.plotWidth).to.equal(700);
    expect(narrow.lanes.map((l) => [l.id, l.collapsed])).to.deep.equal(wide.lanes.map((l) => [l.id, l.collapsed]));
    expect(narrow.today).to.equal(wide.today);
    expect(narrow.bars.length).to.equal(wide.bars.length);
  });
});

describe('export helpers', () => {
  it('rewriteHostSelectors turns shadow selectors into wrapper selectors', () => {
    expect(rewriteHostSelectors(':host { color: red } :host([theme="dark"]) .a, :host(:not([x="(y)"])) b {}')).to.equal(
      '.roadmap-export { color: red } .roadmap-export:is([theme="dark"]) .a, .roadmap-export:is(:not([x="(y)"])) b {}',
    );
    expect(rewriteHostSelectors(':host-context(.dark) .a {} ::slotted(p) {} .hostile {}')).to.equal(':is(.dark) .roadmap-export .a {} p {} .hostile {}');
  });

  it('exportFileName makes a safe file name from any title', () => {
    expect(exportFileName('Product Roadmap 2025', 'timeline', 'svg')).to.equal('product-roadmap-2025-timeline.svg');
    expect(exportFileName('São Paulo / Q3 <draft>', 'card', 'png')).to.equal('sao-paulo-q3-draft-card.png');
    expect(exportFileName('', '', 'png')).to.equal('roadmap.png');
  });

  it('rasterScale keeps the requested ratio unless the canvas would exceed browser limits', () => {
    expect(rasterScale(1000, 800, 2)).to.equal(2);
    expect(rasterScale(1000, 8_000, 2)).to.be.closeTo(Math.sqrt(16_777_216 / 8_000_000), 1e-9);
    expect(rasterScale(100, 100_000, 2) * 100_000).to.be.at.most(16_384);
  });
});
