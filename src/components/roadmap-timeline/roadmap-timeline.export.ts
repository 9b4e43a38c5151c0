import { nothing } from 'lit';
import type { TimelineElementOptions } from '../../export/index.js';
import { layoutTimeline, type TimelineLayout } from '../../layout/timeline.js';
import type { Roadmap } from '../../model/schema.js';

type ExportModule = typeof import('../../export/index.js');

let loaded: ExportModule | undefined;
let loading: Promise<ExportModule> | undefined;

/**
 * The export code, loaded on first need: a chunk of its own (beside the single-file bundle, or
 * split by the app's bundler), so that drawing a timeline never waits for it. It holds the
 * pictures, the print view and its styles (src/export/timeline-element.ts); `layoutTimeline` is
 * handed to it, since it does not carry the layout code.
 */
export function loadExport(): Promise<ExportModule> {
  loading ??= import('../../export/index.js').then((m) => (loaded = m));
  return loading;
}

/** The whole timeline as a standalone SVG document, in the element's colours. */
export async function timelineToSvg(host: HTMLElement, roadmap: Roadmap, layout: TimelineLayout, options: TimelineElementOptions): Promise<string> {
  return (await loadExport()).timelineElementSvg(host, layoutTimeline, roadmap, layout, options);
}

/** The same picture as a PNG, at `scale` device pixels per CSS pixel. */
export async function timelineToPng(host: HTMLElement, roadmap: Roadmap, layout: TimelineLayout, options: TimelineElementOptions, scale: number): Promise<Blob> {
  return (await loadExport()).timelineElementPng(host, layoutTimeline, roadmap, layout, options, scale);
}

/**
 * The print view (every lane, for paper), with its styles, which it adds to the element only
 * then (adding a sheet restyles the whole view: not while the view is in use). When the export
 * code is not loaded yet (it is fetched when the browser is idle after the first render),
 * nothing is drawn and the interactive view prints as it is.
 */
export function renderTimelinePrint(host: HTMLElement & { requestUpdate(): void }, roadmap: Roadmap, layout: TimelineLayout, options: TimelineElementOptions): HTMLTableElement | typeof nothing {
  if (!loaded) {
    void loadExport().then(() => host.requestUpdate());
    return nothing;
  }
  return loaded.timelinePrintView(host, layoutTimeline, roadmap, layout, options);
}
