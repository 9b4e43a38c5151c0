import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { RoadmapDataController } from '../../controllers/roadmap-data.js';
import { RoadmapSelectEvent } from '../../events/events.js';
import { layoutScorecard, STATUS_LABEL, STATUS_ORDER, type MetricTile, type ScorecardGroupBy, type ScorecardLayout, type ScorecardSection } from '../../layout/scorecard.js';
import type { MetricStatusValue } from '../../model/metrics.js';
import type { Roadmap } from '../../model/schema.js';
import { linkedIds } from '../../model/selectors.js';
import { hostStyles, statusStyles } from '../../styles/tokens.js';
import { renderInline } from '../../templates/inline-markdown.js';
import { renderIdle, renderStatus } from '../../templates/status.js';
import { styles } from './metric-scorecard.styles.js';

const GROUP_BY: readonly ScorecardGroupBy[] = ['group', 'initiative', 'status', 'none'];

/** "a, b c" → ["a", "b", "c"]. */
const idList = {
  fromAttribute: (value: string | null): string[] | undefined => (value ? value.split(/[\s,]+/).filter(Boolean) : undefined),
  toAttribute: (value: string[] | undefined): string | null => (value?.length ? value.join(' ') : null),
};

/**
 * Success metrics as tiles a leader reads at a glance: each metric's target as written and as
 * parsed (comparator, value, unit, kind), its current value when the roadmap has one, a status
 * (on track, at risk, off track, achieved, no data) derived from current vs target and direction,
 * a bullet graph and a sparkline when there is data, and the initiative it belongs to. Roadmaps
 * with targets only read as a list of targets. Duplicates (`sameAs`) are shown once.
 *
 * @summary Success metrics as tiles: target, current value, status, bullet graph and trend.
 *
 * @fires roadmap-select - A tile (`{kind: 'metric', id}`), an initiative on a tile or a section heading (`{kind: 'initiative', id}`), or a goal was chosen; Escape on the selected tile clears it (`{kind: null, id: null}`).
 *
 * @csspart summary - The line of counts per status above the tiles.
 * @csspart section - A group of tiles; `section-heading` is its heading.
 * @csspart section-heading - The heading of a section.
 * @csspart tiles - The grid of tiles in a section.
 * @csspart metric - A tile, with its status as a token (`status-on-track`, `status-at-risk`, `status-off-track`, `status-achieved`, `status-no-data`) and `selected` / `linked` when highlighted.
 * @csspart metric-name - The metric's name (a button that selects the metric).
 * @csspart metric-status - The status badge (with `status-<value>`).
 * @csspart metric-value - The current value, when there is one.
 * @csspart metric-target - The target: the headline without a current value, a line under it with one.
 * @csspart metric-kind - The target's kind and qualifiers (Level, Change, Multiplier; p95, per 4 vCPU node, by Q2; direction).
 * @csspart trend - Change since the previous value (with `trend-up`, `trend-down`, `trend-flat`, and `good` / `bad`).
 * @csspart bullet - The bullet graph.
 * @csspart sparkline - The sparkline of the history.
 * @csspart metric-raw - The metric as written.
 * @csspart metric-note - The note naming duplicates shown on this tile.
 * @csspart metric-initiative - The button naming the initiative (or goal) the metric belongs to.
 * @csspart empty - The message shown when there is nothing to show.
 * @csspart status - The loading or error box.
 *
 * @cssprop [--roadmap-metric-scorecard-tile-min-width=16rem] - Narrowest tile when columns are automatic.
 * @cssprop [--roadmap-metric-scorecard-gap=0.75rem] - Space between tiles and sections.
 * @cssprop [--roadmap-metric-scorecard-on-track=var(--roadmap-status-done)] - Colour of "on track".
 * @cssprop [--roadmap-metric-scorecard-achieved=var(--roadmap-status-done)] - Colour of "achieved".
 * @cssprop [--roadmap-metric-scorecard-at-risk=var(--roadmap-status-at-risk)] - Colour of "at risk".
 * @cssprop [--roadmap-metric-scorecard-off-track=var(--roadmap-status-blocked)] - Colour of "off track".
 * @cssprop [--roadmap-metric-scorecard-no-data=var(--roadmap-status-unknown)] - Colour of "no data".
 * @cssprop [--roadmap-metric-scorecard-band-poor=color-mix(in srgb, currentColor 26%, transparent)] - Bullet graph's poor range.
 * @cssprop [--roadmap-metric-scorecard-band-satisfactory=color-mix(in srgb, currentColor 15%, transparent)] - Bullet graph's satisfactory range.
 * @cssprop [--roadmap-metric-scorecard-band-good=color-mix(in srgb, currentColor 6%, transparent)] - Bullet graph's good range.
 * @cssprop [--roadmap-metric-scorecard-measure=var(--roadmap-color-text)] - Bullet graph's measure bar.
 * @cssprop [--roadmap-metric-scorecard-target=var(--roadmap-color-text)] - Bullet graph's target marker.
 * @cssprop [--roadmap-metric-scorecard-trend-good=var(--roadmap-status-done)] - An improving trend.
 * @cssprop [--roadmap-metric-scorecard-trend-bad=var(--roadmap-color-danger)] - A worsening trend.
 */
export class MetricScorecard extends LitElement {
  static override styles = [hostStyles, statusStyles, styles];

  private readonly data = new RoadmapDataController(this);

  /** The roadmap to draw (a model document); overrides the provider's. */
  @property({ attribute: false }) roadmap?: unknown;

  /** URL of a roadmap (`.json` or `.md`) for use without a provider. */
  @property() src?: string;

  /** "Today" (YYYY-MM-DD): picks the step of time-phased targets and the deadline for projections. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** Sections: `group` (metric groups, the default), `initiative`, `status` or `none`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: ScorecardGroupBy = 'group';

  /** Show only these metrics: ids separated by spaces or commas. */
  @property({ attribute: 'metric-ids', converter: idList }) metricIds?: string[];

  /** Show only the metrics of this metric group (its id or name). */
  @property() group?: string;

  /** Number of columns; 0 or absent fits as many tiles as the width allows. */
  @property({ type: Number }) columns?: number;

  /** Locale for numbers and dates (BCP 47, e.g. `de-DE`); else the roadmap's, else the page's `lang`. */
  @property() locale?: string;

  private layout?: ScorecardLayout;
  private linked = new Set<string>();
  private layoutKey: unknown[] = [];

  protected override willUpdate(_changed: PropertyValues): void {
    const roadmap = this.data.roadmap;
    if (!roadmap) {
      this.layout = undefined;
      this.layoutKey = [];
      return;
    }
    const groupBy = GROUP_BY.includes(this.groupBy) ? this.groupBy : 'group';
    const locale = this.locale || roadmap.meta.locale || this.closest('[lang]')?.getAttribute('lang') || undefined;
    const asOf = this.data.asOf ?? roadmap.meta.asOf?.start;
    const key = [roadmap, groupBy, this.metricIds?.join(' '), this.group, locale, asOf];
    if (key.some((k, i) => k !== this.layoutKey[i]) || !this.layout) {
      this.layout = layoutScorecard(roadmap, {
        groupBy,
        ...(this.metricIds?.length ? { metricIds: this.metricIds } : {}),
        ...(this.group ? { group: this.group } : {}),
        ...(locale ? { locale } : {}),
        ...(asOf ? { asOf } : {}),
      });
      this.layoutKey = key;
    }
    this.linked = linkedIds(roadmap, this.data.selection);
  }

  override render(): TemplateResult | typeof nothing {
    const status = renderStatus({ status: this.data.status, error: this.data.error, diagnostics: this.data.diagnostics });
    if (status !== nothing) return status as TemplateResult;
    const roadmap = this.data.roadmap;
    if (!roadmap || !this.layout) return renderIdle('scorecard');
    const layout = this.layout;
    if (layout.empty === 'no-metrics') {
      return html`<div class="empty" part="empty">
        This roadmap has no success metrics yet. Metrics come from “Success Metrics” or “KPIs” lists in Markdown, or the
        <code>metrics</code> array of the model.
      </div>`;
    }
    if (layout.empty === 'filtered') {
      return html`<div class="empty" part="empty">
        No metric matches ${this.group ? html`the group “${this.group}”` : nothing}${this.group && this.metricIds?.length ? ' and ' : ''}${this.metricIds?.length
          ? html`<code>metric-ids</code> (${this.metricIds.join(', ')})`
          : nothing}. This roadmap has ${layout.total} ${layout.total === 1 ? 'metric' : 'metrics'}.
      </div>`;
    }
    return html`${this.renderSummary(layout, roadmap)}
      ${repeat(
        layout.sections,
        (s) => s.key,
        (s, i) => this.renderSection(s, i),
      )}`;
  }

  private renderSummary(layout: ScorecardLayout, _roadmap: Roadmap): TemplateResult {
    const shown = STATUS_ORDER.filter((s) => layout.counts[s] > 0);
    return html`<p class="summary" part="summary">
      <span class="total">${layout.count} ${layout.count === 1 ? 'metric' : 'metrics'}</span>
      ${shown.map(
        (s) => html`<span class="count" data-status=${s}>${statusIcon(s)}${layout.counts[s]} ${STATUS_LABEL[s].toLowerCase()}</span> `,
      )}
      ${layout.withData === 0 ? html`<span>targets only: no current values yet</span>` : nothing}
    </p>`;
  }

  private renderSection(section: ScorecardSection, index: number): TemplateResult {
    const id = `section-${index}`;
    const heading =
      section.kind === 'initiative' && section.entityId
        ? html`<button type="button" @click=${() => this.select('initiative', section.entityId!)}>${section.label}</button>`
        : section.label;
    const columns = this.columns && this.columns > 0 ? Math.floor(this.columns) : undefined;
    return html`<section part="section" aria-labelledby=${section.label ? id : nothing} aria-label=${section.label ? nothing : 'Metrics'}>
      ${section.label
        ? html`<h3 class="section-heading" part="section-heading" id=${id}>
            ${heading} <span class="n">${section.tiles.length}</span>
          </h3>`
        : nothing}
      <ul
        class="tiles"
        part="tiles"
        role="list"
        ?data-columns=${columns !== undefined}
        style=${styleMap(columns ? { '--_columns': String(columns) } : {})}
        @keydown=${this.onKeydown}
      >
        ${repeat(
          section.tiles,
          (t) => t.id,
          (t) => this.renderTile(t, section),
        )}
      </ul>
    </section>`;
  }

  private renderTile(tile: MetricTile, section: ScorecardSection): TemplateResult {
    const selection = this.data.selection;
    const selected = selection?.kind === 'metric' && selection.id === tile.id;
    const linked = !selected && this.linked.has(tile.id);
    const parts = ['metric', `status-${tile.status.value}`, selected ? 'selected' : '', linked ? 'linked' : ''].filter(Boolean).join(' ');
    const showOwner = tile.owner && !(section.kind === 'initiative' && section.entityId === tile.owner.id);
    return html`<li
      class="tile ${selected ? 'selected' : ''} ${linked ? 'linked' : ''}"
      part=${parts}
      data-id=${tile.id}
      data-status=${tile.status.value}
      @click=${(e: Event) => this.onTileClick(e, tile)}
    >
      <div class="head">
        <button type="button" class="name" part="metric-name" data-id=${tile.id} aria-label=${tile.summary} aria-pressed=${selected ? 'true' : 'false'}>
          ${tile.name}
        </button>
        <span class="badge" part="metric-status status-${tile.status.value}" title=${`${tile.statusLabel}: ${tile.status.reason}`}>
          ${statusIcon(tile.status.value)}${tile.statusLabel}${tile.status.basis === 'stated' ? html`<span class="visually-hidden"> (stated)</span>` : nothing}
        </span>
      </div>
      ${tile.current ? this.renderWithValue(tile) : this.renderTargetOnly(tile)} ${this.renderKind(tile)}
      ${tile.bullet ? this.renderBullet(tile.bullet) : nothing}
      ${tile.raw ? html`<p class="raw" part="metric-raw"><q>${renderInline(tile.raw)}</q></p>` : nothing}
      ${tile.duplicates.length
        ? html`<p class="note" part="metric-note">
            Also listed as ${tile.duplicates.map((d, i) => html`${i ? ', ' : ''}“${d.name}”${d.group ? ` (${d.group})` : ''}`)}
          </p>`
        : nothing}
      ${showOwner
        ? html`<div class="foot">
            <button
              type="button"
              class="owner"
              part="metric-initiative"
              data-kind=${tile.owner!.kind}
              data-owner-id=${tile.owner!.id}
              title=${tile.owner!.label}
              @click=${(e: Event) => {
                e.stopPropagation();
                this.select(tile.owner!.kind, tile.owner!.id);
              }}
            >
              <span class="kind-word">${tile.owner!.kind === 'goal' ? 'Goal' : 'Initiative'}</span><span class="label">${tile.owner!.label}</span>
            </button>
          </div>`
        : nothing}
    </li>`;
  }

  private renderWithValue(tile: MetricTile): TemplateResult {
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
        ${tile.sparkline ? this.renderSparkline(tile.sparkline) : nothing}
      </div>
      ${tile.target
        ? html`<div class="target-line" part="metric-target">
            <span>Target <strong>${tile.target.text}</strong>${tile.target.subject ? ` ${tile.target.subject}` : ''}${tile.target.levelText ? html` <span class="level">(${tile.target.levelText})</span>` : nothing}</span>
            ${reason ? html`<span class="reason">· ${reason}</span>` : nothing}
          </div>`
        : nothing}`;
  }

  private renderTargetOnly(tile: MetricTile): TemplateResult {
    if (!tile.target) return html`<div class="headline qualitative" part="metric-target">No target stated</div>`;
    return html`<div class="headline ${tile.target.qualitative ? 'qualitative' : ''}" part="metric-target">
      <span class="eyebrow">Target</span>
      ${tile.target.text}${tile.target.subject ? html` <span class="subject">${tile.target.subject}</span>` : nothing}${tile.target.levelText
        ? html` <span class="level">(${tile.target.levelText})</span>`
        : nothing}
    </div>`;
  }

  private renderKind(tile: MetricTile): TemplateResult {
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

  private renderBullet(b: NonNullable<MetricTile['bullet']>): TemplateResult {
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
      <div class="ticks">${b.ticks.map((t) => html`<span style=${styleMap({ left: `${t.x * 100}%` })}>${t.label}</span>`)}</div>
    </div>`;
  }

  private renderSparkline(s: NonNullable<MetricTile['sparkline']>): TemplateResult {
    return html`<div class="spark" part="sparkline" data-points=${s.points} aria-hidden="true">
      <svg viewBox="0 0 ${s.width} ${s.height}" preserveAspectRatio="none" focusable="false">
        ${s.targetY !== undefined
          ? svg`<line class="target-line-spark" x1="0" x2=${s.width} y1=${s.targetY * s.height} y2=${s.targetY * s.height} vector-effect="non-scaling-stroke"></line>`
          : nothing}
        <path d=${s.path} vector-effect="non-scaling-stroke"></path>
      </svg>
      <span class="dot" style=${styleMap({ left: `${s.last.x * 100}%`, top: `${s.last.y * 100}%` })}></span>
    </div>`;
  }

  private onTileClick(event: Event, tile: MetricTile): void {
    const path = event.composedPath();
    // Clicks on the initiative button are handled there; text selection is not a click.
    if (path.some((n) => n instanceof HTMLElement && n.classList.contains('owner'))) return;
    if (window.getSelection()?.toString()) return;
    this.select('metric', tile.id);
  }

  private onKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (!target.classList?.contains('name')) return;
    if (event.key === 'Escape') {
      const sel = this.data.selection;
      if (sel?.kind === 'metric' && sel.id === target.dataset.id) {
        event.preventDefault();
        this.dispatchEvent(new RoadmapSelectEvent({ kind: null, id: null }));
      }
      return;
    }
    const names = [...(this.renderRoot as ShadowRoot).querySelectorAll<HTMLButtonElement>('button.name')];
    const i = names.indexOf(target as HTMLButtonElement);
    let next: number | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = Math.min(names.length - 1, i + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = Math.max(0, i - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = names.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    names[next]?.focus();
  };

  private select(kind: 'metric' | 'initiative' | 'goal', id: string): void {
    this.dispatchEvent(new RoadmapSelectEvent({ kind, id }));
  }
}

/** A small shape per status, so status never rests on colour alone. */
function statusIcon(status: MetricStatusValue): TemplateResult {
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
