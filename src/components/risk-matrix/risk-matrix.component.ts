import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { RoadmapDataController } from '../../controllers/roadmap-data.js';
import { RoadmapSelectEvent } from '../../events/events.js';
import {
  layoutRiskMatrix,
  type MatrixCell,
  type MatrixLayout,
  type MatrixMarker,
  type MatrixMode,
  type MatrixOrientation,
  type MatrixRisk,
} from '../../layout/risk-matrix.js';
import { isRiskMatrixSize, type RiskMatrixSize } from '../../model/risk.js';
import type { Risk, Roadmap } from '../../model/schema.js';
import { indexRoadmap, linkedIds } from '../../model/selectors.js';
import { hostStyles, statusStyles } from '../../styles/tokens.js';
import { renderIdle, renderStatus } from '../../templates/status.js';
import { describePlacement, renderRiskDetails, threatenedIds, type RiskDetailsContext } from './risk-details.js';
import { styles } from './risk-matrix.styles.js';
import { createTextMeasurer, SizeController } from './size-controller.js';

const MODES: Array<{ value: MatrixMode; label: string }> = [
  { value: 'inherent', label: 'Inherent' },
  { value: 'residual', label: 'Residual' },
  { value: 'both', label: 'Both' },
];
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
 * @csspart empty - The message shown when the roadmap lists no risks.
 * @csspart status - The loading or error box.
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
  static override styles = [hostStyles, statusStyles, styles];

  private readonly data = new RoadmapDataController(this);
  private readonly resize = new SizeController(this);
  private readonly measureText = createTextMeasurer(this);
  private layout?: MatrixLayout;
  private layoutKey = '';
  private wide = false;

  /** The cell the keyboard is on ("L-I"). */
  @state() private activeCell?: string;
  /** The risk shown in the panel (last focused or clicked marker). */
  @state() private detailRisk?: string;
  /** The cell listed in the panel (after Enter on a crowded cell or its "+N"). */
  @state() private openCell?: string;
  /** The marker under the pointer or focus, for the tooltip. */
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

  /** Which ratings are placed: `inherent`, `residual`, or `both` with an arrow for each move. */
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

  private layoutRoadmap?: Roadmap;

  // ───────── events ─────────

  private select(kind: 'initiative' | 'milestone' | 'risk', id: string): void {
    this.dispatchEvent(new RoadmapSelectEvent({ kind, id }));
  }

  private readonly onMarkerClick = (marker: MatrixMarker) => {
    this.detailRisk = marker.riskId;
    this.openCell = undefined;
    this.select('risk', marker.riskId);
  };

  private onMarkerFocus(marker: MatrixMarker): void {
    this.activeCell = marker.cell;
    this.tipMarker = marker.key;
    this.detailRisk = marker.riskId;
    this.openCell = undefined;
  }

  private openCellList(cell: MatrixCell): void {
    this.openCell = cell.key;
    this.detailRisk = undefined;
    this.activeCell = cell.key;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="details"] button')?.focus());
  }

  private focusCell(key: string): void {
    this.activeCell = key;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-cell="${key}"]`)?.focus());
  }

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
    const nRows = layout.rows.length;
    const nCols = layout.columnHeaders.length;
    let { row, col } = cell;
    switch (event.key) {
      case 'ArrowUp':
        row = Math.max(0, row - 1);
        break;
      case 'ArrowDown':
        row = Math.min(nRows - 1, row + 1);
        break;
      case 'ArrowLeft':
        col = Math.max(0, col - 1);
        break;
      case 'ArrowRight':
        col = Math.min(nCols - 1, col + 1);
        break;
      case 'Home':
        col = 0;
        if (event.ctrlKey) row = 0;
        break;
      case 'End':
        col = nCols - 1;
        if (event.ctrlKey) row = nRows - 1;
        break;
      case 'PageUp':
        row = 0;
        break;
      case 'PageDown':
        row = nRows - 1;
        break;
      case 'Enter':
      case ' ':
      case 'F2': {
        event.preventDefault();
        if (cell.overflow) this.openCellList(cell);
        else cellEl.querySelector<HTMLElement>('[part~="risk"]')?.focus();
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    const next = layout.rows[row]?.cells[col];
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
    const tray = counts.unrated ? this.renderTray(layout, index, risksById, stateOf, ctx) : nothing;
    return html`
      <div class="base ${this.wide ? 'wide' : 'narrow'}" part="base">
        <div class="head">
          <p class="summary" part="summary" id="summary">${summary}</p>
          ${layout.hasResidual ? this.renderModes() : nothing}
          ${this.renderLegend(layout)}
        </div>
        ${this.renderFallbackNote(layout)}
        ${layout.rescaled
          ? html`<p class="note">Ratings written on a ${layout.rescaled.from}-level scale, shown on ${layout.rescaled.to} levels.</p>`
          : nothing}
        ${trayFirst ? tray : nothing}
        <div class="body">
          ${this.renderMatrix(layout, risksById, stateOf)}
          ${counts.rated ? this.renderPanel(layout, index, risksById, stateOf, ctx) : nothing}
        </div>
        ${trayFirst ? nothing : tray}
        ${this.renderTable(layout, index)}
      </div>
    `;
  }

  private renderFallbackNote(layout: MatrixLayout): TemplateResult | typeof nothing {
    if (layout.mode === 'both') return nothing;
    const missing = layout.risks.filter((r) => r.fallback);
    if (!missing.length) return nothing;
    const other = layout.mode === 'residual' ? 'inherent' : 'residual';
    const names = missing.map((r) => r.number).join(', ');
    return html`<p class="note">
      ${missing.length === 1 ? `${names} has` : `${names} have`} no ${layout.mode} rating; the ${other} one is shown with a dotted outline.
    </p>`;
  }

  private renderModes(): TemplateResult {
    return html`<fieldset class="modes" part="modes">
      <legend class="visually-hidden">Ratings shown</legend>
      ${MODES.map(
        (m) => html`<label class="mode">
          <input
            type="radio"
            name="mode"
            .value=${m.value}
            .checked=${this.mode === m.value}
            @change=${() => {
              this.mode = m.value;
            }}
          /><span>${m.label}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  private renderLegend(layout: MatrixLayout): TemplateResult {
    return html`<ul class="legend" part="legend" aria-label="Risk bands">
      ${layout.legend.map(
        (b) => html`<li class="legend-item" part="legend-item band-${b.key}" data-band=${b.key}>
          <span class="swatch" data-band=${b.key} style=${styleMap(b.color ? { '--_cell-bg': b.color } : {})} aria-hidden="true"></span>
          <span class="legend-label">${b.label}</span>${b.range ? html` <span class="range">${b.range}</span>` : nothing}${layout.counts.rated
            ? html` <span class="count">(${b.count})</span>`
            : nothing}
        </li>`,
      )}
    </ul>`;
  }

  private renderMatrix(layout: MatrixLayout, risksById: Map<string, MatrixRisk>, stateOf: (id: string) => string): TemplateResult {
    const px = (n: number) => `${n}px`;
    const box = (b: { x: number; y: number; width: number; height: number }) => ({ left: px(b.x), top: px(b.y), width: px(b.width), height: px(b.height) });
    const tip = layout.markers.find((m) => m.key === this.tipMarker);
    const tipRisk = tip ? risksById.get(tip.riskId) : undefined;
    const n = layout.columnHeaders.length;
    return html`<div class="matrix" style=${styleMap({ width: px(layout.width), height: px(layout.height) })}>
      <span class="axis-title row-title" part="axis-title" aria-hidden="true"
        style=${styleMap({ left: px(layout.rowAxis.x), top: px(layout.rowAxis.y), width: px(layout.rowAxis.length) })}
        >${layout.rowAxis.title} →</span
      >
      <span class="axis-title col-title" part="axis-title" aria-hidden="true"
        style=${styleMap({ left: px(layout.plot.x), top: px(layout.columnAxis.y - 11), width: px(layout.plot.width) })}
        >${layout.columnAxis.title} →</span
      >
      <div
        class="grid"
        part="grid"
        role="grid"
        aria-label=${`Risk matrix: ${layout.rowAxis.title.toLowerCase()} by ${layout.columnAxis.title.toLowerCase()}`}
        aria-describedby="summary"
        aria-rowcount=${layout.rows.length + 1}
        aria-colcount=${n + 1}
        @keydown=${this.onGridKeydown}
      >
        ${repeat(
          layout.rows,
          (row) => row.header.level,
          (row) => html`<div class="row" role="row" aria-rowindex=${row.index + 1}>
            <div class="axis-label row-label" part="axis-label" role="rowheader" aria-colindex="1" style=${styleMap(box(row.header))}>
              <span>${row.header.label}</span>
            </div>
            ${repeat(row.cells, (c) => c.key, (c) => this.renderCell(layout, c, risksById, stateOf, box))}
          </div>`,
        )}
        <div class="row" role="row" aria-rowindex=${layout.rows.length + 1}>
          ${layout.columnHeaders.map(
            (h, i) => html`<div class="axis-label col-label" part="axis-label" role="columnheader" aria-colindex=${i + 2} style=${styleMap(box(h))}>
              <span>${h.label}</span>
            </div>`,
          )}
        </div>
      </div>
      ${layout.arrows.length
        ? html`<svg class="arrows" aria-hidden="true" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}">
            <defs>
              <marker id="arrowhead" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,1L9,5L0,9z" class="arrowhead"></path>
              </marker>
            </defs>
            ${repeat(
              layout.arrows,
              (a) => a.riskId,
              (a) => svg`<path class="arrow ${stateOf(a.riskId)}" part="arrow ${stateOf(a.riskId)}" data-id=${a.riskId} d=${a.d} marker-end="url(#arrowhead)"></path>`,
            )}
          </svg>`
        : nothing}
      ${tip && tipRisk
        ? html`<div class="tip" aria-hidden="true" style=${styleMap({ left: px(Math.min(Math.max(tip.x + tip.width / 2, 90), layout.width - 90)), top: px(tip.y - 6) })}>
            ${tipRisk.title}
          </div>`
        : nothing}
      ${layout.counts.rated === 0
        ? html`<p class="unrated-note" style=${styleMap(box(layout.plot))}>
            <span>No risk has a likelihood and impact yet, so none is placed on the grid.</span>
          </p>`
        : nothing}
    </div>`;
  }

  private renderCell(
    layout: MatrixLayout,
    cell: MatrixCell,
    risksById: Map<string, MatrixRisk>,
    stateOf: (id: string) => string,
    box: (b: { x: number; y: number; width: number; height: number }) => Record<string, string>,
  ): TemplateResult {
    const active = cell.key === this.activeCell;
    const count = cell.riskIds.length;
    const what = `${cell.likelihoodLabel} likelihood, ${cell.impactLabel.toLowerCase()} impact`;
    const band = cell.bandLabel ? `${cell.score !== undefined ? `score ${cell.score}, ` : ''}${cell.bandLabel.toLowerCase()}` : '';
    const label = `${what}: ${band}. ${count ? `${count} ${count === 1 ? 'risk' : 'risks'}` : 'No risks'}.`;
    const parts = ['cell', cell.band ? `band-${cell.band}` : '', count ? 'occupied' : 'empty', active ? 'active' : ''].filter(Boolean).join(' ');
    const showLabel = cell.width >= 64;
    const labelText = cell.width >= 110 && cell.bandLabel ? `${cell.bandLabel}${cell.score !== undefined ? ` · ${cell.score}` : ''}` : `${cell.score ?? cell.bandLabel ?? ''}`;
    return html`<div
      class="cell"
      part=${parts}
      role="gridcell"
      aria-colindex=${cell.col + 2}
      data-cell=${cell.key}
      data-band=${cell.band ?? nothing}
      data-likelihood=${cell.likelihood}
      data-impact=${cell.impact}
      tabindex=${active ? 0 : -1}
      style=${styleMap({ ...box(cell), ...(cell.bandColor ? { '--_cell-bg': cell.bandColor } : {}) })}
      @focus=${() => {
        this.activeCell = cell.key;
      }}
    >
      <span class="visually-hidden">${label}</span>
      ${showLabel || layout.compact ? html`<span class="cell-label" part="cell-label" aria-hidden="true">${labelText}</span>` : nothing}
      ${repeat(
        cell.markers,
        (m) => m.key,
        (m) => this.renderMarker(layout, m, risksById.get(m.riskId)!, stateOf(m.riskId), active, cell),
      )}
      ${cell.overflow
        ? html`<button
            type="button"
            class="more"
            part="more"
            tabindex=${active ? 0 : -1}
            aria-label=${`${cell.overflow.count} more in this cell: list all ${count}`}
            style=${styleMap(this.localBox(cell.overflow, cell))}
            @click=${() => this.openCellList(cell)}
          >
            +${cell.overflow.count}${layout.markerStyle === 'pill' ? ' more' : ''}
          </button>`
        : nothing}
    </div>`;
  }

  private localBox(b: { x: number; y: number; width: number; height: number }, cell: MatrixCell): Record<string, string> {
    return { left: `${b.x - cell.x}px`, top: `${b.y - cell.y}px`, width: `${b.width}px`, height: `${b.height}px` };
  }

  private renderMarker(layout: MatrixLayout, m: MatrixMarker, risk: MatrixRisk, selState: string, active: boolean, cell: MatrixCell): TemplateResult {
    const placement = m.kind === 'inherent' ? risk.inherent : m.kind === 'residual' ? risk.residual : risk.residual ?? risk.inherent;
    const band = placement?.band;
    const parts = ['risk', band ? `band-${band}` : '', m.kind, m.ghost ? 'ghost' : '', risk.fallback ? 'fallback' : '', selState].filter(Boolean).join(' ');
    const kindText =
      m.kind === 'both'
        ? 'inherent and residual'
        : risk.fallback
          ? `${m.kind} (no ${layout.mode} rating)`
          : layout.mode === 'both' && risk.inherent && risk.residual
            ? m.kind === 'inherent'
              ? 'inherent, before mitigation'
              : 'residual, after mitigation'
            : m.kind;
    const name = `${risk.number}. ${risk.title}: ${kindText}, ${placement ? describePlacement(placement) : ''}`;
    return html`<button
      type="button"
      class="marker ${layout.markerStyle} ${m.ghost ? 'ghost' : ''} ${risk.fallback ? 'fallback' : ''} ${selState}"
      part=${parts}
      data-id=${m.riskId}
      data-kind=${m.kind}
      data-band=${band ?? nothing}
      aria-label=${name}
      aria-pressed=${selState === 'selected' ? 'true' : 'false'}
      tabindex=${active ? 0 : -1}
      style=${styleMap(this.localBox(m, cell))}
      @click=${() => this.onMarkerClick(m)}
      @focus=${() => this.onMarkerFocus(m)}
      @blur=${() => {
        if (this.tipMarker === m.key) this.tipMarker = undefined;
      }}
      @pointerenter=${() => {
        this.tipMarker = m.key;
      }}
      @pointerleave=${() => {
        if (this.tipMarker === m.key) this.tipMarker = undefined;
      }}
    >
      <span class="num">${risk.number}</span>${layout.markerStyle === 'pill' ? html` <span class="marker-title">${risk.title}</span>` : nothing}
    </button>`;
  }

  private renderPanel(
    layout: MatrixLayout,
    index: ReturnType<typeof indexRoadmap>,
    risksById: Map<string, MatrixRisk>,
    stateOf: (id: string) => string,
    ctx: RiskDetailsContext,
  ): TemplateResult {
    const selection = this.data.selection;
    const riskId = this.openCell ? undefined : (this.detailRisk ?? (selection?.kind === 'risk' ? selection.id : undefined));
    const risk = riskId ? index.risks.get(riskId) : undefined;
    const entry = riskId ? risksById.get(riskId) : undefined;
    if (risk && entry) {
      return html`<section class="panel" part="details" aria-label="Risk details" data-id=${risk.id}>
        <article class="risk-card">${renderRiskDetails(risk, entry, ctx)}</article>
      </section>`;
    }
    const cell = this.openCell ? layout.cells.find((c) => c.key === this.openCell) : undefined;
    const ids = cell
      ? cell.riskIds
      : [...layout.risks]
          .filter((r) => r.current)
          .sort((a, b) => (b.current?.score ?? 0) - (a.current?.score ?? 0))
          .slice(0, 6)
          .map((r) => r.id);
    const title = cell ? `${cell.likelihoodLabel} × ${cell.impactLabel}` : 'Highest risks';
    const sub = cell
      ? `${cell.bandLabel ?? ''}${cell.score !== undefined ? ` · score ${cell.score}` : ''} · ${ids.length} ${ids.length === 1 ? 'risk' : 'risks'}`
      : layout.mode === 'inherent'
        ? 'Before mitigation. Choose a risk for its mitigation and what it threatens.'
        : 'Choose a risk for its mitigation and what it threatens.';
    return html`<section class="panel" part="details" aria-labelledby="panel-title">
      <h3 id="panel-title" class="panel-title">${title}</h3>
      <p class="panel-sub">${sub}</p>
      <ul class="risk-list">
        ${repeat(
          ids,
          (id) => id,
          (id) => {
            const r = risksById.get(id)!;
            const p = r.current;
            return html`<li>
              <button type="button" class="list-risk ${stateOf(id)}" data-id=${id} data-band=${p?.band ?? nothing}
                @click=${() => {
                  this.detailRisk = id;
                  this.openCell = undefined;
                  this.select('risk', id);
                }}>
                <span class="num" data-band=${p?.band ?? nothing}>${r.number}</span>
                <span class="list-title">${r.title}</span>
                ${p ? html`<span class="list-score">${p.score ?? ''} ${p.bandLabel ?? ''}</span>` : nothing}
              </button>
            </li>`;
          },
        )}
      </ul>
    </section>`;
  }

  private renderTray(
    layout: MatrixLayout,
    index: ReturnType<typeof indexRoadmap>,
    risksById: Map<string, MatrixRisk>,
    stateOf: (id: string) => string,
    ctx: RiskDetailsContext,
  ): TemplateResult {
    const grouped = layout.tray.length > 1 || layout.tray[0]?.category !== undefined;
    const cardCtx: RiskDetailsContext = { ...ctx, level: grouped ? 4 : 3, markUnrated: false };
    return html`<section class="tray" part="tray" aria-labelledby="tray-title">
      <h2 class="tray-title" id="tray-title">
        Unrated risks <span class="badge" aria-label=${`${layout.counts.unrated} risks`}>${layout.counts.unrated}</span>
      </h2>
      <p class="tray-sub">No likelihood or impact recorded yet${layout.counts.rated ? '' : ' for any risk'}; not placed on the grid.</p>
      <div class="groups ${grouped ? 'columns' : 'single'}">
      ${repeat(
        layout.tray,
        (g) => g.label,
        (g) => html`<section class="tray-group" part="tray-group" aria-label=${grouped ? `${g.label} risks` : 'Unrated risks'}>
          ${grouped ? html`<h3 class="group-title">${g.label} <span class="badge">${g.riskIds.length}</span></h3>` : nothing}
          <ul class="cards">
            ${repeat(
              g.riskIds,
              (id) => id,
              (id) => this.renderTrayRisk(index.risks.get(id)!, risksById.get(id)!, stateOf(id), cardCtx),
            )}
          </ul>
        </section>`,
      )}
      </div>
    </section>`;
  }

  private renderTrayRisk(risk: Risk, entry: MatrixRisk, selState: string, ctx: RiskDetailsContext): TemplateResult {
    const parts = ['risk', 'unrated', selState].filter(Boolean).join(' ');
    return html`<li class="risk-card ${selState}" part=${parts} data-id=${risk.id}>
      ${renderRiskDetails(risk, entry, ctx, { titleButton: true, pressed: selState === 'selected' })}
    </li>`;
  }

  private renderTable(layout: MatrixLayout, index: ReturnType<typeof indexRoadmap>): TemplateResult {
    const rating = (p: MatrixRisk['inherent']) => (p ? describePlacement(p) : '—');
    return html`<div class="visually-hidden"><table part="table">
      <caption>Risks as a table</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Risk</th>
          <th scope="col">Category</th>
          <th scope="col">Inherent</th>
          <th scope="col">Residual</th>
          <th scope="col">Status</th>
          <th scope="col">Owner</th>
          <th scope="col">Mitigation</th>
          <th scope="col">Threatens</th>
        </tr>
      </thead>
      <tbody>
        ${layout.risks.map((r) => {
          const risk = index.risks.get(r.id)!;
          return html`<tr>
            <td>${r.number}</td>
            <th scope="row">${r.title}</th>
            <td>${r.category ?? ''}</td>
            <td>${r.rated ? rating(r.inherent) : 'Unrated'}</td>
            <td>${r.rated ? rating(r.residual) : 'Unrated'}</td>
            <td>${risk.status ?? ''}</td>
            <td>${risk.owner?.text ?? ''}</td>
            <td>${(risk.mitigations ?? []).map((m) => m.text).join('; ')}</td>
            <td>${(risk.affects ?? []).map((a) => (a.id && index.initiatives.get(a.id)?.title) || a.text).join(', ')}</td>
          </tr>`;
        })}
      </tbody>
    </table></div>`;
  }
}
