/**
 * The risk matrix's templates around the grid: the mode switch, the band legend, notes, the
 * details panel, the unrated tray and the screen-reader table. Plain functions of their
 * arguments; the element owns state and events.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../../templates/style-props.js';
import type { MatrixLayout, MatrixMode, MatrixRisk } from '../../layout/risk-matrix.js';
import type { Risk } from '../../model/schema.js';
import type { RoadmapIndex } from '../../model/selectors.js';
import { describePlacement, renderRiskDetails, type RiskDetailsContext } from './risk-details.js';

const MODES: Array<{ value: MatrixMode; label: string }> = [
  { value: 'inherent', label: 'Inherent' },
  { value: 'residual', label: 'Residual' },
  { value: 'both', label: 'Both' },
];

/** Selection state of a risk as a part / class token: `selected`, `linked`, `dimmed` or ''. */
export type StateOf = (id: string) => string;

/** Which risks lack the rating the mode asks for. */
export function renderFallbackNote(layout: MatrixLayout): TemplateResult | typeof nothing {
  if (layout.mode === 'both') return nothing;
  const missing = layout.risks.filter((r) => r.fallback);
  if (!missing.length) return nothing;
  const other = layout.mode === 'residual' ? 'inherent' : 'residual';
  const names = missing.map((r) => r.number).join(', ');
  return html`<p class="note">
    ${missing.length === 1 ? `${names} has` : `${names} have`} no ${layout.mode} rating; the ${other} one is shown with a dotted outline.
  </p>`;
}

/** The inherent / residual / both switch; `onChange` gets the mode the user chose. */
export function renderModes(mode: MatrixMode, onChange: (mode: MatrixMode) => void): TemplateResult {
  return html`<fieldset class="modes" part="modes">
    <legend class="visually-hidden">Ratings shown</legend>
    ${MODES.map(
      (m) => html`<label class="mode">
        <input
          type="radio"
          name="mode"
          .value=${m.value}
          .checked=${mode === m.value}
          @change=${() => onChange(m.value)}
        /><span>${m.label}</span>
      </label>`,
    )}
  </fieldset>`;
}

/** Bands with their score ranges and, once risks are rated, how many sit in each. */
export function renderLegend(layout: MatrixLayout): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label="Risk bands">
    ${layout.legend.map(
      (b) => html`<li class="legend-item" part="legend-item band-${b.key}" data-band=${b.key}>
        <span class="swatch" data-band=${b.key} style=${styleProps(b.color ? { '--_cell-bg': b.color } : {})} aria-hidden="true"></span>
        <span class="legend-label">${b.label}</span>${b.range ? html` <span class="range">${b.range}</span>` : nothing}${layout.counts.rated
          ? html` <span class="count">(${b.count})</span>`
          : nothing}
      </li>`,
    )}
  </ul>`;
}

/** What the details panel shows and how it answers. */
export interface PanelOptions {
  layout: MatrixLayout;
  index: RoadmapIndex;
  risksById: Map<string, MatrixRisk>;
  stateOf: StateOf;
  ctx: RiskDetailsContext;
  /** The risk to describe. */
  riskId?: string | undefined;
  /** The cell to list (after Enter on a crowded cell or its "+N"). */
  cellKey?: string | undefined;
  /** A risk of the list was chosen. */
  onChoose: (id: string) => void;
}

/** One risk in full, else the risks of a cell, else the highest risks. */
export function renderPanel({ layout, index, risksById, stateOf, ctx, riskId, cellKey, onChoose }: PanelOptions): TemplateResult {
  const risk = riskId ? index.risks.get(riskId) : undefined;
  const entry = riskId ? risksById.get(riskId) : undefined;
  if (risk && entry) {
    return html`<section class="panel" part="details" aria-label="Risk details" data-id=${risk.id}>
      <article class="risk-card">${renderRiskDetails(risk, entry, ctx)}</article>
    </section>`;
  }
  const cell = cellKey ? layout.cells.find((c) => c.key === cellKey) : undefined;
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
              @click=${() => onChoose(id)}>
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

/** Risks with no likelihood or impact, grouped by category, as cards. */
export function renderTray(layout: MatrixLayout, index: RoadmapIndex, risksById: Map<string, MatrixRisk>, stateOf: StateOf, ctx: RiskDetailsContext): TemplateResult {
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
            (id) => renderTrayRisk(index.risks.get(id)!, risksById.get(id)!, stateOf(id), cardCtx),
          )}
        </ul>
      </section>`,
    )}
    </div>
  </section>`;
}

function renderTrayRisk(risk: Risk, entry: MatrixRisk, selState: string, ctx: RiskDetailsContext): TemplateResult {
  const parts = ['risk', 'unrated', selState].filter(Boolean).join(' ');
  return html`<li class="risk-card ${selState}" part=${parts} data-id=${risk.id}>
    ${renderRiskDetails(risk, entry, ctx, { titleButton: true, pressed: selState === 'selected' })}
  </li>`;
}

/** Every risk as a table, for screen readers. */
export function renderRiskTable(layout: MatrixLayout, index: RoadmapIndex): TemplateResult {
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
