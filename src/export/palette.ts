/**
 * The colours and font an export is drawn with. `DEFAULT_PALETTE` is the light theme's built-in
 * fallbacks; `readPalette(element)` resolves the element's own tokens (`--roadmap-*` set by the
 * page, the light or dark scheme it follows) to plain colours, so an export looks like what is
 * on screen.
 */
import type { Status } from '../model/schema.js';
import { formatColor, parseColor } from './colors.js';

export interface ExportPalette {
  text: string;
  muted: string;
  /** Background of the drawing (the raised surface colour). */
  surface: string;
  /** Header and alternate lane background. */
  header: string;
  laneAlt: string;
  border: string;
  grid: string;
  accent: string;
  danger: string;
  status: Record<Status, string>;
  fontFamily: string;
}

export const DEFAULT_PALETTE: ExportPalette = {
  text: '#1b1f24',
  muted: '#57606a',
  surface: '#ffffff',
  header: '#ffffff',
  laneAlt: '#f6f8fa',
  border: '#d0d7de',
  grid: '#e7ebef',
  accent: '#0b5cad',
  danger: '#b42318',
  status: {
    planned: '#6e7781',
    'in-progress': '#0969da',
    done: '#1a7f37',
    'at-risk': '#bc4c00',
    blocked: '#cf222e',
    'on-hold': '#8250df',
    cancelled: '#57606a',
    unknown: '#8c959f',
  },
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
};

const STATUSES = Object.keys(DEFAULT_PALETTE.status) as Status[];

/** Custom properties of the elements (defined on `:host` by the shared tokens) for each colour. */
const VARS: Record<Exclude<keyof ExportPalette, 'status' | 'fontFamily' | 'header'>, string> = {
  text: '--_text',
  muted: '--_text-muted',
  surface: '--_surface-raised',
  laneAlt: '--_lane-alt',
  border: '--_border',
  grid: '--_grid',
  accent: '--_accent',
  danger: '--_danger',
};

/**
 * The palette an element draws with, read from a probe inside its shadow root (where the
 * private `--_*` tokens are defined). Colours that do not resolve keep the defaults.
 */
export function readPalette(host: HTMLElement): ExportPalette {
  const root = host.shadowRoot;
  if (!root) return DEFAULT_PALETTE;
  const probe = host.ownerDocument.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  root.appendChild(probe);
  try {
    const resolve = (cssVar: string, fallback: string): string => {
      // CSSOM, not a style attribute: allowed under style-src 'self'.
      probe.style.setProperty('color', `var(${cssVar}, ${fallback})`);
      const c = parseColor(getComputedStyle(probe).color);
      return c ? formatColor(c) : fallback;
    };
    const palette = { ...DEFAULT_PALETTE, status: { ...DEFAULT_PALETTE.status } };
    for (const [key, cssVar] of Object.entries(VARS) as Array<[keyof typeof VARS, string]>) palette[key] = resolve(cssVar, DEFAULT_PALETTE[key]);
    for (const s of STATUSES) palette.status[s] = resolve(`--_status-${s}`, DEFAULT_PALETTE.status[s]);
    // An opaque background: a transparent surface would export as black in some viewers.
    if ((parseColor(palette.surface)?.a ?? 1) < 1) palette.surface = isDark(palette.text) ? '#1f242b' : '#ffffff';
    // The header follows the raised surface unless a page sets its own.
    palette.header = resolve('--roadmap-timeline-header-background', palette.surface);
    palette.fontFamily = completeFontStack(getComputedStyle(host).fontFamily);
    return palette;
  } finally {
    probe.remove();
  }
}

/** CSS generic families every SVG viewer knows (`system-ui` is newer: librsvg, Inkscape and older viewers skip it). */
const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy']);

/**
 * A font stack that reads well wherever the file is opened: the page's own fonts first (an
 * export carries no font file, so a web font shows only where it is installed), then, unless
 * the stack already ends in a generic family, the common system fonts and `sans-serif`.
 * "Inter" → "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif".
 */
export function completeFontStack(family: string | undefined, fallback = DEFAULT_PALETTE.fontFamily): string {
  const names = splitFontStack(family ?? '');
  if (!names.length) return fallback;
  const key = (name: string) => name.replace(/^["']|["']$/g, '').toLowerCase();
  if (GENERIC.has(key(names[names.length - 1]!))) return names.join(', ');
  const have = new Set(names.map(key));
  return [...names, ...splitFontStack(fallback).filter((n) => !have.has(key(n)))].join(', ');
}

/** The names of a font-family value, quotes kept; commas inside quotes do not split. */
function splitFontStack(family: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote = '';
  for (const c of family) {
    if (quote) {
      current += c;
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      current += c;
      quote = c;
    } else if (c === ',') {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim()) out.push(current.trim());
  // `inherit`, `initial`… are not family names.
  return out.filter((n) => !/^(inherit|initial|unset|revert|revert-layer)$/i.test(n));
}

/** A light text colour means a dark theme. */
function isDark(text: string): boolean {
  const c = parseColor(text);
  return c ? 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b > 128 : false;
}
