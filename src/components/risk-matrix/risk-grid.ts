/**
 * The risk matrix's grid as a template: a `role="grid"` of cells (roving tabindex on the active
 * cell), risk markers placed by the layout, inherent → residual arrows, and a tooltip. The
 * element owns the state and answers through the handlers.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../../templates/style-props.js';
import type { MatrixCell, MatrixLayout, MatrixMarker, MatrixRisk } from '../../layout/risk-matrix.js';
import { describePlacement } from './risk-details.js';
import type { StateOf } from './risk-matrix.templates.js';

type Box = { x: number; y: number; width: number; height: number };

/** What the grid draws and how it answers. */
export interface GridView {
  layout: MatrixLayout;
  risksById: Map<string, MatrixRisk>;
  stateOf: StateOf;
  /** The cell holding the tab stop ("L-I"). */
  activeCell?: string | undefined;
  /** The marker whose title shows as a tooltip. */
  tipMarker?: string | undefined;
  onKeydown: (event: KeyboardEvent) => void;
  onCellFocus: (cell: MatrixCell) => void;
  onMarkerClick: (marker: MatrixMarker) => void;
  onMarkerFocus: (marker: MatrixMarker) => void;
  /** The pointer entered a marker (`true`), or left it or focus did (`false`). */
  onMarkerHover: (marker: MatrixMarker, on: boolean) => void;
  /** The "+N" marker of a crowded cell was pressed. */
  onMore: (cell: MatrixCell) => void;
}

/** The grid: axis titles and labels, cells with their markers, the arrows and the tooltip. */
export function renderGrid(view: GridView): TemplateResult {
  const { layout, risksById, stateOf } = view;
  const px = (n: number) => `${n}px`;
  const box = (b: Box) => ({ left: px(b.x), top: px(b.y), width: px(b.width), height: px(b.height) });
  const tip = layout.markers.find((m) => m.key === view.tipMarker);
  const tipRisk = tip ? risksById.get(tip.riskId) : undefined;
  const n = layout.columnHeaders.length;
  return html`<div class="matrix" style=${styleProps({ width: px(layout.width), height: px(layout.height) })}>
    <span class="axis-title row-title" part="axis-title" aria-hidden="true"
      style=${styleProps({ left: px(layout.rowAxis.x), top: px(layout.rowAxis.y), width: px(layout.rowAxis.length) })}
      >${layout.rowAxis.title} →</span
    >
    <span class="axis-title col-title" part="axis-title" aria-hidden="true"
      style=${styleProps({ left: px(layout.plot.x), top: px(layout.columnAxis.y - 11), width: px(layout.plot.width) })}
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
      @keydown=${view.onKeydown}
    >
      ${repeat(
        layout.rows,
        (row) => row.header.level,
        (row) => html`<div class="row" role="row" aria-rowindex=${row.index + 1}>
          <div class="axis-label row-label" part="axis-label" role="rowheader" aria-colindex="1" style=${styleProps(box(row.header))}>
            <span>${row.header.label}</span>
          </div>
          ${repeat(row.cells, (c) => c.key, (c) => renderCell(view, c, box))}
        </div>`,
      )}
      <div class="row" role="row" aria-rowindex=${layout.rows.length + 1}>
        ${layout.columnHeaders.map(
          (h, i) => html`<div class="axis-label col-label" part="axis-label" role="columnheader" aria-colindex=${i + 2} style=${styleProps(box(h))}>
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
      ? html`<div class="tip" aria-hidden="true" style=${styleProps({ left: px(Math.min(Math.max(tip.x + tip.width / 2, 90), layout.width - 90)), top: px(tip.y - 6) })}>
          ${tipRisk.title}
        </div>`
      : nothing}
  </div>`;
}

function renderCell(view: GridView, cell: MatrixCell, box: (b: Box) => Record<string, string>): TemplateResult {
  const { layout, risksById, stateOf } = view;
  const active = cell.key === view.activeCell;
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
    style=${styleProps({ ...box(cell), ...(cell.bandColor ? { '--_cell-bg': cell.bandColor } : {}) })}
    @focus=${() => view.onCellFocus(cell)}
  >
    <span class="visually-hidden">${label}</span>
    ${showLabel || layout.compact ? html`<span class="cell-label" part="cell-label" aria-hidden="true">${labelText}</span>` : nothing}
    ${repeat(
      cell.markers,
      (m) => m.key,
      (m) => renderMarker(view, m, risksById.get(m.riskId)!, stateOf(m.riskId), active, cell),
    )}
    ${cell.overflow
      ? html`<button
          type="button"
          class="more"
          part="more"
          tabindex=${active ? 0 : -1}
          aria-label=${`${cell.overflow.count} more in this cell: list all ${count}`}
          style=${styleProps(localBox(cell.overflow, cell))}
          @click=${() => view.onMore(cell)}
        >
          +${cell.overflow.count}${layout.markerStyle === 'pill' ? ' more' : ''}
        </button>`
      : nothing}
  </div>`;
}

/** A box inside a cell, positioned relative to the cell. */
function localBox(b: Box, cell: MatrixCell): Record<string, string> {
  return { left: `${b.x - cell.x}px`, top: `${b.y - cell.y}px`, width: `${b.width}px`, height: `${b.height}px` };
}

function renderMarker(view: GridView, m: MatrixMarker, risk: MatrixRisk, selState: string, active: boolean, cell: MatrixCell): TemplateResult {
  const { layout } = view;
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
    style=${styleProps(localBox(m, cell))}
    @click=${() => view.onMarkerClick(m)}
    @focus=${() => view.onMarkerFocus(m)}
    @blur=${() => view.onMarkerHover(m, false)}
    @pointerenter=${() => view.onMarkerHover(m, true)}
    @pointerleave=${() => view.onMarkerHover(m, false)}
  >
    <span class="num">${risk.number}</span>${layout.markerStyle === 'pill' ? html` <span class="marker-title">${risk.title}</span>` : nothing}
  </button>`;
}
