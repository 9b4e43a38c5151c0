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
    const family = getComputedStyle(host).fontFamily;
    if (family) palette.fontFamily = family;
    return palette;
  } finally {
    probe.remove();
  }
}

/** A light text colour means a dark theme. */
function isDark(text: string): boolean {
  const c = parseColor(text);
  return c ? 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b > 128 : false;
}
