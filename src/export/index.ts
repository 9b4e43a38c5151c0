/**
 * Export: every view as a standalone SVG document or a PNG of the whole roadmap (not only what
 * is on screen). The elements' `toSVG()` / `toPNG()` methods use these; hosts may use
 * `downloadFile` and `exportFileName` to save the result.
 */
export { downloadFile, exportFileName } from './download.js';
export { exportHtmlView, exportHtmlViewPng, rewriteHostSelectors, type HtmlExport } from './html-view.js';
export { exportFonts, type ExportFonts } from './measure.js';
export { completeFontStack, DEFAULT_PALETTE, readPalette, type ExportPalette } from './palette.js';
export { ExportError, PNG_SCALE, rasterScale, sceneToPng, svgToPng } from './raster.js';
export { drawScene, escapeXml, sceneToElement, sceneToSvg, type Scene, type SceneNode } from './scene.js';
export { drawTimeline, exportLayout, exportZoom, relayoutTimeline, timelinePrintScenes, timelineScene, type TimelineDrawing, type TimelineExportOptions } from './timeline.js';
export { mixColors, parseColor } from './colors.js';
export { timelineElementPng, timelineElementSvg, timelinePrintView, type TimelineElementOptions } from './timeline-element.js';
