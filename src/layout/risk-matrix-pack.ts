/**
 * Risk markers inside the matrix: flowing a cell's markers under its score label (with a "+N"
 * marker when they do not all fit), and the arrows from each risk's inherent marker to its
 * residual one. Pure: no DOM.
 */
import type { MatrixArrow, MatrixCell, MatrixMarker, MatrixRisk } from './risk-matrix.js';

/** Inner padding of a cell, room for its score label, and the gap between markers (px). */
export const CELL_PAD = 5;
export const CELL_LABEL = 16;
export const GAP = 4;

/** A risk waiting to be drawn in a cell. */
export interface CellEntry {
  risk: MatrixRisk;
  kind: MatrixMarker['kind'];
  /** The earlier position of a risk that moved. */
  ghost: boolean;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Half-extent along direction (dx, dy) from a box's centre to its edge. */
function edgeDistance(w: number, h: number, dx: number, dy: number): number {
  const tx = dx === 0 ? Infinity : w / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : h / 2 / Math.abs(dy);
  return Math.min(tx, ty);
}

/**
 * Flow a cell's markers left to right, top to bottom, under the cell's score label. When they do
 * not all fit, the last visible slot becomes a "+N" marker standing for the rest.
 */
export function packCell(
  cell: MatrixCell,
  entries: CellEntry[],
  opts: { markerStyle: 'dot' | 'pill'; markerHeight: number; measure: (text: string) => number },
): void {
  if (!entries.length) return;
  const { markerStyle, markerHeight: h } = opts;
  const labelRoom = cell.width >= 64 ? CELL_LABEL : 0;
  const left = cell.x + CELL_PAD;
  const top = cell.y + CELL_PAD + labelRoom;
  const right = cell.x + cell.width - CELL_PAD;
  const bottom = cell.y + cell.height - CELL_PAD;
  const innerWidth = right - left;
  const widthOf = (e: { risk: MatrixRisk }) =>
    markerStyle === 'dot' ? h : Math.min(innerWidth, Math.ceil(h + 6 + opts.measure(e.risk.title) + 10));
  const overflowWidth = (n: number) => (markerStyle === 'dot' ? Math.max(h, Math.ceil(opts.measure(`+${n}`) + 8)) : Math.ceil(opts.measure(`+${n} more`) + 16));

  type Slot = { x: number; y: number; width: number };
  const flow = (widths: number[]): Slot[] | undefined => {
    const slots: Slot[] = [];
    let x = left;
    let y = top;
    for (const w of widths) {
      if (x > left && x + w > right) {
        x = left;
        y += h + GAP;
      }
      if (y + h > bottom + 0.01) return undefined;
      slots.push({ x, y, width: w });
      x += w + GAP;
    }
    return slots;
  };

  const widths = entries.map(widthOf);
  let visible = entries.length;
  let slots = flow(widths);
  while (!slots && visible > 0) {
    visible -= 1;
    slots = flow([...widths.slice(0, visible), overflowWidth(entries.length - visible)]);
  }
  if (!slots) {
    // Not even the "+N" marker fits (tiny cell): centre it anyway, clipped by the cell.
    const w = overflowWidth(entries.length);
    slots = [{ x: cell.x + (cell.width - w) / 2, y: cell.y + (cell.height - h) / 2, width: w }];
    visible = 0;
  }
  for (let k = 0; k < visible; k++) {
    const e = entries[k]!;
    const s = slots[k]!;
    cell.markers.push({ key: `${e.risk.id}:${e.kind}`, riskId: e.risk.id, kind: e.kind, ghost: e.ghost, cell: cell.key, x: round(s.x), y: round(s.y), width: s.width, height: h });
  }
  if (visible < entries.length) {
    const s = slots[slots.length - 1]!;
    const hidden = entries.slice(visible);
    cell.overflow = {
      cell: cell.key,
      count: hidden.length,
      riskIds: [...new Set(hidden.map((e) => e.risk.id))],
      x: round(s.x),
      y: round(s.y),
      width: s.width,
      height: h,
    };
  }
}

/**
 * One arrow per risk that moved between cells (mode `both`): a gentle curve from the edge of its
 * inherent marker to the edge of its residual marker, or of the "+N" marker hiding either.
 */
export function layoutArrows(risks: readonly MatrixRisk[], markers: readonly MatrixMarker[], cells: readonly MatrixCell[]): MatrixArrow[] {
  const anchorOf = (riskId: string, kind: 'inherent' | 'residual', cellKey: string) => {
    const marker = markers.find((m) => m.riskId === riskId && m.kind === kind);
    if (marker) return { cx: marker.x + marker.width / 2, cy: marker.y + marker.height / 2, w: marker.width, h: marker.height };
    const cell = cells.find((c) => c.key === cellKey);
    const o = cell?.overflow;
    if (o) return { cx: o.x + o.width / 2, cy: o.y + o.height / 2, w: o.width, h: o.height };
    return undefined;
  };
  const arrows: MatrixArrow[] = [];
  {
    for (const risk of risks) {
      if (!risk.inherent || !risk.residual || risk.inherent.cell === risk.residual.cell) continue;
      const a = anchorOf(risk.id, 'inherent', risk.inherent.cell);
      const b = anchorOf(risk.id, 'residual', risk.residual.cell);
      if (!a || !b) continue;
      const dx = b.cx - a.cx;
      const dy = b.cy - a.cy;
      const len = Math.hypot(dx, dy);
      if (len < 1) continue;
      const ux = dx / len;
      const uy = dy / len;
      const startOff = edgeDistance(a.w, a.h, ux, uy) + 2;
      const endOff = edgeDistance(b.w, b.h, ux, uy) + 3;
      if (startOff + endOff >= len) continue;
      const x1 = a.cx + ux * startOff;
      const y1 = a.cy + uy * startOff;
      const x2 = b.cx - ux * endOff;
      const y2 = b.cy - uy * endOff;
      // Bend a little to the left of travel, so arrows between the same cells do not coincide.
      const bend = Math.min(24, len * 0.12);
      const mx = (x1 + x2) / 2 - uy * bend;
      const my = (y1 + y2) / 2 + ux * bend;
      arrows.push({
        riskId: risk.id,
        d: `M${round(x1)},${round(y1)}Q${round(mx)},${round(my)} ${round(x2)},${round(y2)}`,
        x1: round(x1),
        y1: round(y1),
        x2: round(x2),
        y2: round(y2),
      });
    }
  }

  return arrows;
}
