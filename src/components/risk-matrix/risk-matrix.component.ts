import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RoadmapDataController } from '../../controllers/roadmap-data.js';
import { RoadmapSelectEvent, RoadmapViewChangeEvent } from '../../events/events.js';
import {
  layoutRiskMatrix,
  type MatrixCell,
  type MatrixLayout,
  type MatrixMarker,
  type MatrixMode,
  type MatrixOrientation,
} from '../../layout/risk-matrix.js';
import { isRiskMatrixSize, type RiskMatrixSize } from '../../model/risk.js';
import type { Roadmap } from '../../model/schema.js';
import { indexRoadmap, linkedIds } from '../../model/selectors.js';
import { printStyles } from '../../styles/print.js';
import { bandTokens } from '../../styles/bands.js';
import { hostStyles, statusStyles } from '../../styles/tokens.js';
import { renderIdle, renderStatus } from '../../templates/status.js';
import { styleProps } from '../../templates/style-props.js';
import { moveInGrid } from './grid-navigation.js';
import { threatenedIds, type RiskDetailsContext } from './risk-details.js';
import { renderGrid } from './risk-grid.js';
import { styles } from './risk-matrix.styles.js';
import { renderFallbackNote, renderLegend, renderModes, renderPanel, renderRiskTable, renderTray } from './risk-matrix.templates.js';
import { createTextMeasurer, SizeController } from './size-controller.js';

/** Below this width the details panel goes under the grid. */
const SIDE_PANEL_MIN = 860;
const PANEL_WIDTH = 340;

/**
 * Risks on a likelihood × impact grid (3×3, 4×4 or 5×5), coloured by band, with each risk's
 * move from its inherent to its residual rating, a details panel (description, mitigation,
 * owner, status, and the initiatives it threatens), and a tray for risks that have no rating
 * yet, grouped by category. The grid is a keyboard grid (arrow keys, Home/End, Enter to reach a
 * cell's risks, Escape back); a visually hidden table lists every risk for screen readers.
 *
 * @summary Likelihood × impact matrix of a roadmap's risks, with an unrated tray and links to initiatives.
 *
 * @fires roadmap-select - A risk (`{kind: 'risk', id}`) or a threatened initiative or milestone (`{kind: 'initiative' | 'milestone', id}`) was chosen by click, Enter or Space.
 * @fires roadmap-view-change - The user switched which ratings are placed: `{view: 'risk-matrix', mode: 'inherent' | 'residual' | 'both'}`. Not fired when `mode` is set by code.
 *
 * @csspart base - The wrapper of everything.
 * @csspart summary - The line counting risks, rated and unrated.
 * @csspart modes - The inherent / residual / both switch (shown when residual ratings exist).
 * @csspart legend - The band legend; each entry is `legend-item band-<key>`.
 * @csspart legend-item - One band of the legend, with `band-<key>`.
 * @csspart grid - The matrix (`role="grid"`).
 * @csspart axis-label - A likelihood or impact level label (row and column headers).
 * @csspart axis-title - The "Likelihood" and "Impact" axis titles.
 * @csspart cell - A grid cell, with `band-<key>`, `occupied` or `empty`, and `active` for the keyboard's cell.
 * @csspart cell-label - The band and score written in a cell.
 * @csspart risk - A risk: a marker in a cell (with `band-<key>`, `inherent`, `residual` or `both`, `ghost`, `fallback`) or a card in the tray (with `unrated`); `selected`, `linked` and `dimmed` follow the selection.
 * @csspart more - The "+N" marker of a crowded cell.
 * @csspart arrow - The path from a risk's inherent to its residual position.
 * @csspart details - The panel showing one risk or one cell.
 * @csspart tray - The unrated risks, grouped by category.
 * @csspart tray-group - One category of the tray.
 * @csspart threat-link - A button naming a threatened initiative or milestone.
 * @csspart band-chip - A rating in the details (with `band-<key>`): "Likely × Major · 16 High".
 * @csspart unrated-chip - The "Unrated" chip of a risk without ratings.
 * @csspart table - The visually hidden table listing every risk.
 * @csspart empty - The message shown when the roadmap lists no risks.
 * @csspart status - The loading or error box (with `loading` or `error`).
 *
 * @cssprop [--roadmap-band-low=#d7f0dc] - Fill of low-band cells.
 * @cssprop [--roadmap-band-medium=#fff1c2] - Fill of medium-band cells.
 * @cssprop [--roadmap-band-high=#ffd8b5] - Fill of high-band cells.
 * @cssprop [--roadmap-band-critical=#ffc9c9] - Fill of critical-band cells.
 * @cssprop [--roadmap-color-selection=#f0a400] - Ring around selected and linked risks.
 * @cssprop [--roadmap-risk-matrix-cell-line=#ffffff] - The line between cells (light-dark: #ffffff / #0d1117).
 * @cssprop [--roadmap-risk-matrix-marker-bg=#ffffff] - Fill of risk markers (light-dark: #ffffff / #1f242b).
 * @cssprop [--roadmap-risk-matrix-marker-border=#57606a] - Outline of risk markers (light-dark: #57606a / #a3acb6).
 */
export class RiskMatrix extends LitElement {
  static override styles = [hostStyles, bandTokens, statusStyles, styles, printStyles];

  /** @internal */
  private readonly data = new RoadmapDataController(this);
  /** @internal */
  private readonly resize = new SizeController(this);
  /** @internal */
  private readonly measureText = createTextMeasurer(this);
  /** @internal */
  private layout?: MatrixLayout;
  /** @internal */
  private layoutKey = '';
  /** @internal */
  private layoutRoadmap?: Roadmap;
  /** @internal */
  private wide = false;

  /** @internal The cell the keyboard is on ("L-I"). */
  @state() private activeCell?: string;
  /** @internal The risk shown in the panel (last focused or clicked marker). */
  @state() private detailRisk?: string;
  /** @internal The cell listed in the panel (after Enter on a crowded cell or its "+N"). */
  @state() private openCell?: string;
  /** @internal The marker under the pointer or focus, for the tooltip. */
  @state() private tipMarker?: string;

  /** The roadmap to draw (a model object); overrides `src` and the provider's. */
  @property({ attribute: false }) roadmap?: unknown;

  /** URL of a roadmap (`.json` or `.md`) for standalone use. */
  @property() src?: string;

  /** "Today" as YYYY-MM-DD; overrides the provider's. Not used by the matrix itself. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** Levels per axis: 3, 4 or 5. Default: the roadmap's `riskModel`, else 5. Ratings on another scale are rescaled. */
  @property({ type: Number, reflect: true }) size?: RiskMatrixSize;

  /** `likelihood-y` (likelihood up the side, impact along the bottom) or `likelihood-x` (swapped). */
  @property({ reflect: true }) orientation: MatrixOrientation = 'likelihood-y';

  /**
   * Which ratings are placed: `inherent`, `residual`, or `both` with an arrow for each move
   * (attribute `mode`; any other value shows both). The switch above the grid changes it and
   * fires `roadmap-view-change`.
   */
  @property({ reflect: true }) mode: MatrixMode = 'both';

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const roadmap = this.data.roadmap;
    const width = this.resize.width;
    if (!roadmap || width <= 0) {
      this.layout = undefined;
      this.layoutKey = '';
      return;
    }
    this.wide = width >= SIDE_PANEL_MIN;
    const matrixWidth = this.wide ? Math.min(860, width - PANEL_WIDTH - 24) : width;
    const size = isRiskMatrixSize(this.size) ? this.size : undefined;
    const key = `${matrixWidth}|${size}|${this.orientation}|${this.mode}`;
    if (this.layout && this.layoutRoadmap === roadmap && key === this.layoutKey) return;
    this.layout = layoutRiskMatrix(roadmap, {
      width: matrixWidth,
      orientation: this.orientation,
      mode: this.mode,
      measureText: this.measureText,
      ...(size ? { size } : {}),
    });
    this.layoutRoadmap = roadmap;
    this.layoutKey = key;
    const cells = this.layout.cells;
    if (!this.activeCell || !cells.some((c) => c.key === this.activeCell)) {
      const occupied = cells.filter((c) => c.riskIds.length).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
      this.activeCell = (occupied[0] ?? cells[0])?.key;
    }
    if (this.openCell && !cells.some((c) => c.key === this.openCell && c.riskIds.length)) this.openCell = undefined;
  }

  // ───────── events ─────────

  /** @internal */
  private select(kind: 'initiative' | 'milestone' | 'risk', id: string): void {
    /** @ignore Documented on the class (`@fires roadmap-select`). */
    this.dispatchEvent(new RoadmapSelectEvent({ kind, id }));
  }

  /** @internal The user chose a mode in the switch: apply it and say so. */
  private readonly onModeChange = (mode: MatrixMode): void => {
    if (mode === this.mode) return;
    this.mode = mode;
    this.dispatchEvent(new RoadmapViewChangeEvent({ view: 'risk-matrix', mode }));
  };

  /** @internal The risk the panel describes: the last one focused or clicked, else the selected one. */
  private panelRisk(): string | undefined {
    if (this.openCell) return undefined;
    const selection = this.data.selection;
    return this.detailRisk ?? (selection?.kind === 'risk' ? selection.id : undefined);
  }

  /** @internal */
  private readonly onListChoose = (id: string): void => {
    this.detailRisk = id;
    this.openCell = undefined;
    this.select('risk', id);
  };

  /** @internal */
  private readonly onMarkerClick = (marker: MatrixMarker) => {
    this.detailRisk = marker.riskId;
    this.openCell = undefined;
    this.select('risk', marker.riskId);
  };

  /** @internal */
  private readonly onMarkerFocus = (marker: MatrixMarker): void => {
    this.activeCell = marker.cell;
    this.tipMarker = marker.key;
    this.detailRisk = marker.riskId;
    this.openCell = undefined;
  };

  /** @internal */
  private readonly onMarkerHover = (marker: MatrixMarker, on: boolean): void => {
    if (on) this.tipMarker = marker.key;
    else if (this.tipMarker === marker.key) this.tipMarker = undefined;
  };

  /** @internal */
  private readonly onCellFocus = (cell: MatrixCell): void => {
    this.activeCell = cell.key;
  };

  /** @internal */
  private readonly onMore = (cell: MatrixCell): void => this.openCellList(cell);

  /** @internal */
  private openCellList(cell: MatrixCell): void {
    this.openCell = cell.key;
    this.detailRisk = undefined;
    this.activeCell = cell.key;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="details"] button')?.focus());
  }

  /** @internal */
  private focusCell(key: string): void {
    this.activeCell = key;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-cell="${key}"]`)?.focus());
  }

  /** @internal */
  private readonly onGridKeydown = (event: KeyboardEvent) => {
    const layout = this.layout;
    if (!layout) return;
    const target = event.target as HTMLElement;
    const markerEl = target.closest<HTMLElement>('[part~="risk"], [part~="more"]');
    const cellEl = target.closest<HTMLElement>('[role="gridcell"]');
    if (!cellEl) return;
    const cell = layout.cells.find((c) => c.key === cellEl.dataset.cell);
    if (!cell) return;
    if (markerEl) {
      // Inside a cell: arrows walk its markers, Escape goes back to the cell.
      const items = [...cellEl.querySelectorAll<HTMLElement>('[part~="risk"], [part~="more"]')];
      const at = items.indexOf(markerEl);
      if (event.key === 'Escape') this.focusCell(cell.key);
      else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') items[Math.min(items.length - 1, at + 1)]?.focus();
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') items[Math.max(0, at - 1)]?.focus();
      else return;
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'F2') {
      event.preventDefault();
      if (cell.overflow) this.openCellList(cell);
      else cellEl.querySelector<HTMLElement>('[part~="risk"]')?.focus();
      return;
    }
    const to = moveInGrid(cell, event, { rows: layout.rows.length, cols: layout.columnHeaders.length });
    if (!to) return;
    event.preventDefault();
    const next = layout.rows[to.row]?.cells[to.col];
    if (next) this.focusCell(next.key);
  };

  // ───────── render ─────────

  protected override render() {
    const status = renderStatus(this.data);
    if (status !== nothing) return status;
    const roadmap = this.data.roadmap;
    if (!roadmap) return renderIdle('risk matrix');
    if (!roadmap.risks.length) {
      return html`<div class="empty" part="empty">This roadmap lists no risks.</div>`;
    }
    const layout = this.layout;
    if (!layout) return html`<div class="base" part="base"></div>`;
    const index = indexRoadmap(roadmap);
    const selection = this.data.selection;
    const linked = linkedIds(roadmap, selection);
    const stateOf = (id: string): string => {
      if (!selection) return '';
      if (selection.kind === 'risk' && selection.id === id) return 'selected';
      if (linked.has(id)) return 'linked';
      // A key-person risk threatens what that person owns, though it names no initiative.
      const risk = index.risks.get(id);
      if (selection.kind === 'initiative' && risk && threatenedIds(risk, roadmap).includes(selection.id)) return 'linked';
      return 'dimmed';
    };
    const ctx: RiskDetailsContext = { roadmap, index, select: (kind, id) => this.select(kind, id), level: 3, markUnrated: true };
    const risksById = new Map(layout.risks.map((r) => [r.id, r]));
    const { counts } = layout;
    const summary = `${counts.total} ${counts.total === 1 ? 'risk' : 'risks'} · ${counts.rated} rated · ${counts.unrated} unrated`;
    const trayFirst = counts.rated === 0;
    const tray = counts.unrated ? renderTray(layout, index, risksById, stateOf, ctx) : nothing;
    return html`
      <div class="base ${this.wide ? 'wide' : 'narrow'}" part="base">
        <div class="head">
          <p class="summary" part="summary" id="summary">${summary}</p>
          ${layout.hasResidual ? renderModes(layout.mode, this.onModeChange) : nothing}
          ${renderLegend(layout)}
        </div>
        ${renderFallbackNote(layout)}
        ${layout.rescaled
          ? html`<p class="note">Ratings written on a ${layout.rescaled.from}-level scale, shown on ${layout.rescaled.to} levels.</p>`
          : nothing}
        ${trayFirst ? tray : nothing}
        ${counts.rated
          ? nothing
          : html`<p class="unrated-note" style=${styleProps({ width: `${layout.width}px` })}>No risk has a likelihood and impact yet, so none is placed on the grid.</p>`}
        <div class="body">
          ${renderGrid({
            layout,
            risksById,
            stateOf,
            activeCell: this.activeCell,
            tipMarker: this.tipMarker,
            onKeydown: this.onGridKeydown,
            onCellFocus: this.onCellFocus,
            onMarkerClick: this.onMarkerClick,
            onMarkerFocus: this.onMarkerFocus,
            onMarkerHover: this.onMarkerHover,
            onMore: this.onMore,
          })}
          ${counts.rated ? renderPanel({ layout, index, risksById, stateOf, ctx, riskId: this.panelRisk(), cellKey: this.openCell, onChoose: this.onListChoose }) : nothing}
        </div>
        ${trayFirst ? nothing : tray}
        ${renderRiskTable(layout, index)}
      </div>
    `;
  }

  /**
   * The risk matrix as a standalone SVG document with all of its content (the matrix, the unrated tray and the details panel): its HTML in a
   * `foreignObject`, its styles and current colours inlined, every text escaped.
   */
  async toSVG(): Promise<string> {
    await this.updateComplete;
    const { exportHtmlView } = await import('../../export/index.js');
    return exportHtmlView(this).svg;
  }

  /**
   * The same picture as `toSVG()`, as a PNG at `scale` pixels per CSS pixel (default 2). Under a
   * Content-Security-Policy it needs `img-src data:`.
   */
  async toPNG(scale = 2): Promise<Blob> {
    await this.updateComplete;
    const { exportHtmlViewPng } = await import('../../export/index.js');
    return exportHtmlViewPng(this, scale);
  }
}
