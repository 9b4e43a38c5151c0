import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../../templates/style-props.js';
import { RoadmapDataController } from '../../controllers/roadmap-data.js';
import { RoadmapSelectEvent } from '../../events/events.js';
import { layoutScorecard, type MetricTile, type ScorecardGroupBy, type ScorecardLayout, type ScorecardSection } from '../../layout/scorecard.js';
import { linkedIds } from '../../model/selectors.js';
import { printStyles } from '../../styles/print.js';
import { bandTokens } from '../../styles/bands.js';
import { hostStyles, statusStyles } from '../../styles/tokens.js';
import { renderInline } from '../../templates/inline-markdown.js';
import { renderIdle, renderStatus } from '../../templates/status.js';
import { styles } from './metric-scorecard.styles.js';
import { renderBullet, renderKind, renderSummary, renderTargetOnly, renderWithValue, statusIcon } from './metric-scorecard.templates.js';
import { moveAmongTiles } from './tile-navigation.js';

const GROUP_BY: readonly ScorecardGroupBy[] = ['group', 'initiative', 'status', 'none'];
const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

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
  static override styles = [hostStyles, bandTokens, statusStyles, styles, printStyles];

  /** @internal */
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

  /** @internal */
  private layout?: ScorecardLayout;
  /** @internal */
  private linked = new Set<string>();
  /** @internal */
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
    const status = renderStatus({ status: this.data.status, error: this.data.error, diagnostics: this.data.diagnostics, inProvider: this.data.inProvider });
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
    return html`${renderSummary(layout)}
      ${repeat(
        layout.sections,
        (s) => s.key,
        (s, i) => this.renderSection(s, i),
      )}`;
  }

  /** @internal */
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
        style=${styleProps(columns ? { '--_columns': String(columns) } : {})}
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

  /** @internal */
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
      ${tile.current ? renderWithValue(tile) : renderTargetOnly(tile)} ${renderKind(tile)}
      ${tile.bullet ? renderBullet(tile.bullet) : nothing}
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

  /** @internal */
  private onTileClick(event: Event, tile: MetricTile): void {
    const path = event.composedPath();
    // Clicks on the initiative button are handled there; text selection is not a click.
    if (path.some((n) => n instanceof HTMLElement && n.classList.contains('owner'))) return;
    if (window.getSelection()?.toString()) return;
    this.select('metric', tile.id);
  }

  /** @internal */
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
    if (!NAVIGATION_KEYS.has(event.key)) return;
    const names = [...(this.renderRoot as ShadowRoot).querySelectorAll<HTMLButtonElement>('button.name')];
    const from = names.indexOf(target as HTMLButtonElement);
    if (from < 0) return;
    // Up and Down go by the rows the tiles fall into, so read where the tiles are.
    const boxes = names.map((n) => (n.closest('li') ?? n).getBoundingClientRect());
    const next = moveAmongTiles(boxes, from, event.key, { rtl: getComputedStyle(this).direction === 'rtl' });
    if (next === undefined) return;
    event.preventDefault();
    names[next]?.focus();
  };

  /** @internal */
  private select(kind: 'metric' | 'initiative' | 'goal', id: string): void {
    /** @ignore Documented on the class (`@fires roadmap-select`). */
    this.dispatchEvent(new RoadmapSelectEvent({ kind, id }));
  }

  /**
   * The scorecard as a standalone SVG document with all of its content (every tile): its HTML in a
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
