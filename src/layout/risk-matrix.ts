/**
 * `layoutRiskMatrix(roadmap, options)`: the risk matrix as plain data. Cells with their band,
 * risk markers packed inside their cell (with a "+N" overflow marker when crowded), arrows from
 * inherent to residual positions, the band legend with counts, and the unrated tray grouped by
 * category. Pure: no DOM, no clock; text widths come from `measureText` (or an estimate).
 */
import { cellBand, cellScore, type RiskMatrixSize } from '../model/risk.js';
import type { Ref, RiskModel, Roadmap } from '../model/schema.js';
import { CELL_LABEL, CELL_PAD, GAP, layoutArrows, packCell, type CellEntry } from './risk-matrix-pack.js';
import { bandFields, labelOf, layoutLegend, layoutTray, placeRisks } from './risk-placement.js';
import { safeColor } from './safe-color.js';

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
const MIN_CELL_HEIGHT = 40;

const estimate = (text: string) => text.length * FONT_PX * 0.58;

const round = (n: number) => Math.round(n * 100) / 100;

/** Equal bands without padding, in domain order (d3's `scaleBand` with its defaults). */
function bandScale(domain: readonly number[], [start, stop]: [number, number]): ((level: number) => number | undefined) & { bandwidth: () => number } {
  const step = (stop - start) / Math.max(1, domain.length);
  const band = (level: number) => {
    const i = domain.indexOf(level);
    return i < 0 ? undefined : start + step * i;
  };
  return Object.assign(band, { bandwidth: () => step });
}

export function layoutRiskMatrix(roadmap: Roadmap, options: RiskMatrixOptions): MatrixLayout {
  const orientation: MatrixOrientation = options.orientation === 'likelihood-x' ? 'likelihood-x' : 'likelihood-y';
  const mode: MatrixMode = options.mode === 'inherent' || options.mode === 'residual' ? options.mode : 'both';
  const measure = options.measureText ?? estimate;
  const width = Math.max(0, Math.floor(options.width));
  const { model, rescaled, risks, hasResidual } = placeRisks(roadmap, { size: options.size, mode });
  const nL = model.likelihood.length;
  const nI = model.impact.length;
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
  const placedIn = new Map<string, CellEntry[]>();
  const addTo = (cell: string, entry: CellEntry) => {
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
  const rowBand = bandScale(rowScale.map((s) => s.level).reverse(), [plotY, plotY + plotHeight]);
  const colBand = bandScale(colScale.map((s) => s.level), [plotX, plotX + plotWidth]);

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
          ...(band?.color && !band.color.startsWith('var(--roadmap-band-') && safeColor(band.color) ? { bandColor: band.color } : {}),
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

  const arrows = mode === 'both' ? layoutArrows(risks, markers, cells) : [];

  const legend = layoutLegend(model, risks);
  const tray = layoutTray(risks);

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
