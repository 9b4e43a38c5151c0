/**
 * What `<roadmap-timeline>` draws outside its interactive view: the whole roadmap as one picture
 * (for `toSVG()` / `toPNG()`) and the print view with the styles that put it on paper in place of
 * the interactive view. Here, in the export chunk, so that the element's own bundle carries only
 * the calls (roadmap-timeline.export.ts).
 */
import type { layoutTimeline, TimelineLayout } from '../layout/timeline.js';
import type { Roadmap } from '../model/schema.js';
import { parseColor } from './colors.js';
import { exportFonts } from './measure.js';
import { DEFAULT_PALETTE, readPalette, type ExportPalette } from './palette.js';
import { sceneToPng } from './raster.js';
import { sceneToElement, sceneToSvg } from './scene.js';
import { drawTimeline, exportLayout, relayoutTimeline, timelinePrintScenes, timelineScene, type TimelineExportOptions } from './timeline.js';

/** `layoutTimeline`, handed in by the element (this chunk does not carry the layout code). */
type LayoutTimeline = typeof layoutTimeline;
export type TimelineElementOptions = Pick<TimelineExportOptions, 'measureText' | 'withoutDependencies' | 'withoutLegend'>;

/** Width the print view is laid out for, px: an A4 or Letter page in portrait, less margins and padding. */
const PAPER_WIDTH = 668;

/**
 * The timeline in print: while printing, the element shows the print view (a table whose header
 * row repeats on every page and whose rows, one per lane, are kept whole) and hides the
 * interactive parts.
 */
const PRINT_CSS = `.print-view{display:none}
@media print{
.frame{border:0;overflow:visible;height:auto}
.frame:has(>.print-view)>:not(.print-view){display:none!important}
.viewport{max-height:none;overflow:visible}
.header,.lane-head{position:static}
.print-view{display:table;width:100%;border-collapse:collapse}
.print-view td{padding:0}
.print-view tr{break-inside:avoid}
.print-view svg{display:block;width:100%;height:auto}
}`;
let printSheet: CSSStyleSheet | undefined;

/** Adds the print styles to the element's shadow root (once; a constructed sheet, so a strict style-src allows it). */
function adoptTimelinePrintStyles(host: HTMLElement): void {
  const root = host.shadowRoot;
  if (!root || !('adoptedStyleSheets' in root)) return;
  if (!printSheet) {
    printSheet = new CSSStyleSheet();
    printSheet.replaceSync(PRINT_CSS);
  }
  if (!root.adoptedStyleSheets.includes(printSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, printSheet];
}

/** The timeline drawn in `palette`'s font: laid out (by `relayout`) and labelled with text measured in the font the drawing declares. */
function drawInFont(roadmap: Roadmap, palette: ExportPalette, options: TimelineElementOptions, relayout: (measureText: (text: string) => number) => TimelineLayout) {
  const fonts = exportFonts(palette.fontFamily);
  return drawTimeline(roadmap, relayout(fonts.measureText), { ...options, measureText: fonts.measureText, measureFont: fonts.measureFont, palette: { ...palette, fontFamily: fonts.fontFamily } });
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
function picture(host: HTMLElement, lay: LayoutTimeline, roadmap: Roadmap, layout: TimelineLayout, options: TimelineElementOptions) {
  return timelineScene(drawInFont(roadmap, readPalette(host), options, (measure) => exportLayout(lay, roadmap, layout, measure)));
}

/** The whole timeline as a standalone SVG document, in the element's colours. */
export function timelineElementSvg(host: HTMLElement, lay: LayoutTimeline, roadmap: Roadmap, layout: TimelineLayout, options: TimelineElementOptions): string {
  return sceneToSvg(picture(host, lay, roadmap, layout, options));
}

/** The same picture as a PNG, at `scale` device pixels per CSS pixel (at least 2 unless the canvas limits forbid it). */
export function timelineElementPng(host: HTMLElement, lay: LayoutTimeline, roadmap: Roadmap, layout: TimelineLayout, options: TimelineElementOptions, scale: number): Promise<Blob> {
  return sceneToPng(picture(host, lay, roadmap, layout, options), scale);
}

/** Colours for paper: the element's own unless it is in a dark scheme. */
function printPalette(host: HTMLElement): ExportPalette {
  const palette = readPalette(host);
  const c = parseColor(palette.text);
  const dark = c ? 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b > 128 : false;
  return dark ? { ...DEFAULT_PALETTE, fontFamily: palette.fontFamily } : palette;
}

/**
 * The print view: a table whose header row (title, legend, axis, milestones) repeats on every
 * page and whose rows, one per lane, are kept whole; built as nodes, never as markup. Laid out
 * again for the width of a page, so that text prints at its size (neither shrunk nor enlarged),
 * and measured in the font it is printed with.
 */
export function timelinePrintView(host: HTMLElement, lay: LayoutTimeline, roadmap: Roadmap, layout: TimelineLayout, options: TimelineElementOptions): HTMLTableElement {
  adoptTimelinePrintStyles(host);
  const doc = host.ownerDocument;
  const drawing = drawInFont(roadmap, printPalette(host), options, (measure) => relayoutTimeline(lay, roadmap, layout, PAPER_WIDTH, measure));
  const [head, ...rest] = timelinePrintScenes(drawing).map((s) => sceneToElement(s, doc));
  const table = doc.createElement('table');
  table.className = 'print-view';
  table.setAttribute('part', 'print');
  table.setAttribute('aria-hidden', 'true');
  const row = (section: HTMLTableSectionElement, svg: SVGSVGElement | undefined) => {
    if (svg) section.insertRow().insertCell().append(svg);
  };
  row(table.createTHead(), head);
  const body = table.createTBody();
  for (const svg of rest) row(body, svg);
  return table;
}
