/**
 * Templates of the scorecard's pieces that need nothing from the element: the status summary,
 * a tile's value and target, its chips, bullet graph and sparkline, and the status icons.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { styleProps } from '../../templates/style-props.js';
import { STATUS_LABEL, STATUS_ORDER, type MetricTile, type ScorecardLayout } from '../../layout/scorecard.js';
import type { MetricStatusValue } from '../../model/metrics.js';

/** The line of counts per status above the tiles. */
export function renderSummary(layout: ScorecardLayout): TemplateResult {
  const shown = STATUS_ORDER.filter((s) => layout.counts[s] > 0);
  return html`<p class="summary" part="summary">
    <span class="total">${layout.count} ${layout.count === 1 ? 'metric' : 'metrics'}</span>
    ${shown.map(
      (s) => html`<span class="count" data-status=${s}>${statusIcon(s)}${layout.counts[s]} ${STATUS_LABEL[s].toLowerCase()}</span> `,
    )}
    ${layout.withData === 0 ? html`<span>targets only: no current values yet</span>` : nothing}
  </p>`;
}

/** A tile with a current value: the value, its trend and sparkline, then the target line. */
export function renderWithValue(tile: MetricTile): TemplateResult {
  const trend = tile.trend;
  const reason = tile.status.basis === 'computed' && (tile.status.value === 'at-risk' || tile.status.value === 'off-track') ? tile.status.reason : undefined;
  return html`<div class="value-row">
      <div class="value">
        <span class="big ${tile.current!.text.length > 9 ? 'long' : ''}" part="metric-value">${tile.current!.text}</span>
        ${trend
        ? html`<span
            class="trend ${trend.good === true ? 'good' : trend.good === false ? 'bad' : ''}"
            part="trend trend-${trend.direction}${trend.good === true ? ' good' : trend.good === false ? ' bad' : ''}"
          >
            <span class="arrow" aria-hidden="true">${trend.direction === 'up' ? '▲' : trend.direction === 'down' ? '▼' : '▶'}</span>
            <span class="delta">${trend.text}</span>${trend.since ? html`<span>since ${trend.since}</span>` : nothing}
          </span>`
        : nothing}
      </div>
      ${tile.sparkline ? renderSparkline(tile.sparkline) : nothing}
    </div>
    ${tile.target
      ? html`<div class="target-line" part="metric-target">
          <span>Target <strong>${tile.target.text}</strong>${tile.target.subject ? ` ${tile.target.subject}` : ''}${tile.target.levelText ? html` <span class="level">(${tile.target.levelText})</span>` : nothing}</span>
          ${reason ? html`<span class="reason">· ${reason}</span>` : nothing}
        </div>`
      : nothing}`;
}

/** A tile without a current value: the target is the headline. */
export function renderTargetOnly(tile: MetricTile): TemplateResult {
  if (!tile.target) return html`<div class="headline qualitative" part="metric-target">No target stated</div>`;
  return html`<div class="headline ${tile.target.qualitative ? 'qualitative' : ''}" part="metric-target">
    <span class="eyebrow">Target</span>
    ${tile.target.text}${tile.target.subject ? html` <span class="subject">${tile.target.subject}</span>` : nothing}${tile.target.levelText
      ? html` <span class="level">(${tile.target.levelText})</span>`
      : nothing}
  </div>`;
}

/** The target's kind, qualifiers, direction and steps, as chips. */
export function renderKind(tile: MetricTile): TemplateResult {
  const items = [...(tile.target?.qualifiers ?? [])];
  const steps = tile.target?.steps;
  const arrow = tile.direction === 'higher-is-better' ? '↑ ' : tile.direction === 'lower-is-better' ? '↓ ' : tile.direction === 'in-range' ? '↔ ' : '';
  return html`<ul class="kind" part="metric-kind" aria-label="Target details">
    <li class="mode">${tile.modeLabel}</li>
    ${items.map((q) => html`<li>${q}</li>`)}
    ${tile.directionLabel ? html`<li><span aria-hidden="true">${arrow}</span>${tile.directionLabel}</li>` : tile.target && !tile.target.qualitative ? html`<li>direction unclear</li>` : nothing}
    ${steps ? html`<li title=${steps.join(' · ')}>${steps.length} steps</li>` : nothing}
  </ul>`;
}

/** The bullet graph (the geometry is in fractions of the width). */
export function renderBullet(b: NonNullable<MetricTile['bullet']>): TemplateResult {
  const pct = (x: number) => `${x * 100}`;
  return html`<div class="bullet" part="bullet" data-scale=${b.scale} ?data-reversed=${b.reversed} aria-hidden="true">
    <svg viewBox="0 0 100 14" preserveAspectRatio="none" focusable="false">
      ${b.bands.map((band) => svg`<rect class="band band-${band.key}" x=${pct(band.x0)} width=${(band.x1 - band.x0) * 100} y="0" height="14"></rect>`)}
      <rect class="measure" x=${pct(b.measure.x0)} width=${Math.max(0.6, (b.measure.x1 - b.measure.x0) * 100)} y="4.5" height="5"></rect>
      ${b.baseline
        ? svg`<line class="baseline-mark" x1=${pct(b.baseline.x)} x2=${pct(b.baseline.x)} y1="1" y2="13" vector-effect="non-scaling-stroke"></line>`
        : nothing}
      ${svg`<line class="target-mark" x1=${pct(b.target.x)} x2=${pct(b.target.x)} y1="1.5" y2="12.5" vector-effect="non-scaling-stroke"></line>`}
      ${b.target.x2 !== undefined
        ? svg`<line class="target-mark" x1=${pct(b.target.x2)} x2=${pct(b.target.x2)} y1="1.5" y2="12.5" vector-effect="non-scaling-stroke"></line>`
        : nothing}
    </svg>
    <div class="ticks">${b.ticks.map((t) => html`<span style=${styleProps({ left: `${t.x * 100}%` })}>${t.label}</span>`)}</div>
  </div>`;
}

/** The sparkline, with the target level as a dashed line and a dot on the last value. */
export function renderSparkline(s: NonNullable<MetricTile['sparkline']>): TemplateResult {
  return html`<div class="spark" part="sparkline" data-points=${s.points} aria-hidden="true">
    <svg viewBox="0 0 ${s.width} ${s.height}" preserveAspectRatio="none" focusable="false">
      ${s.targetY !== undefined
        ? svg`<line class="target-line-spark" x1="0" x2=${s.width} y1=${s.targetY * s.height} y2=${s.targetY * s.height} vector-effect="non-scaling-stroke"></line>`
        : nothing}
      <path d=${s.path} vector-effect="non-scaling-stroke"></path>
    </svg>
    <span class="dot" style=${styleProps({ left: `${s.last.x * 100}%`, top: `${s.last.y * 100}%` })}></span>
  </div>`;
}

/** A small shape per status, so status never rests on colour alone. */
export function statusIcon(status: MetricStatusValue): TemplateResult {
  const shape =
    status === 'on-track'
      ? svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.6"></circle><path d="M5 8.2l2 2 4-4.2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"></path>`
      : status === 'achieved'
        ? svg`<circle cx="8" cy="8" r="7" fill="currentColor"></circle><path d="M4.8 8.2l2.2 2.2 4.3-4.6" fill="none" stroke="Canvas" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"></path>`
        : status === 'at-risk'
          ? svg`<path d="M8 1.8l6.6 11.6H1.4z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"></path><path d="M8 6v3.4" stroke="currentColor" stroke-width="1.7" stroke-linecap="round"></path><circle cx="8" cy="11.4" r="0.95" fill="currentColor"></circle>`
          : status === 'off-track'
            ? svg`<path d="M5.2 1.5h5.6l3.7 3.7v5.6l-3.7 3.7H5.2l-3.7-3.7V5.2z" fill="currentColor"></path><path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4" stroke="Canvas" stroke-width="1.7" stroke-linecap="round"></path>`
            : svg`<circle cx="8" cy="8" r="6.3" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.6 2"></circle>`;
  return html`<svg class="icon" data-status=${status} viewBox="0 0 16 16" aria-hidden="true" focusable="false">${shape}</svg>`;
}
