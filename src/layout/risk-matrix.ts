/**
 * `layoutRiskMatrix(roadmap, options)`: the risk matrix as plain data. Cells with their band,
 * risk markers packed inside their cell (with a "+N" overflow marker when crowded), arrows from
 * inherent to residual positions, the band legend with counts, and the unrated tray grouped by
 * category. Pure: no DOM, no clock; text widths come from `measureText` (or an estimate).
 */
import { scaleBand } from 'd3-scale';
import {
  cellBand,
  cellScore,
  defaultRiskModel,
  formatBandRange,
  isRated,
  isRiskMatrixSize,
  rescaleLevel,
  type RiskBand,
  type RiskMatrixSize,
} from '../model/risk.js';
import type { Ref, Risk, RiskAssessment, RiskModel, Roadmap } from '../model/schema.js';

/** Which axis carries likelihood: rows (`likelihood-y`, the usual form) or columns. */
export type MatrixOrientation = 'likelihood-y' | 'likelihood-x';
/** Which ratings are placed: before treatment, after it, or both with an arrow between. */
export type MatrixMode = 'inherent' | 'residual' | 'both';

export interface RiskMatrixOptions {
  /** Levels per axis; default: the roadmap's `riskModel`, else 5. */
  size?: RiskMatrixSize;
  /** Default `likelihood-y`: likelihood rises up the side, impact runs along the bottom. */
  orientation?: MatrixOrientation;
  /** Default `both`. */
  mode?: MatrixMode;
  /** Width available to the matrix block (axis titles, headers and cells), in px. */
  width: number;
  /** Largest height for the block, in px; cells shrink to fit (never below 40 px). */
  height?: number;
  /** Low cells with no room for markers. Default: true when no risk is rated. */
  compact?: boolean;
  /** Width in px of a text in the matrix's 12 px font; default: an estimate (0.58 em per character). */
  measureText?: (text: string) => number;
}

/** Where one assessment of a risk sits. */
export interface Placement {
  kind: 'inherent' | 'residual';
  likelihood: number;
  impact: number;
  likelihoodLabel: string;
  impactLabel: string;
  score?: number;
  band?: string;
  bandLabel?: string;
  /** Key of the cell ("4-3": likelihood 4, impact 3). */
  cell: string;
}

export interface MatrixRisk {
  id: string;
  /** Short label drawn in the marker: the risk's key when short, else its 1-based position. */
  number: string;
  title: string;
  category?: string;
  rated: boolean;
  inherent?: Placement;
  residual?: Placement;
  /** What this mode draws as the risk's current position. */
  current?: Placement;
  /** The mode asked for an assessment the risk does not have; the other one is drawn. */
  fallback: boolean;
  /** Band stated without levels (an unrated risk may still carry one). */
  statedBand?: string;
  /** Resolved initiative (or other entity) ids it threatens, and unresolved text. */
  affects: Ref[];
}

export interface MatrixMarker {
  /** `<risk id>:<kind>`, unique in the layout. */
  key: string;
  riskId: string;
  /** `both`: inherent and residual fall in the same cell (mitigation did not move it). */
  kind: 'inherent' | 'residual' | 'both';
  /** Drawn as the earlier position of a risk that moved (a ghost). */
  ghost: boolean;
  cell: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MatrixOverflow {
  cell: string;
  count: number;
  riskIds: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MatrixCell {
  /** "L-I", e.g. "4-3". */
  key: string;
  likelihood: number;
  impact: number;
  likelihoodLabel: string;
  impactLabel: string;
  /** 0-based visual row (top first) and column (left first). */
  row: number;
  col: number;
  score?: number;
  band?: string;
  bandLabel?: string;
  /** Custom colour of a band outside the four default keys. */
  bandColor?: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Every risk drawn in this cell (any kind), in order, without repeats. */
  riskIds: string[];
  markers: MatrixMarker[];
  overflow?: MatrixOverflow;
}

export interface AxisHeader {
  axis: 'likelihood' | 'impact';
  level: number;
  label: string;
  description?: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MatrixRow {
  index: number;
  y: number;
  height: number;
  header: AxisHeader;
  cells: MatrixCell[];
}

export interface MatrixArrow {
  riskId: string;
  /** SVG path (a gentle curve) from the inherent marker's edge to the residual marker's edge. */
  d: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LegendItem {
  key: string;
  label: string;
  /** "10–16"; empty for lookup bands. */
  range: string;
  color?: string;
  /** Risks whose current position is in this band. */
  count: number;
}

export interface TrayGroup {
  /** Category as written; `undefined` for risks without one. */
  category?: string;
  label: string;
  riskIds: string[];
}

export interface MatrixLayout {
  model: RiskModel;
  size: number;
  orientation: MatrixOrientation;
  mode: MatrixMode;
  /** Ratings were written on a scale of `from` levels and are shown on `to` levels. */
  rescaled?: { from: number; to: number };
  /** Markers are numbered dots (narrow cells) or pills with the title (wide cells). */
  markerStyle: 'dot' | 'pill';
  width: number;
  height: number;
  /** The cell area. */
  plot: { x: number; y: number; width: number; height: number };
  /** Axis titles: the row axis title is drawn rotated, centred on (x, y). */
  rowAxis: { axis: 'likelihood' | 'impact'; title: string; x: number; y: number; length: number };
  columnAxis: { axis: 'likelihood' | 'impact'; title: string; x: number; y: number; length: number };
  rows: MatrixRow[];
  columnHeaders: AxisHeader[];
  cells: MatrixCell[];
  markers: MatrixMarker[];
  arrows: MatrixArrow[];
  legend: LegendItem[];
  /** Cells are low: nothing to place (see `compact`). */
  compact: boolean;
  /** Every risk in roadmap order. */
  risks: MatrixRisk[];
  tray: TrayGroup[];
  /** Residual ratings exist, so the mode toggle means something. */
  hasResidual: boolean;
  counts: { total: number; rated: number; unrated: number };
}

const FONT_PX = 12;
const AXIS_TITLE = 22;
const COLUMN_HEADER = 34;
const CELL_PAD = 5;
const CELL_LABEL = 16;
const GAP = 4;
const MIN_CELL_HEIGHT = 40;

const estimate = (text: string) => text.length * FONT_PX * 0.58;

function titleOf(risk: Risk): string {
  return risk.title;
}

function numberOf(risk: Risk, index: number): string {
  return risk.key && risk.key.length <= 4 ? risk.key : String(index + 1);
}

/** Largest level written on each axis across all assessments. */
function maxLevels(risks: Risk[]): { likelihood: number; impact: number } {
  let likelihood = 0;
  let impact = 0;
  for (const r of risks) {
    for (const a of [r.inherent, r.residual, r.target]) {
      if (!isRated(a)) continue;
      likelihood = Math.max(likelihood, a.likelihood.level);
      impact = Math.max(impact, a.impact.level);
    }
  }
  return { likelihood, impact };
}

/** The model drawn, and the scale the ratings were written on. */
function chooseModel(roadmap: Roadmap, size: RiskMatrixSize | undefined): { model: RiskModel; from: { likelihood: number; impact: number } } {
  const own = roadmap.riskModel && roadmap.riskModel.likelihood.length > 0 && roadmap.riskModel.impact.length > 0 ? roadmap.riskModel : undefined;
  const seen = maxLevels(roadmap.risks);
  const ownSquare = own && own.likelihood.length === own.impact.length ? own.likelihood.length : undefined;
  let model: RiskModel;
  if (own && (size === undefined || ownSquare === size)) model = own;
  else model = defaultRiskModel(size ?? (isRiskMatrixSize(ownSquare) ? ownSquare : 5));
  const n = { likelihood: model.likelihood.length, impact: model.impact.length };
  // Ratings are on the roadmap's own scale when it has one; otherwise on the drawn scale when they
  // fit it, else on the default five levels (or the largest level written, if above five).
  const from = own
    ? { likelihood: own.likelihood.length, impact: own.impact.length }
    : {
        likelihood: seen.likelihood <= n.likelihood ? n.likelihood : Math.max(5, seen.likelihood),
        impact: seen.impact <= n.impact ? n.impact : Math.max(5, seen.impact),
      };
  return { model, from };
}

function labelOf(scale: RiskModel['likelihood'], level: number): string {
  return scale.find((s) => s.level === level)?.label ?? String(level);
}

function bandFields(band: RiskBand | undefined): { band?: string; bandLabel?: string } {
  return band ? { band: band.key, bandLabel: band.label } : {};
}

/** Half-extent along direction (dx, dy) from a box's centre to its edge. */
function edgeDistance(w: number, h: number, dx: number, dy: number): number {
  const tx = dx === 0 ? Infinity : w / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : h / 2 / Math.abs(dy);
  return Math.min(tx, ty);
}

const round = (n: number) => Math.round(n * 100) / 100;

export function layoutRiskMatrix(roadmap: Roadmap, options: RiskMatrixOptions): MatrixLayout {
  const orientation: MatrixOrientation = options.orientation === 'likelihood-x' ? 'likelihood-x' : 'likelihood-y';
  const mode: MatrixMode = options.mode === 'inherent' || options.mode === 'residual' ? options.mode : 'both';
  const measure = options.measureText ?? estimate;
  const width = Math.max(0, Math.floor(options.width));
  const { model, from } = chooseModel(roadmap, isRiskMatrixSize(options.size) ? options.size : undefined);
  const nL = model.likelihood.length;
  const nI = model.impact.length;
  const rescaled = from.likelihood !== nL || from.impact !== nI ? { from: Math.max(from.likelihood, from.impact), to: Math.max(nL, nI) } : undefined;

  // ── risks and where each assessment falls ──
  const place = (a: RiskAssessment | undefined, kind: 'inherent' | 'residual'): Placement | undefined => {
    if (!isRated(a)) return undefined;
    const rawL = a.likelihood.level;
    const rawI = a.impact.level;
    if (rawL < 1 || rawI < 1 || rawL > from.likelihood || rawI > from.impact) return undefined;
    const l = rescaleLevel(rawL, from.likelihood, nL);
    const i = rescaleLevel(rawI, from.impact, nI);
    const score = cellScore(model, l, i);
    return {
      kind,
      likelihood: l,
      impact: i,
      likelihoodLabel: labelOf(model.likelihood, l),
      impactLabel: labelOf(model.impact, i),
      ...(score === undefined ? {} : { score }),
      ...bandFields(cellBand(model, l, i)),
      cell: `${l}-${i}`,
    };
  };
  const risks: MatrixRisk[] = roadmap.risks.map((risk, index) => {
    const inherent = place(risk.inherent, 'inherent');
    const residual = place(risk.residual, 'residual');
    const wanted = mode === 'residual' ? residual : inherent;
    const other = mode === 'residual' ? inherent : residual;
    const current = mode === 'both' ? (residual ?? inherent) : (wanted ?? other);
    const fallback = mode !== 'both' && !wanted && Boolean(other);
    const statedBand = risk.inherent?.band ?? risk.residual?.band;
    return {
      id: risk.id,
      number: numberOf(risk, index),
      title: titleOf(risk),
      ...(risk.category ? { category: risk.category } : {}),
      rated: Boolean(inherent || residual),
      ...(inherent ? { inherent } : {}),
      ...(residual ? { residual } : {}),
      ...(current ? { current } : {}),
      fallback,
      ...(statedBand && !inherent && !residual ? { statedBand } : {}),
      affects: risk.affects ?? [],
    };
  });
  const hasResidual = risks.some((r) => r.residual);
  const compact = options.compact ?? !risks.some((r) => r.rated);

  // ── grid geometry ──
  const rowAxis = orientation === 'likelihood-y' ? 'likelihood' : 'impact';
  const colAxis = orientation === 'likelihood-y' ? 'impact' : 'likelihood';
  const rowScale = rowAxis === 'likelihood' ? model.likelihood : model.impact;
  const colScale = colAxis === 'likelihood' ? model.likelihood : model.impact;
  const nRows = rowScale.length;
  const nCols = colScale.length;
  const longestWord = Math.max(0, ...rowScale.flatMap((s) => s.label.split(/\s+/).map((w) => measure(w))));
  const longestLabel = Math.max(0, ...rowScale.map((s) => measure(s.label)));
  const wide = width >= 560;
  const headerWidth = Math.round(Math.min(Math.max(wide ? longestLabel + 14 : longestWord + 12, 48), Math.max(48, width * 0.24)));
  const plotX = AXIS_TITLE + headerWidth;
  const plotWidth = Math.max(nCols * 24, width - plotX);
  const cellWidth = plotWidth / nCols;
  const markerStyle: 'dot' | 'pill' = cellWidth >= 120 ? 'pill' : 'dot';
  const placedIn = new Map<string, Array<{ risk: MatrixRisk; kind: MatrixMarker['kind']; ghost: boolean }>>();
  const addTo = (cell: string, entry: { risk: MatrixRisk; kind: MatrixMarker['kind']; ghost: boolean }) => {
    const list = placedIn.get(cell);
    if (list) list.push(entry);
    else placedIn.set(cell, [entry]);
  };
  for (const risk of risks) {
    if (!risk.current) continue;
    if (mode === 'both' && risk.inherent && risk.residual) {
      if (risk.inherent.cell === risk.residual.cell) addTo(risk.residual.cell, { risk, kind: 'both', ghost: false });
      else {
        addTo(risk.inherent.cell, { risk, kind: 'inherent', ghost: true });
        addTo(risk.residual.cell, { risk, kind: 'residual', ghost: false });
      }
    } else addTo(risk.current.cell, { risk, kind: risk.current.kind, ghost: false });
  }
  // Current positions before ghosts, then roadmap order, so the "+N" marker hides ghosts first.
  const order = new Map(risks.map((r, i) => [r.id, i]));
  for (const list of placedIn.values()) {
    list.sort((a, b) => Number(a.ghost) - Number(b.ghost) || (order.get(a.risk.id) ?? 0) - (order.get(b.risk.id) ?? 0));
  }

  const markerHeight = markerStyle === 'pill' ? 22 : width < 480 ? 20 : 24;
  // Rows grow (up to four markers deep) so that a crowded cell shows more before "+N".
  const crowd = Math.max(0, ...[...placedIn.values()].map((l) => l.length));
  const innerWidth = cellWidth - 2 * CELL_PAD;
  const perRow = markerStyle === 'pill' ? 1 : Math.max(1, Math.floor((innerWidth + GAP) / (markerHeight + GAP)));
  const rowsNeeded = Math.min(4, Math.ceil(crowd / perRow));
  const labelRoom = cellWidth >= 64 ? CELL_LABEL : 0;
  const needed = rowsNeeded ? 2 * CELL_PAD + labelRoom + rowsNeeded * (markerHeight + GAP) - GAP : 0;
  let cellHeight = compact
    ? MIN_CELL_HEIGHT
    : Math.max(Math.min(110, Math.max(56, Math.round(cellWidth * (markerStyle === 'pill' ? 0.62 : 0.9)))), Math.min(140, needed));
  if (options.height !== undefined && options.height > 0) {
    cellHeight = Math.max(MIN_CELL_HEIGHT, Math.min(cellHeight, Math.floor((options.height - COLUMN_HEADER - AXIS_TITLE) / nRows)));
  }
  const plotHeight = cellHeight * nRows;
  const plotY = 0;
  // Highest levels at the top (rows) and at the right (columns).
  const rowBand = scaleBand<number>()
    .domain(rowScale.map((s) => s.level).reverse())
    .range([plotY, plotY + plotHeight]);
  const colBand = scaleBand<number>()
    .domain(colScale.map((s) => s.level))
    .range([plotX, plotX + plotWidth]);

  const columnHeaders: AxisHeader[] = colScale.map((s) => ({
    axis: colAxis,
    level: s.level,
    label: s.label,
    ...(s.description ? { description: s.description } : {}),
    x: round(colBand(s.level) ?? 0),
    y: plotY + plotHeight,
    width: round(colBand.bandwidth()),
    height: COLUMN_HEADER,
  }));

  const rows: MatrixRow[] = [];
  const cells: MatrixCell[] = [];
  const markers: MatrixMarker[] = [];
  rowScale
    .map((s) => s.level)
    .reverse()
    .forEach((rowLevel, rowIndex) => {
      const y = round(rowBand(rowLevel) ?? 0);
      const rowHeader = rowScale.find((s) => s.level === rowLevel)!;
      const row: MatrixRow = {
        index: rowIndex,
        y,
        height: round(rowBand.bandwidth()),
        header: {
          axis: rowAxis,
          level: rowLevel,
          label: rowHeader.label,
          ...(rowHeader.description ? { description: rowHeader.description } : {}),
          x: AXIS_TITLE,
          y,
          width: headerWidth,
          height: round(rowBand.bandwidth()),
        },
        cells: [],
      };
      colScale.forEach((colHeader, colIndex) => {
        const l = rowAxis === 'likelihood' ? rowLevel : colHeader.level;
        const i = rowAxis === 'likelihood' ? colHeader.level : rowLevel;
        const band = cellBand(model, l, i);
        const score = cellScore(model, l, i);
        const key = `${l}-${i}`;
        const x = round(colBand(colHeader.level) ?? 0);
        const cell: MatrixCell = {
          key,
          likelihood: l,
          impact: i,
          likelihoodLabel: labelOf(model.likelihood, l),
          impactLabel: labelOf(model.impact, i),
          row: rowIndex,
          col: colIndex,
          ...(score === undefined ? {} : { score }),
          ...bandFields(band),
          ...(band?.color && !band.color.startsWith('var(--roadmap-band-') ? { bandColor: band.color } : {}),
          x,
          y,
          width: round(colBand.bandwidth()),
          height: round(rowBand.bandwidth()),
          riskIds: [],
          markers: [],
        };
        const entries = placedIn.get(key) ?? [];
        cell.riskIds = [...new Set(entries.map((e) => e.risk.id))];
        packCell(cell, entries, { markerStyle, markerHeight, measure });
        markers.push(...cell.markers);
        row.cells.push(cell);
        cells.push(cell);
      });
      rows.push(row);
    });

  // ── arrows: inherent ghost → residual marker (or the overflow marker hiding either) ──
  const anchorOf = (riskId: string, kind: 'inherent' | 'residual', cellKey: string) => {
    const marker = markers.find((m) => m.riskId === riskId && m.kind === kind);
    if (marker) return { cx: marker.x + marker.width / 2, cy: marker.y + marker.height / 2, w: marker.width, h: marker.height };
    const cell = cells.find((c) => c.key === cellKey);
    const o = cell?.overflow;
    if (o) return { cx: o.x + o.width / 2, cy: o.y + o.height / 2, w: o.width, h: o.height };
    return undefined;
  };
  const arrows: MatrixArrow[] = [];
  if (mode === 'both') {
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

  // ── legend and tray ──
  const legend: LegendItem[] = model.bands.map((b) => ({
    key: b.key,
    label: b.label,
    range: model.scoring === 'lookup' ? '' : formatBandRange(b),
    ...(b.color && !b.color.startsWith('var(--roadmap-band-') ? { color: b.color } : {}),
    count: risks.filter((r) => r.current?.band === b.key).length,
  }));
  const tray: TrayGroup[] = [];
  for (const risk of risks) {
    if (risk.rated) continue;
    const category = risk.category?.trim() || undefined;
    let group = tray.find((g) => g.category === category);
    if (!group) {
      group = { ...(category ? { category } : {}), label: category ?? 'Uncategorised', riskIds: [] };
      tray.push(group);
    }
    group.riskIds.push(risk.id);
  }
  // Uncategorised last when categories exist.
  tray.sort((a, b) => Number(a.category === undefined) - Number(b.category === undefined));

  const height = plotY + plotHeight + COLUMN_HEADER + AXIS_TITLE;
  const rated = risks.filter((r) => r.rated).length;
  return {
    model,
    size: Math.max(nL, nI),
    orientation,
    mode,
    ...(rescaled ? { rescaled } : {}),
    markerStyle,
    compact,
    width: round(plotX + plotWidth),
    height,
    plot: { x: plotX, y: plotY, width: round(plotWidth), height: plotHeight },
    rowAxis: {
      axis: rowAxis,
      title: rowAxis === 'likelihood' ? 'Likelihood' : 'Impact',
      x: AXIS_TITLE / 2,
      y: round(plotY + plotHeight / 2),
      length: plotHeight,
    },
    columnAxis: {
      axis: colAxis,
      title: colAxis === 'likelihood' ? 'Likelihood' : 'Impact',
      x: round(plotX + plotWidth / 2),
      y: plotY + plotHeight + COLUMN_HEADER + AXIS_TITLE / 2,
      length: round(plotWidth),
    },
    rows,
    columnHeaders,
    cells,
    markers,
    arrows,
    legend,
    risks,
    tray,
    hasResidual,
    counts: { total: risks.length, rated, unrated: risks.length - rated },
  };
}

/**
 * Flow a cell's markers left to right, top to bottom, under the cell's score label. When they do
 * not all fit, the last visible slot becomes a "+N" marker standing for the rest.
 */
function packCell(
  cell: MatrixCell,
  entries: Array<{ risk: MatrixRisk; kind: MatrixMarker['kind']; ghost: boolean }>,
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
