import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { ExportPalette, TimelineExportOptions } from '../../export/index.js';
// Statically: it only calls layoutTimeline, which the element has anyway (the lazy chunk need not carry the layout).
import { relayoutTimeline } from '../../export/timeline.js';
import type { TimelineLayout } from '../../layout/timeline.js';
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

/** The whole timeline as a standalone SVG document, in the element's colours. */
export async function timelineToSvg(host: HTMLElement, roadmap: Roadmap, layout: TimelineLayout, options: Options): Promise<string> {
  const m = await loadExport();
  return m.sceneToSvg(m.timelineScene(m.drawTimeline(roadmap, layout, { ...options, palette: m.readPalette(host) })));
}

/** The same picture as a PNG. */
export async function timelineToPng(host: HTMLElement, roadmap: Roadmap, layout: TimelineLayout, options: Options, scale: number): Promise<Blob> {
  const m = await loadExport();
  return m.sceneToPng(m.timelineScene(m.drawTimeline(roadmap, layout, { ...options, palette: m.readPalette(host) })), scale);
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
  // Laid out again for the width of a page, so that text prints at its size, not shrunk.
  const paper = layout.labelWidth + layout.plotWidth > PAPER_WIDTH ? relayoutTimeline(roadmap, layout, PAPER_WIDTH, options.measureText) : layout;
  const [head, ...rest] = m.timelinePrintScenes(m.drawTimeline(roadmap, paper, { ...options, palette: printPalette(m, host) })).map((s) => m.sceneToElement(s, host.ownerDocument));
  return html`<table class="print-view" part="print" aria-hidden="true">
    <thead><tr><td>${head}</td></tr></thead>
    <tbody>${rest.map((svg) => html`<tr><td>${svg}</td></tr>`)}</tbody>
  </table>`;
}
