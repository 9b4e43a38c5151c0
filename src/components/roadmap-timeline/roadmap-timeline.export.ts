import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { ExportPalette, TimelineExportOptions } from '../../export/index.js';
import { layoutTimeline, type TimelineLayout } from '../../layout/timeline.js';
import type { Roadmap } from '../../model/schema.js';

/** Width the print view is laid out for, px: an A4 or Letter page in portrait, less margins and padding. */
const PAPER_WIDTH = 668;

type Options = Pick<TimelineExportOptions, 'measureText' | 'withoutDependencies' | 'withoutLegend'>;
type ExportModule = typeof import('../../export/index.js');

let loaded: ExportModule | undefined;
let loading: Promise<ExportModule> | undefined;

/**
 * The export code, loaded on first need: a chunk of its own (beside the single-file bundle, or
 * split by the app's bundler), so that drawing a timeline never waits for it.
 */
export function loadExport(): Promise<ExportModule> {
  loading ??= import('../../export/index.js').then((m) => (loaded = m));
  return loading;
}

/**
 * The picture of the whole roadmap. Zoom: the whole time span, never the element's viewport
 * (its scroll position, pan or interactive zoom); at the zoom the element laid the roadmap out
 * for (its width fitted to the span, or its `scale` / `from`–`to`) unless that squashes it, in
 * which case at a readable one: months about 84px wide (down to 56px quarters for roadmaps of
 * many years), Now / Next / Later columns at least 260px (see `exportZoom`). The roadmap is laid
 * out again for that zoom, with labels measured in the font the picture declares: the element's
 * font stack completed with system fonts and `sans-serif` (no font file is embedded).
 */
function timelinePicture(m: ExportModule, host: HTMLElement, roadmap: Roadmap, layout: TimelineLayout, options: Options) {
  return m.timelineScene(drawInFont(m, roadmap, m.readPalette(host), options, (measure) => m.exportLayout(layoutTimeline, roadmap, layout, measure)));
}

/** The timeline drawn in `palette`'s font: laid out (by `relayout`) and labelled with text measured in the font the drawing declares. */
function drawInFont(m: ExportModule, roadmap: Roadmap, palette: ExportPalette, options: Options, relayout: (measureText: (text: string) => number) => TimelineLayout) {
  const fonts = m.exportFonts(palette.fontFamily);
  return m.drawTimeline(roadmap, relayout(fonts.measureText), { ...options, measureText: fonts.measureText, measureFont: fonts.measureFont, palette: { ...palette, fontFamily: fonts.fontFamily } });
}

/** The whole timeline as a standalone SVG document, in the element's colours (zoom: see `timelinePicture`). */
export async function timelineToSvg(host: HTMLElement, roadmap: Roadmap, layout: TimelineLayout, options: Options): Promise<string> {
  const m = await loadExport();
  return m.sceneToSvg(timelinePicture(m, host, roadmap, layout, options));
}

/** The same picture as a PNG, at `scale` device pixels per CSS pixel (at least 2 unless the canvas limits forbid it). */
export async function timelineToPng(host: HTMLElement, roadmap: Roadmap, layout: TimelineLayout, options: Options, scale: number): Promise<Blob> {
  const m = await loadExport();
  return m.sceneToPng(timelinePicture(m, host, roadmap, layout, options), scale);
}

/** Colours for paper: the element's own unless it is in a dark scheme. */
function printPalette(m: ExportModule, host: HTMLElement): ExportPalette {
  const palette = m.readPalette(host);
  const c = m.parseColor(palette.text);
  const dark = c ? 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b > 128 : false;
  return dark ? { ...m.DEFAULT_PALETTE, fontFamily: palette.fontFamily } : palette;
}

/**
 * The print view: a table whose header row (title, legend, axis, milestones) repeats on every
 * page and whose rows, one per lane, are kept whole. Built as SVG nodes, never as markup. When
 * the export code is not loaded yet (it is fetched when the browser is idle after the first
 * render), nothing is drawn and the interactive view prints as it is.
 */
export function renderTimelinePrint(host: ReactiveElement, roadmap: Roadmap, layout: TimelineLayout, options: Options): TemplateResult | typeof nothing {
  const m = loaded;
  if (!m) {
    void loadExport().then(() => host.requestUpdate());
    return nothing;
  }
  // Laid out again for the width of a page, so that text prints at its size (neither shrunk nor
  // enlarged), and measured in the font it is printed with.
  const drawing = drawInFont(m, roadmap, printPalette(m, host), options, (measure) => m.relayoutTimeline(layoutTimeline, roadmap, layout, PAPER_WIDTH, measure));
  const [head, ...rest] = m.timelinePrintScenes(drawing).map((s) => m.sceneToElement(s, host.ownerDocument));
  return html`<table class="print-view" part="print" aria-hidden="true">
    <thead><tr><td>${head}</td></tr></thead>
    <tbody>${rest.map((svg) => html`<tr><td>${svg}</td></tr>`)}</tbody>
  </table>`;
}
