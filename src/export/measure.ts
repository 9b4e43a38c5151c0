/**
 * Text widths in the font an export declares. Every label of an exported timeline is measured
 * with the same font stack (and size and weight) that its SVG `font-family` attributes name and
 * its PNG is painted with, so that what was measured to fit is what is drawn.
 */
import { createTextMeasurer } from '../components/roadmap-timeline/text-measure.js';
import { DEFAULT_PALETTE } from './palette.js';

export interface ExportFonts {
  /** The family to declare: the given one if the browser's canvas accepts it, else the default stack. */
  fontFamily: string;
  /** Width of a text at 12px, regular. */
  measureText: (text: string) => number;
  /** Width of a text at `size` px and `weight`. */
  measureFont: (text: string, size: number, weight: number) => number;
}

/** Measurers for `fontFamily` (a complete stack, see `completeFontStack`). */
export function exportFonts(fontFamily: string): ExportFonts {
  const family = canvasAccepts(fontFamily) ? fontFamily : DEFAULT_PALETTE.fontFamily;
  const measureFont = (text: string, size: number, weight: number) => createTextMeasurer(`${weight} ${size}px ${family}`)(text);
  return { fontFamily: family, measureText: (text) => measureFont(text, 12, 400), measureFont };
}

/** A font shorthand with an unparsable family is ignored by the canvas (it would measure 10px sans-serif). */
function canvasAccepts(family: string): boolean {
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!ctx) return true;
  ctx.font = '10px serif';
  ctx.font = `400 12px ${family}`;
  return ctx.font !== '10px serif';
}
