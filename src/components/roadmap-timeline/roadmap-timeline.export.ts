import { html, type TemplateResult } from 'lit';
import { parseColor } from '../../export/colors.js';
import { DEFAULT_PALETTE, readPalette, type ExportPalette } from '../../export/palette.js';
import { sceneToElement, type Scene } from '../../export/scene.js';
import { drawTimeline, relayoutTimeline, timelinePrintScenes, timelineScene, type TimelineExportOptions } from '../../export/timeline.js';
import type { TimelineLayout } from '../../layout/timeline.js';
import type { Roadmap } from '../../model/schema.js';

/** Width the print view is laid out for, px: an A4 or Letter page in portrait, less margins and padding. */
const PAPER_WIDTH = 668;

type Options = Pick<TimelineExportOptions, 'measureText' | 'withoutDependencies' | 'withoutLegend'>;

/** The whole timeline as one picture, in the element's colours. */
export function timelineExportScene(host: HTMLElement, roadmap: Roadmap, layout: TimelineLayout, options: Options): Scene {
  return timelineScene(drawTimeline(roadmap, layout, { ...options, palette: readPalette(host) }));
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
 * page and whose rows, one per lane, are kept whole. Built as SVG nodes, never as markup.
 */
export function renderTimelinePrint(host: HTMLElement, roadmap: Roadmap, layout: TimelineLayout, options: Options): TemplateResult {
  // Laid out again for the width of a page, so that text prints at its size, not shrunk.
  const paper = layout.labelWidth + layout.plotWidth > PAPER_WIDTH ? relayoutTimeline(roadmap, layout, PAPER_WIDTH, options.measureText) : layout;
  const [head, ...rest] = timelinePrintScenes(drawTimeline(roadmap, paper, { ...options, palette: printPalette(host) })).map((s) => sceneToElement(s, host.ownerDocument));
  return html`<table class="print-view" part="print" aria-hidden="true">
    <thead><tr><td>${head}</td></tr></thead>
    <tbody>${rest.map((svg) => html`<tr><td>${svg}</td></tr>`)}</tbody>
  </table>`;
}
