// Export, the pure parts: colours, the drawing model and its SVG serialisation, the timeline's
// export drawing from its layout, shadow-selector rewriting, file names and canvas limits.
import { expect } from '@open-wc/testing';
import { formatColor, mixColors, parseColor } from '../../src/export/colors.js';
import { exportFileName } from '../../src/export/download.js';
import { fontToken, rewriteHostSelectors } from '../../src/export/html-view.js';
import { exportFonts } from '../../src/export/measure.js';
import { completeFontStack, DEFAULT_PALETTE } from '../../src/export/palette.js';
import { PNG_SCALE, rasterScale, sceneToPng } from '../../src/export/raster.js';
import { sceneToElement, sceneToSvg, type Scene } from '../../src/export/scene.js';
import { drawTimeline, exportLayout, exportZoom, relayoutTimeline, timelinePrintScenes, timelineScene } from '../../src/export/timeline.js';
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
    const narrow = relayoutTimeline(layoutTimeline, roadmap, wide, 700, measureText);
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

describe('export fonts', () => {
  it('completeFontStack ends every stack in a generic family, keeping the page’s fonts first', () => {
    expect(completeFontStack('Inter')).to.equal("Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif");
    expect(completeFontStack('"Segoe UI", Georgia, serif')).to.equal('"Segoe UI", Georgia, serif');
    expect(completeFontStack('system-ui, sans-serif')).to.equal('system-ui, sans-serif');
    expect(completeFontStack('"Odd, Name", Roboto')).to.match(/^"Odd, Name", Roboto, system-ui, .*Arial, sans-serif$/);
    expect(completeFontStack('')).to.equal(DEFAULT_PALETTE.fontFamily);
    expect(fontToken('--_mono', 'JetBrains Mono')).to.match(/^JetBrains Mono, .*monospace$/);
    expect(fontToken('--_font', 'Inter')).to.match(/^Inter, .*sans-serif$/);
    expect(fontToken('--_font-size', '14px')).to.equal('14px');
  });

  it('every text of a timeline export states its whole font: family (ending in a generic), size and weight', async () => {
    const roadmap = await fixture('/test/fixtures/timeline/platform-2025.json');
    const layout = layoutTimeline(roadmap, { width: 900, measureText, groupBy: 'theme', asOf: '2025-05-15' });
    const palette = { ...DEFAULT_PALETTE, fontFamily: completeFontStack('Inter') };
    const doc = parse(sceneToSvg(timelineScene(drawTimeline(roadmap, layout, { measureText, palette }))));
    const texts = [...doc.querySelectorAll('text')];
    expect(texts.length).to.be.greaterThan(20);
    for (const t of texts) {
      expect(t.getAttribute('font-family'), t.textContent!).to.equal(palette.fontFamily);
      expect(t.getAttribute('font-family')).to.match(/sans-serif$/);
      expect(Number(t.getAttribute('font-size'))).to.be.within(10, 20);
      expect(t.getAttribute('font-weight')).to.match(/^(400|600)$/);
    }
  });

  it('exportFonts measures in the declared font, per size and weight', () => {
    const fonts = exportFonts(DEFAULT_PALETTE.fontFamily);
    expect(fonts.fontFamily).to.equal(DEFAULT_PALETTE.fontFamily);
    const w = fonts.measureText('Enterprise SSO');
    expect(w).to.be.greaterThan(40);
    expect(fonts.measureFont('Enterprise SSO', 24, 400)).to.be.closeTo(2 * w, w * 0.15);
    expect(fonts.measureFont('Enterprise SSO', 12, 700)).to.be.at.least(w);
    // A family the canvas cannot parse falls back to the default stack rather than 10px text.
    expect(exportFonts('42, !').fontFamily).to.equal(DEFAULT_PALETTE.fontFamily);
  });

  it('milestone labels never overlap, and any not named in full is listed under the chart', async () => {
    const roadmap = await fixture('/test/fixtures/timeline/platform-2025.json');
    const extra = Array.from({ length: 5 }, (_, i) => ({ id: `m${i}`, title: `Crowded milestone number ${i}`, kind: 'release', date: { raw: '2025-06-0' + (i + 1), kind: 'absolute', precision: 'day', start: `2025-06-0${i + 1}`, end: `2025-06-0${i + 1}` } }));
    const crowded = validateRoadmap({ ...roadmap, milestones: [...roadmap.milestones, ...extra] }).roadmap!;
    const layout = layoutTimeline(crowded, { width: 700, measureText, groupBy: 'theme' });
    const drawing = drawTimeline(crowded, layout, { measureText });
    const doc = parse(sceneToSvg(timelineScene(drawing)));
    const boxes = [...doc.querySelectorAll('g[data-kind="milestone"] text')].map((t) => {
      const x = Number(t.getAttribute('x'));
      const w = measureText(t.textContent!) * 1.12;
      return { y: Number(t.getAttribute('y')), x0: t.getAttribute('text-anchor') === 'end' ? x - w : x, x1: t.getAttribute('text-anchor') === 'end' ? x : x + w };
    });
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) if (a.y === b.y) expect(a.x1 <= b.x0 || b.x1 <= a.x0, 'labels overlap').to.equal(true);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const heading = texts.find((t) => t.startsWith('Milestones not named in full above'));
    expect(heading).to.not.equal(undefined);
    const named = new Set(texts.filter((t) => !t.startsWith('• ')));
    for (const m of layout.milestones) if (!named.has(m.title)) expect(texts.some((t) => t.startsWith(`• ${m.title}, `)), m.title).to.equal(true);
  });
});

describe('export zoom: the whole roadmap at a readable scale', () => {
  it('a narrow element does not squash a long roadmap: months about 84px, whole span, all bars', async () => {
    const roadmap = await fixture('/test/fixtures/timeline/platform-2025.json');
    const narrow = layoutTimeline(roadmap, { width: 420, measureText, groupBy: 'theme' });
    const span = narrow.domain[1] - narrow.domain[0];
    expect(narrow.basePxPerUnit * 30.44).to.be.below(30);
    const k = exportZoom(narrow);
    expect(k * 30.44).to.be.closeTo(84, 0.5);
    const whole = exportLayout(layoutTimeline, roadmap, narrow, measureText);
    expect(whole.domain).to.deep.equal(narrow.domain);
    expect(whole.plotWidth).to.equal(Math.round(span * k));
    expect(whole.basePxPerUnit).to.be.closeTo(k, 0.01);
    expect(whole.bars.map((b) => b.id).sort()).to.deep.equal(narrow.bars.map((b) => b.id).sort());
    expect(whole.lanes.map((l) => l.id)).to.deep.equal(narrow.lanes.map((l) => l.id));
    expect(whole.labelWidth).to.be.within(narrow.labelWidth, 200);
  });

  it('a wide element keeps its own zoom; very long spans stay readable (quarters) and bounded', async () => {
    const roadmap = await fixture('/test/fixtures/timeline/platform-2025.json');
    const wide = layoutTimeline(roadmap, { width: 4000, measureText });
    expect(exportZoom(wide)).to.equal(wide.basePxPerUnit);
    const long = { ...wide, domain: [0, 365 * 20] as [number, number], basePxPerUnit: 0.1 };
    expect(exportZoom(long) * 91.31).to.be.closeTo(56, 0.5);
    const zoomedIn = { ...wide, basePxPerUnit: 50 };
    expect(exportZoom(zoomedIn) * (wide.domain[1] - wide.domain[0])).to.be.at.most(8000);
    const columns = layoutTimeline(await fixture('/test/fixtures/timeline/horizons.json'), { width: 300, measureText });
    expect(exportZoom(columns) * 100).to.be.at.least(260);
  });
});

describe('print view: no dependency or milestone lost across lanes and pages', () => {
  it('draws arrows within a lane, and lists each arrow between lanes as text under both lanes', async () => {
    const roadmap = await fixture('/test/fixtures/timeline/platform-2025.json');
    const layout = layoutTimeline(roadmap, { width: 700, measureText, groupBy: 'status' });
    const laneOf = new Map(layout.bars.map((b) => [b.id, b.lane]));
    const crossing = layout.dependencies.filter((d) => laneOf.get(d.from) !== laneOf.get(d.to));
    const within = layout.dependencies.filter((d) => laneOf.get(d.from) === laneOf.get(d.to));
    expect(crossing.length).to.be.greaterThan(1);
    const drawing = drawTimeline(roadmap, layout, { measureText });
    const scenes = timelinePrintScenes(drawing);
    const title = (id: string) => layout.barsById.get(id)!.title;
    let drawn = 0;
    layout.lanes.forEach((lane, i) => {
      const doc = parse(sceneToSvg(scenes[i + 1]!));
      drawn += doc.querySelectorAll('g[data-kind="dependency"]').length;
      const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n');
      for (const d of crossing) {
        if (laneOf.get(d.to) === lane.id) expect(text, lane.label).to.include(`→ ${title(d.to)} depends on ${title(d.from)} (status “${layout.lanes.find((l) => l.id === laneOf.get(d.from))!.label}”)`);
        if (laneOf.get(d.from) === lane.id) expect(text, lane.label).to.include(`← ${title(d.from)} is needed by ${title(d.to)}`);
      }
      expect(scenes[i + 1]!.height).to.equal(lane.height + drawing.lanes[i]!.notes.height);
    });
    expect(drawn).to.equal(within.length);
    // The single picture still draws every arrow and lists none.
    const whole = parse(sceneToSvg(timelineScene(drawing)));
    expect(whole.querySelectorAll('g[data-kind="dependency"]').length).to.equal(layout.dependencies.length);
    expect([...whole.querySelectorAll('text')].some((t) => t.textContent!.startsWith('→ '))).to.equal(false);
  });

  it('milestones are in the repeated header, drawn without group transforms (Chromium drops those in repeated headers)', async () => {
    const roadmap = await fixture('/test/fixtures/timeline/platform-2025.json');
    const layout = layoutTimeline(roadmap, { width: 700, measureText, groupBy: 'theme' });
    const head = parse(sceneToSvg(timelinePrintScenes(drawTimeline(roadmap, layout, { measureText }))[0]!));
    const marks = [...head.querySelectorAll('g[data-kind="milestone"]')];
    expect(marks.length).to.equal(layout.milestones.length);
    for (const g of marks) expect(g.hasAttribute('transform')).to.equal(false);
  });

  it('each print picture has its own gradient ids, so lanes do not paint with another lane’s gradient', async () => {
    const roadmap = await fixture('/test/fixtures/timeline/platform-2025.json');
    const layout = layoutTimeline(roadmap, { width: 700, measureText, groupBy: 'theme' });
    const svgs = timelinePrintScenes(drawTimeline(roadmap, layout, { measureText })).map((s) => sceneToElement(s, document));
    const ids = svgs.flatMap((svg) => [...svg.querySelectorAll('linearGradient')].map((g) => g.id));
    expect(ids.length).to.be.greaterThan(1);
    expect(new Set(ids).size).to.equal(ids.length);
  });
});

describe('PNG resolution', () => {
  it('rasterises at 2 device pixels per CSS pixel by default', async () => {
    const roadmap = await fixture('/test/fixtures/timeline/platform-2025.json');
    const scene = timelineScene(drawTimeline(roadmap, layoutTimeline(roadmap, { width: 900, measureText }), { measureText }));
    expect(PNG_SCALE).to.be.at.least(2);
    const bitmap = await createImageBitmap(await sceneToPng(scene));
    expect(bitmap.width / scene.width).to.be.at.least(2);
    expect(bitmap.height).to.equal(Math.round(scene.height * 2));
  });

  it('keeps 2× for large drawings where desktop browsers allow it (beyond the 16.7M-pixel mobile limit)', async () => {
    const scene: Scene = { width: 4000, height: 3000, background: '#fff', fontFamily: DEFAULT_PALETTE.fontFamily, title: 'big', children: [{ type: 'text', x: 10, y: 10, text: 'x', size: 12, fill: '#000' }] };
    expect(rasterScale(scene.width, scene.height, 2)).to.be.below(2);
    const bitmap = await createImageBitmap(await sceneToPng(scene));
    expect(bitmap.width).to.equal(8000);
  });
});
