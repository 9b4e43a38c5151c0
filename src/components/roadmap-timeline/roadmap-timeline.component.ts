import { html, LitElement, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { PrintController } from '../../controllers/print-controller.js';
import { RoadmapDataController } from '../../controllers/roadmap-data.js';
import { ZoomController, type ZoomLimits, type ZoomView } from '../../controllers/zoom-controller.js';
import { RoadmapRangeChangeEvent, RoadmapSelectEvent } from '../../events/events.js';
import { axisRows, chooseScale, dayToDate, formatDate, pxPerDayForScale, type AxisTick, type TimeScale } from '../../layout/timeline-axis.js';
import { STATUS_LABELS, truncateText, type GroupBy } from '../../layout/timeline-lanes.js';
import { barDates, barsInRows, besideGap, COLUMN, placeBarLabel, describeBar, layoutTimeline, scheduleText, type BarLayout, type MilestoneLayout, type TimelineLayout } from '../../layout/timeline.js';
import { isPlainDate, toDayNumber } from '../../model/dates.js';
import type { Roadmap } from '../../model/schema.js';
import { indexRoadmap, linkedIds, type Selection } from '../../model/selectors.js';
import { printStyles } from '../../styles/print.js';
import { hostStyles, statusStyles } from '../../styles/tokens.js';
import { renderAxis } from '../../templates/axis.js';
import { styleProps } from '../../templates/style-props.js';
import { tableRows, type TableRow } from '../../templates/table-rows.js';
import { renderLegend } from '../../templates/legend.js';
import { renderIdle, renderStatus } from '../../templates/status.js';
import { loadExport, renderTimelinePrint, timelineToPng, timelineToSvg } from './roadmap-timeline.export.js';
import { styles } from './roadmap-timeline.styles.js';
import { createTextMeasurer, type MeasureText } from './text-measure.js';

const AXIS_ROW = 24;
const OVERSCAN = 160;
/** Up to this many bars in the rows in view are all drawn, whatever their x: zoom and pan then only move them. */
const ROW_BARS = 600;
const LABEL_FONT_PX = 12;
const TABLE_PAGE = 100;
const TRAY_LIMIT = 200;

interface Tip {
  id: string;
  kind: 'initiative' | 'milestone';
  left: number;
  top: number;
  below: boolean;
}

/**
 * Initiatives as bars on a time axis, in lanes, with milestones, dependency arrows, a today
 * marker, zoom and pan. Relative periods with no anchor date (Now / Next / Later horizons) are
 * drawn as ordered columns instead of invented dates; items with no time at all go to an
 * "Unscheduled" tray. Only the rows in view are in the DOM, so 10,000 initiatives stay fluid.
 *
 * Keyboard: Tab reaches the current item; arrows move between items in lane order; Home/End;
 * Enter or Space selects; `+`/`−` zoom; `0` fits; Shift + arrows pan; Escape clears the selection.
 *
 * @summary The roadmap on a time axis: lanes, bars, milestones, dependencies, zoom and pan.
 *
 * @fires roadmap-select - An item was chosen (click, Enter, Space). `detail: {kind: 'initiative' | 'milestone', id}`; `{kind: null, id: null}` on Escape.
 * @fires roadmap-range-change - The visible range changed through zoom or pan. `detail: {start, end, scale}` (calendar mode only).
 * @fires roadmap-load - Its own `src` or `.roadmap` loaded.
 * @fires roadmap-error - Its own `src` or `.roadmap` could not be loaded.
 *
 * @csspart toolbar - The bar above the chart with the legend and zoom buttons.
 * @csspart legend - The status legend (`legend-item` for each entry).
 * @csspart button - Every toolbar button (`zoom-in`, `zoom-out`, `fit`, `today` name each).
 * @csspart viewport - The scrolling area holding header and lanes.
 * @csspart header - The sticky header: axis rows and milestone band.
 * @csspart axis - The time axis; `tick`, `top-tick`, `bottom-tick` for its cells.
 * @csspart lane - A lane's label block (`lane-label` for its toggle button, `collapsed` when folded).
 * @csspart bar - An initiative's bar, with state tokens `status-<status>`, `selected`, `linked`, `open-start`, `soft`, `approximate`, `conflict`.
 * @csspart bar-label - The text of a bar.
 * @csspart milestone - A milestone diamond (and `selected`, `linked`).
 * @csspart dependency - A dependency arrow (and `conflict`).
 * @csspart today - The today line.
 * @csspart tooltip - The hover and focus tooltip.
 * @csspart unscheduled - The tray of items with no place on the axis; `unscheduled-item` for each.
 * @csspart unresolved - The list of dependencies that are not drawn.
 *
 * @cssprop [--roadmap-timeline-max-height=100vh] - Tallest the chart grows before it scrolls inside.
 * @cssprop [--roadmap-timeline-header-background] - Background of the sticky header (default: the raised surface colour).
 * @cssprop [--roadmap-timeline-lane-background] - Background of every other lane.
 * @cssprop [--roadmap-status-done=#1a7f37] - Status colours (`--roadmap-status-<status>`) tint bars and the legend.
 * @cssprop [--roadmap-color-selection=#f0a400] - Outline of the selected item.
 * @cssprop [--roadmap-color-danger=#b42318] - Dependency conflicts.
 * @cssprop [--roadmap-color-accent=#0b5cad] - The today line.
 */
export class RoadmapTimeline extends LitElement {
  static override styles = [hostStyles, statusStyles, styles, printStyles];

  /** The roadmap to draw (a model object); overrides the provider's. */
  @property({ attribute: false }) roadmap?: unknown;

  /** URL of a roadmap (`.json` or `.md`) to draw without a provider. */
  @property() src?: string;

  /** "Today" (YYYY-MM-DD) for the today marker; defaults to the provider's, then none. Never the clock. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** Date (YYYY-MM-DD) that relative periods ("Next 3 months") count from. Without it (and without a date in the roadmap) they are drawn as ordered Now / Next / Later columns. */
  @property() anchor?: string;

  /** Header unit to open with: `month`, `quarter`, `half` or `year`. Zooming changes it. Default: fit the content. */
  @property() scale?: TimeScale;

  /** First day to show (YYYY-MM-DD); with `to`, the opening range. */
  @property() from?: string;

  /** Last day to show (YYYY-MM-DD). */
  @property() to?: string;

  /** Lanes: `theme`, `team`, `product`, `period`, `status`, `priority`, `none`, or `auto` (theme, product or team when the roadmap uses them). */
  @property({ attribute: 'group-by' }) groupBy: GroupBy = 'auto';

  /** Hide dependency arrows. */
  @property({ type: Boolean, attribute: 'without-dependencies' }) withoutDependencies = false;

  /** Hide the legend. */
  @property({ type: Boolean, attribute: 'without-legend' }) withoutLegend = false;

  /** The current layout (read-only; for tests and tools). */
  get layout(): TimelineLayout | undefined {
    return this._layout;
  }

  /** The visible range and header unit, or undefined before the first render. */
  get visibleRange(): { start: string; end: string; scale: TimeScale } | undefined {
    const l = this._layout;
    const v = this.zoom.view;
    if (!l || !v || l.mode !== 'calendar') return undefined;
    return { start: dayToDate(v.u0), end: dayToDate(v.u0 + l.plotWidth / v.k - 1), scale: chooseScale(v.k) };
  }

  /** Zoom in one step. */
  zoomIn(): void {
    this.zoom.zoomBy(1.5, undefined, 'api');
  }

  /** Zoom out one step. */
  zoomOut(): void {
    this.zoom.zoomBy(1 / 1.5, undefined, 'api');
  }

  /** Show the days from `start` to `end` (YYYY-MM-DD), without re-running the layout. */
  showRange(start: string, end: string): void {
    const l = this._layout;
    const a = isPlainDate(start) ? toDayNumber(start) : NaN;
    const b = isPlainDate(end) ? toDayNumber(end) : NaN;
    if (!l || l.mode !== 'calendar' || !Number.isFinite(a) || !Number.isFinite(b) || b < a) return;
    this.zoom.show(a, b + 1, 'api');
  }

  /** Show all content. */
  fit(): void {
    this.zoom.fit('api');
  }

  private readonly data = new RoadmapDataController(this);
  private readonly zoom = new ZoomController(this, {
    limits: () => this.limits(),
    onUserChange: () => this.scheduleRangeEvent(),
  });

  @state() private width = 0;
  @state() private scrollY0 = 0;
  /** Height of the scrolling viewport (from its ResizeObserver). Not reactive: see `drawnBottom`. */
  private viewportHeight = 0;
  /** Lowest row pixel the last render drew; a taller viewport re-renders only past it. */
  private drawnBottom = 0;
  @state() private collapsed: ReadonlySet<string> = new Set();
  @state() private activeId?: string;
  @state() private tip?: Tip;
  @state() private tablePage = 0;

  private _layout?: TimelineLayout;
  /** Viewport height to draw rows for until the ResizeObserver reports the real one. */
  private viewportEstimate = 900;
  private layoutKey: unknown[] = [];
  private measure: MeasureText = createTextMeasurer(`${LABEL_FONT_PX}px system-ui, sans-serif`);
  private fontKey = '';
  private resizeObserver?: ResizeObserver;
  private observedViewport?: Element;
  private rangeFrame = 0;
  private scrollFrame = 0;
  private linkedCache?: { roadmap: Roadmap; selection?: Selection; ids: Set<string> };
  private titleCache?: { roadmap: Roadmap; layout?: TimelineLayout; get: (id: string) => string };

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      for (const entry of entries) {
        if (entry.target === this) {
          const w = Math.floor(entry.contentRect.width);
          if (w > 0 && w !== this.width) this.width = w;
        } else {
          const h = Math.floor(entry.contentRect.height);
          if (h !== this.viewportHeight) {
            this.viewportHeight = h;
            // A viewport that shrank, or grew within the rows already drawn, needs no render.
            if (this.scrollY0 + h + OVERSCAN > this.drawnBottom) this.requestUpdate();
          }
        }
      }
    });
    this.resizeObserver.observe(this);
    if (this.observedViewport) this.resizeObserver.observe(this.observedViewport);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    cancelAnimationFrame(this.rangeFrame);
    cancelAnimationFrame(this.scrollFrame);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const roadmap = this.data.status === 'ready' ? this.data.roadmap : undefined;
    if (!roadmap) {
      this._layout = undefined;
      this.layoutKey = [];
      return;
    }
    if (!this.width || !this.viewportHeight) {
      // Before the observers report: the host's box (its height bounds the viewport's, so the first
      // render draws no rows that the next one, with the exact height, would take out again).
      const box = this.getBoundingClientRect();
      if (!this.width) this.width = Math.floor(box.width) || 800;
      if (!this.viewportHeight) this.viewportEstimate = Math.min(Math.floor(box.height) || Infinity, window.innerHeight || 900);
    }
    if (!this.fontKey) this.updateMeasurer();
    const asOf = this.validDate(this.data.asOf);
    const anchor = this.validDate(this.anchor);
    const scale = this.scale && ['month', 'quarter', 'half', 'year'].includes(this.scale) ? this.scale : undefined;
    const key = [roadmap, this.width, asOf, anchor, this.groupBy, this.collapsed, scale, this.from, this.to, this.fontKey];
    const prev = this._layout;
    if (!prev || key.some((v, i) => v !== this.layoutKey[i])) {
      this._layout = layoutTimeline(roadmap, {
        width: this.width,
        measureText: this.measure,
        ...(asOf ? { asOf } : {}),
        ...(anchor ? { anchor } : {}),
        groupBy: this.groupBy,
        collapsed: this.collapsed,
        ...(scale ? { scale } : {}),
        ...(this.from ? { from: this.from } : {}),
        ...(this.to ? { to: this.to } : {}),
      });
      const reframe = !prev || key[0] !== this.layoutKey[0] || key[6] !== this.layoutKey[6] || key[7] !== this.layoutKey[7] || key[8] !== this.layoutKey[8] || prev.mode !== this._layout.mode;
      this.layoutKey = key;
      if (reframe || !this.zoom.view) this.zoom.set(this.initialView(this._layout), this.zoom.fitted || reframe);
      else if (this.zoom.fitted) this.zoom.set(this.zoom.fitView()!, true);
      else this.zoom.set(this.zoom.view);
      if (reframe) {
        this.collapsedReset(changed);
        this.tablePage = 0;
      }
    }
  }

  private collapsedReset(_changed: PropertyValues<this>): void {
    // New roadmap: forget which item had focus if it is gone.
    if (this.activeId && !this._layout!.bars.some((b) => b.id === this.activeId) && !this._layout!.milestones.some((m) => m.id === this.activeId)) this.activeId = undefined;
  }

  private validDate(value: string | undefined): string | undefined {
    return value && isPlainDate(value) ? value : undefined;
  }

  private updateMeasurer(): void {
    const cs = getComputedStyle(this);
    const key = cs.fontFamily;
    if (key === this.fontKey) return;
    this.fontKey = key;
    this.measure = createTextMeasurer(`${LABEL_FONT_PX}px ${key || 'system-ui, sans-serif'}`);
  }

  private limits(): ZoomLimits | undefined {
    const l = this._layout;
    if (!l) return undefined;
    const span = Math.max(1, l.domain[1] - l.domain[0]);
    const fitK = l.plotWidth / span;
    if (l.mode === 'ordinal') return { domain: l.domain, width: l.plotWidth, minK: fitK, maxK: Math.max(fitK, l.plotWidth / (COLUMN * 0.9)) };
    return { domain: l.domain, width: l.plotWidth, minK: Math.min(fitK / 2, l.plotWidth / (366 * 12)), maxK: 64 };
  }

  private initialView(l: TimelineLayout): ZoomView {
    if (l.mode === 'calendar') {
      const from = this.from && isPlainDate(this.from) ? toDayNumber(this.from) : NaN;
      const to = this.to && isPlainDate(this.to) ? toDayNumber(this.to) : NaN;
      if (Number.isFinite(from) && Number.isFinite(to) && to >= from) return { u0: from, k: l.plotWidth / (to - from + 1) };
      if (this.scale) {
        const k = pxPerDayForScale(this.scale);
        return { u0: Number.isFinite(from) ? from : l.domain[0], k };
      }
      if (Number.isFinite(from)) return { u0: from, k: l.plotWidth / Math.max(1, l.domain[1] - from) };
    }
    return this.zoom.fitView() ?? { u0: l.domain[0], k: l.plotWidth / Math.max(1, l.domain[1] - l.domain[0]) };
  }

  protected override updated(): void {
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (viewport) {
      this.zoom.attach(viewport);
      if (viewport !== this.observedViewport) {
        if (this.observedViewport) this.resizeObserver?.unobserve(this.observedViewport);
        this.observedViewport = viewport;
        this.resizeObserver?.observe(viewport);
      }
    }
  }

  // ───────── events ─────────

  private scheduleRangeEvent(): void {
    if (this.rangeFrame) return;
    this.rangeFrame = requestAnimationFrame(() => {
      this.rangeFrame = 0;
      const range = this.visibleRange;
      if (range) this.dispatchEvent(new RoadmapRangeChangeEvent(range));
    });
  }

  private readonly onScroll = (e: Event): void => {
    const target = e.currentTarget as HTMLElement;
    if (this.tip) this.tip = undefined;
    if (this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      this.scrollY0 = target.scrollTop;
    });
  };

  private markOf(e: Event): HTMLElement | SVGElement | undefined {
    for (const node of e.composedPath()) {
      if (node === this) return undefined;
      if (node instanceof Element && (node as HTMLElement).dataset?.['id'] && node.hasAttribute('data-kind')) return node as SVGElement;
    }
    return undefined;
  }

  private readonly onClick = (e: MouseEvent): void => {
    const mark = this.markOf(e);
    if (!mark) return;
    const id = mark.dataset['id']!;
    const kind = mark.dataset['kind'] as 'initiative' | 'milestone';
    this.activeId = id;
    this.dispatchEvent(new RoadmapSelectEvent({ kind, id }));
  };

  private readonly onPointerOver = (e: PointerEvent): void => {
    if (e.buttons) return;
    const mark = this.markOf(e);
    if (mark) this.showTip(mark);
    else if (this.tip) this.tip = undefined;
  };

  private readonly onPointerLeave = (): void => {
    if (this.tip && !this.renderRoot.querySelector(':focus-visible[data-id]')) this.tip = undefined;
  };

  private readonly onFocusIn = (e: FocusEvent): void => {
    const mark = this.markOf(e);
    if (!mark) return;
    this.activeId = mark.dataset['id'];
    this.showTip(mark);
  };

  private readonly onFocusOut = (): void => {
    this.tip = undefined;
  };

  private showTip(mark: Element): void {
    const frame = this.renderRoot.querySelector('.frame');
    if (!frame) return;
    const f = frame.getBoundingClientRect();
    const r = mark.getBoundingClientRect();
    const id = (mark as HTMLElement).dataset['id']!;
    const kind = (mark as HTMLElement).dataset['kind'] as Tip['kind'];
    const below = r.top - f.top < 120;
    const left = Math.min(Math.max(8, Math.max(r.left, f.left) - f.left), Math.max(8, f.width - 300));
    const top = below ? r.bottom - f.top + 6 : r.top - f.top - 6;
    if (this.tip?.id === id && this.tip.left === left && this.tip.top === top) return;
    this.tip = { id, kind, left, top, below };
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const l = this._layout;
    if (!l) return;
    const target = e.composedPath()[0] as Element | undefined;
    if (target?.closest?.('button, input, select, a')) {
      if (!['+', '=', '-', '_', '0'].includes(e.key)) return;
    }
    const mark = this.markOf(e);
    switch (e.key) {
      case '+':
      case '=':
        this.zoom.zoomBy(1.5, this.anchorPx(mark), 'keyboard');
        break;
      case '-':
      case '_':
        this.zoom.zoomBy(1 / 1.5, this.anchorPx(mark), 'keyboard');
        break;
      case '0':
        this.zoom.fit('keyboard');
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'ArrowUp':
      case 'ArrowDown':
        if (e.shiftKey || !mark) {
          if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') this.zoom.panBy((e.key === 'ArrowLeft' ? -1 : 1) * l.plotWidth * 0.2, 'keyboard');
          else return;
        } else this.moveFocus(mark.dataset['id']!, e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Home':
      case 'End':
        if (!mark) return;
        this.moveTo(e.key === 'Home' ? 0 : this.focusCount() - 1);
        break;
      case 'Enter':
      case ' ':
        if (!mark) return;
        this.dispatchEvent(new RoadmapSelectEvent({ kind: mark.dataset['kind'] as 'initiative' | 'milestone', id: mark.dataset['id']! }));
        break;
      case 'Escape':
        if (this.tip) this.tip = undefined;
        else if (this.data.selection) this.dispatchEvent(new RoadmapSelectEvent({ kind: null, id: null }));
        else return;
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  private anchorPx(mark: Element | undefined): number | undefined {
    const l = this._layout;
    const v = this.zoom.view;
    if (!mark || !l || !v) return undefined;
    const id = (mark as HTMLElement).dataset['id'];
    const bar = l.bars.find((b) => b.id === id);
    const m = l.milestones.find((x) => x.id === id);
    const u = bar ? (bar.x0 + bar.x1) / 2 : m?.x;
    return u === undefined ? undefined : (u - v.u0) * v.k;
  }

  /** Focus order: milestones left to right, then bars in lane order. */
  private focusCount(): number {
    const l = this._layout!;
    return l.milestones.length + l.focusOrder.length;
  }

  private focusAt(i: number): { id: string; kind: 'milestone' | 'initiative' } | undefined {
    const l = this._layout!;
    if (i < l.milestones.length) return { id: l.milestones[i]!.id, kind: 'milestone' };
    const b = l.bars[l.focusOrder[i - l.milestones.length]!];
    return b ? { id: b.id, kind: 'initiative' } : undefined;
  }

  private moveFocus(fromId: string, delta: number): void {
    const l = this._layout!;
    let i = l.milestones.findIndex((m) => m.id === fromId);
    if (i < 0) {
      const bi = l.bars.findIndex((b) => b.id === fromId);
      i = l.milestones.length + l.focusOrder.indexOf(bi);
    }
    this.moveTo(Math.min(this.focusCount() - 1, Math.max(0, i + delta)));
  }

  private moveTo(i: number): void {
    const item = this.focusAt(i);
    const l = this._layout!;
    if (!item) return;
    this.activeId = item.id;
    if (item.kind === 'initiative') {
      const bar = l.bars.find((b) => b.id === item.id)!;
      const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
      if (viewport) {
        const header = this.headerHeight();
        const visibleTop = viewport.scrollTop;
        const visibleBottom = visibleTop + viewport.clientHeight - header;
        if (bar.rowTop < visibleTop + 4 || bar.rowTop + l.rowHeight > visibleBottom - 4) {
          viewport.scrollTop = Math.max(0, bar.rowTop - (viewport.clientHeight - header) / 2);
          this.scrollY0 = viewport.scrollTop;
        }
      }
      this.zoom.reveal(bar.x0, bar.x1, 24, 'keyboard');
    } else {
      const m = l.milestones.find((x) => x.id === item.id)!;
      this.zoom.reveal(m.x, m.x, 40, 'keyboard');
    }
    void this.updateComplete.then(() => {
      const el = this.renderRoot.querySelector<HTMLElement | SVGElement>(`[data-kind][data-id="${CSS.escape(item.id)}"]`);
      el?.focus({ preventScroll: true });
    });
  }

  private toggleLane(id: string): void {
    const next = new Set(this.collapsed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.collapsed = next;
  }

  private jumpToToday(): void {
    const l = this._layout;
    if (l?.today === undefined) return;
    const v = this.zoom.view!;
    this.zoom.panBy((l.today - v.u0) * v.k - l.plotWidth / 3, 'button');
  }

  // ───────── derived ─────────

  private linked(roadmap: Roadmap): Set<string> {
    const selection = this.data.selection;
    const c = this.linkedCache;
    if (c && c.roadmap === roadmap && c.selection === selection) return c.ids;
    const ids = linkedIds(roadmap, selection);
    this.linkedCache = { roadmap, ...(selection ? { selection } : {}), ids };
    return ids;
  }

  /** Titles by id: bars from the layout's index; anything else (rarely asked) from an index of the roadmap, built on first need. */
  private titles(roadmap: Roadmap): (id: string) => string {
    const l = this._layout;
    if (this.titleCache?.roadmap === roadmap && this.titleCache.layout === l) return this.titleCache.get;
    const get = (id: string) => {
      const bar = l?.barsById.get(id);
      if (bar) return bar.title;
      const index = indexRoadmap(roadmap);
      return index.initiatives.get(id)?.title ?? index.milestones.get(id)?.title ?? id;
    };
    this.titleCache = { roadmap, layout: l, get };
    return get;
  }

  private headerHeight(): number {
    const l = this._layout;
    return 2 * AXIS_ROW + (l ? this.bandHeight(l) : 0);
  }

  private bandHeight(l: TimelineLayout): number {
    return l.milestoneBand || (l.today !== undefined ? 8 : 0);
  }

  // ───────── render ─────────

  protected override render(): TemplateResult | typeof nothing {
    const { status, error, diagnostics } = this.data;
    if (status === 'loading' || status === 'error') return renderStatus({ status, error, diagnostics, inProvider: this.data.inProvider });
    const roadmap = this.data.roadmap;
    if (status === 'idle' || !roadmap) return renderIdle('timeline');
    const l = this._layout;
    const v = this.zoom.view;
    if (!l || !v) return nothing;
    const empty = !l.bars.length && !l.milestones.length && !l.lanes.some((x) => x.collapsed);
    return html`<div class="frame" part="frame">
      ${this.renderToolbar(l)}
      ${empty
        ? html`<div class="empty" part="empty">${roadmap.initiatives.length ? 'None of this roadmap’s initiatives has a date, period or horizon yet, so nothing can be placed on the time axis. They are listed below.' : 'This roadmap has no initiatives or milestones to place on a timeline yet.'}</div>`
        : this.renderViewport(roadmap, l, v)}
      ${guard([l, this.data.selection, this.withoutDependencies], () => this.renderTray(l))}
      ${guard([l, this.tablePage], () => this.renderTable(roadmap, l, this.tablePage))} ${this.renderTip(roadmap, l)}
      ${this.print.active ? renderTimelinePrint(this, roadmap, l, this.exportOptions()) : nothing}
    </div>`;
  }

  private renderToolbar(l: TimelineLayout): TemplateResult {
    const scale = l.mode === 'calendar' && this.zoom.view ? chooseScale(this.zoom.view.k) : undefined;
    return html`<div class="toolbar" part="toolbar">
      ${this.withoutLegend
        ? html`<span></span>`
        : guard([l], () => renderLegend({
            statuses: l.statuses,
            openStart: l.bars.some((b) => b.startOpen),
            soft: l.bars.some((b) => b.soft && !b.startOpen),
            approximate: l.bars.some((b) => b.approximate),
            conflict: !this.withoutDependencies && l.dependencies.some((d) => d.conflict),
            ...(l.today !== undefined ? { today: formatDate(dayToDate(l.today), 'day', l.fiscalYearStartMonth) } : {}),
          }))}
      <div class="controls" role="toolbar" aria-label="Zoom and pan">
        ${scale ? html`<span class="scale-name" aria-live="polite">${scale === 'month' ? 'Months' : scale === 'quarter' ? 'Quarters' : scale === 'half' ? 'Halves' : 'Years'}</span>` : nothing}
        <button part="button zoom-out" type="button" aria-label="Zoom out" title="Zoom out (−)" @click=${() => this.zoom.zoomBy(1 / 1.5)}>−</button>
        <button part="button zoom-in" type="button" aria-label="Zoom in" title="Zoom in (+)" @click=${() => this.zoom.zoomBy(1.5)}>+</button>
        <button part="button fit" type="button" title="Show everything (0)" @click=${() => this.zoom.fit()}>Fit</button>
        ${l.today !== undefined ? html`<button part="button today" type="button" title="Scroll to today" @click=${() => this.jumpToToday()}>Today</button>` : nothing}
      </div>
    </div>`;
  }

  private renderViewport(roadmap: Roadmap, l: TimelineLayout, v: ZoomView): TemplateResult {
    const header = this.headerHeight();
    const viewportHeight = this.viewportHeight || this.viewportEstimate;
    const top = this.scrollY0 - OVERSCAN;
    const bottom = this.scrollY0 + viewportHeight + OVERSCAN;
    this.drawnBottom = bottom;
    const X = (u: number) => (u - v.u0) * v.k;
    const uMin = v.u0 - 40 / v.k;
    const uMax = v.u0 + (l.plotWidth + 40) / v.k;
    const [first, last] = barsInRows(l.bars, top, bottom);
    // Vertical virtualisation only, unless the rows in view hold very many bars: then those off to the sides are left out too.
    // Bars off to the sides stay in the DOM but hidden (display: none: no style or layout work),
    // keeping the geometry they were last shown with, so a zoom or pan step only touches the bars
    // it shows or hides.
    const all = last - first <= ROW_BARS;
    const visible: BarLayout[] = [];
    const hidden = new Set<BarLayout>();
    let firstInView: BarLayout | undefined;
    for (let i = first; i < last; i++) {
      const b = l.bars[i]!;
      const inView = b.x1 >= uMin && b.x0 <= uMax;
      if (inView) firstInView ??= b;
      const shown = inView || (b.x1 < uMin && b.next === undefined && b.labelWidth > 0 && X(b.x1) + b.labelWidth > -8) || b.id === this.activeId;
      if (shown || all) visible.push(b);
      if (!shown) hidden.add(b);
    }
    const selection = this.data.selection;
    const linked = this.linked(roadmap);
    const activeRendered = this.activeId !== undefined && (visible.some((b) => b.id === this.activeId) || l.milestones.some((m) => m.id === this.activeId && m.x >= uMin && m.x <= uMax));
    const tabStop = activeRendered ? this.activeId : (l.milestones.find((m) => m.x >= uMin && m.x <= uMax)?.id ?? firstInView?.id ?? visible[0]?.id);
    const lanes = l.lanes.filter((lane) => lane.y + lane.height >= top && lane.y <= bottom);
    const byLane = new Map<string, BarLayout[]>();
    for (const b of visible) (byLane.get(b.lane) ?? byLane.set(b.lane, []).get(b.lane)!).push(b);
    const deps = this.withoutDependencies ? [] : l.dependencies.filter((d) => d.y1 >= top && d.y0 <= bottom);
    const ticks = l.mode === 'calendar' ? axisRows(uMin, uMax, chooseScale(v.k), l.fiscalYearStartMonth) : this.ordinalRows(l);
    const gridTop = Math.max(0, top);
    const gridBottom = Math.min(l.height, bottom);
    const grid = ticks.bottom
      .filter((t) => t.x0 >= uMin && t.x0 <= uMax)
      .map((t) => `M${X(t.x0).toFixed(1)} ${gridTop}V${gridBottom}`)
      .join('');
    const majorGrid = ticks.top
      .filter((t) => t.x0 >= uMin && t.x0 <= uMax)
      .map((t) => `M${X(t.x0).toFixed(1)} ${gridTop}V${gridBottom}`)
      .join('');
    const hasSelection = Boolean(selection);
    const titles = this.titles(roadmap);
    const todayX = l.today !== undefined ? X(l.today) : undefined;
    const band = this.bandHeight(l);
    // Milestones in view (and those whose label may reach into it). The header is a listbox only
    // while it shows a milestone (an empty listbox is not allowed).
    const milestonesInView = l.milestones.filter((m) => m.x >= uMin - 200 / v.k && m.x <= uMax);
    const milestonesShown = milestonesInView.length > 0 || l.milestones.some((m) => m.id === this.activeId);
    return html`<div
      class="viewport"
      part="viewport"
      data-plot-left=${l.labelWidth}
      style=${styleProps({ '--_header': `${header}px` })}
      @scroll=${this.onScroll}
      @click=${this.onClick}
      @keydown=${this.onKeyDown}
      @pointerover=${this.onPointerOver}
      @pointerleave=${this.onPointerLeave}
      @focusin=${this.onFocusIn}
      @focusout=${this.onFocusOut}
    >
      <div class="header" part="header" style=${styleProps({ height: `${header}px` })}>
        <div class="corner" style=${styleProps({ width: `${l.labelWidth}px` })}>
          ${l.labelWidth ? html`<span>${groupName(l)}</span>` : nothing}
        </div>
        <svg class="header-svg" width=${l.plotWidth} height=${header} style=${styleProps({ left: `${l.labelWidth}px` })} role=${milestonesShown ? 'listbox' : nothing} aria-label=${milestonesShown ? 'Milestones' : nothing} aria-orientation=${milestonesShown ? 'horizontal' : nothing}>
          ${renderAxis({ top: ticks.top, bottom: ticks.bottom, x: X, width: l.plotWidth, rowHeight: AXIS_ROW, measure: this.measure })}
          ${band ? svg`<rect class="band-bg" x="0" y=${2 * AXIS_ROW} width=${l.plotWidth} height=${band}></rect>` : nothing}
          ${todayX !== undefined && todayX >= 0 && todayX <= l.plotWidth
            ? svg`<g part="today" class="today"><line x1=${todayX} x2=${todayX} y1=${AXIS_ROW} y2=${header}></line><path d="M${todayX - 5} ${header}l5 -6l5 6z"></path></g>`
            : nothing}
          ${this.renderMilestones(l, X, milestonesInView, linked, hasSelection, tabStop)}
        </svg>
      </div>
      <div class="body" style=${styleProps({ height: `${l.height}px` })}>
        ${l.labelWidth
          ? html`<div class="lanes" style=${styleProps({ width: `${l.labelWidth}px` })}>
              ${repeat(
                lanes,
                (lane) => lane.id,
                (lane, i) => html`<div class="lane ${(l.lanes.indexOf(lane) + i) % 2 ? '' : 'odd'}" part="lane${lane.collapsed ? ' collapsed' : ''}" style=${styleProps({ top: `${lane.y}px`, height: `${lane.height}px` })}>
                  <div class="lane-head">
                    <button type="button" part="lane-label" class="lane-toggle" aria-expanded=${lane.collapsed ? 'false' : 'true'} @click=${() => this.toggleLane(lane.id)}>
                      <span class="chevron" aria-hidden="true"></span>
                      <span class="lane-text">${lane.lines.map((line) => html`<span class="lane-line">${line}</span>`)}</span>
                      <span class=${lane.collapsed ? 'count' : 'visually-hidden'}>${lane.count}<span class="visually-hidden"> ${lane.count === 1 ? 'item' : 'items'}</span></span>
                    </button>
                  </div>
                </div>`,
              )}
            </div>`
          : nothing}
        <svg class="plot ${hasSelection ? 'has-selection' : ''}" width=${l.plotWidth} height=${l.height} style=${styleProps({ left: `${l.labelWidth}px` })} role="listbox" aria-label=${`Initiatives of ${roadmap.meta.title}`} aria-orientation="vertical">
          <defs>
            <linearGradient id="g-soft"><stop offset="0" stop-color="#fff" stop-opacity="0.2"></stop><stop offset="0.05" stop-color="#fff"></stop><stop offset="0.95" stop-color="#fff"></stop><stop offset="1" stop-color="#fff" stop-opacity="0.2"></stop></linearGradient>
            <linearGradient id="g-open"><stop offset="0" stop-color="#fff" stop-opacity="0.05"></stop><stop offset="0.35" stop-color="#fff"></stop><stop offset="1" stop-color="#fff"></stop></linearGradient>
            <linearGradient id="g-open-soft"><stop offset="0" stop-color="#fff" stop-opacity="0.05"></stop><stop offset="0.35" stop-color="#fff"></stop><stop offset="0.95" stop-color="#fff"></stop><stop offset="1" stop-color="#fff" stop-opacity="0.2"></stop></linearGradient>
            <mask id="m-soft" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#g-soft)"></rect></mask>
            <mask id="m-open" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#g-open)"></rect></mask>
            <mask id="m-open-soft" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#g-open-soft)"></rect></mask>
            <pattern id="p-guide" width="1" height="6" patternUnits="userSpaceOnUse"><rect class="guide-dot" width="1" height="2"></rect></pattern>
            <marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="arrow-head" d="M0 0L8 4L0 8z"></path></marker>
            <marker id="arrow-conflict" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="arrow-head conflict" d="M0 0L8 4L0 8z"></path></marker>
          </defs>
          <g class="lane-bgs" aria-hidden="true">
            ${repeat(lanes, (lane) => lane.id, (lane) => svg`<rect class="lane-bg ${l.lanes.indexOf(lane) % 2 ? 'alt' : ''}" x="0" y=${lane.y} width=${l.plotWidth} height=${lane.height}></rect>`)}
            <path class="grid" d=${grid}></path>
            <path class="grid major" d=${majorGrid}></path>
            <path class="milestone-guide" d=${milestoneGuides(l.milestones, X, uMin, uMax, gridTop, gridBottom)}></path>
            ${todayX !== undefined ? svg`<line class="today-line" part="today" x1=${todayX} x2=${todayX} y1=${gridTop} y2=${gridBottom}></line>` : nothing}
          </g>
          <g class="deps" aria-hidden="true">
            ${repeat(
              deps,
              (d) => d.id,
              (d) => {
                const on = hasSelection && (linked.has(d.from) && linked.has(d.to));
                // A polyline, like the milestones' polygons: re-routing it restyles nothing.
                return svg`<polyline class="dep ${d.conflict ? 'conflict' : ''} ${on ? 'on' : ''}" part=${`dependency${d.conflict ? ' conflict' : ''}`} data-dep=${d.id} marker-end=${d.conflict ? 'url(#arrow-conflict)' : 'url(#arrow)'} points=${routePoints(d.points, X)}></polyline>`;
              },
            )}
          </g>
          ${repeat(
            lanes.filter((lane) => byLane.has(lane.id)),
            (lane) => lane.id,
            (lane) => svg`<g class="lane-bars" role="group" aria-label=${lane.label}>
              ${repeat(byLane.get(lane.id)!, (b) => b.id, (b) => this.renderBar(b, l, X, linked, selection, tabStop, titles, !hidden.has(b)))}
            </g>`,
          )}
        </svg>
      </div>
    </div>`;
  }

  private ordinalRows(l: TimelineLayout): { top: AxisTick[]; bottom: AxisTick[] } {
    return {
      top: l.columns.map((c) => ({ key: `c${c.ordinal}`, x0: c.x0, x1: c.x1, label: c.label, short: c.label.split(' ·')[0]! })),
      bottom: l.columns.map((c) => ({ key: `d${c.ordinal}`, x0: c.x0, x1: c.x1, label: c.detail || c.label, short: truncateText(c.detail || c.label, 120, this.measure) })),
    };
  }

  private renderMilestones(l: TimelineLayout, X: (u: number) => number, shown: readonly MilestoneLayout[], linked: Set<string>, hasSelection: boolean, tabStop: string | undefined): SVGTemplateResult {
    // Labels that would run into the next label of their row at this zoom are hidden (focus or hover shows them).
    const lastEnd = new Map<number, number>();
    const showLabel = new Set<string>();
    const leftLabel = new Set<string>();
    // A label must also stop short of the next diamond in its row, whose own label may be hidden.
    const nextDiamond = new Map<string, number>();
    const seen = new Map<number, number>();
    // (A milestone without a label row is drawn in the first row.)
    for (let i = shown.length - 1; i >= 0; i--) {
      const m = shown[i]!;
      const row = Math.max(0, m.row);
      nextDiamond.set(m.id, seen.get(row) ?? Infinity);
      seen.set(row, Math.min(X(m.x), seen.get(row) ?? Infinity));
    }
    for (const m of shown) {
      const x = X(m.x);
      if (m.row < 0) {
        lastEnd.set(0, Math.max(lastEnd.get(0) ?? -Infinity, x + 8));
        continue;
      }
      const end = lastEnd.get(m.row) ?? -Infinity;
      if (x - 6 >= end && x + 12 + m.labelWidth <= Math.min(l.plotWidth, nextDiamond.get(m.id)! - 9)) {
        showLabel.add(m.id);
        lastEnd.set(m.row, x + 14 + m.labelWidth);
      } else if (x - 12 - m.labelWidth >= Math.max(end, 0) && x + 8 > l.plotWidth - m.labelWidth) {
        // Near the right edge: the label goes to the left of its diamond.
        showLabel.add(m.id);
        leftLabel.add(m.id);
        lastEnd.set(m.row, x + 8);
      } else lastEnd.set(m.row, Math.max(end, x + 8));
    }
    const bandTop = 2 * AXIS_ROW;
    // Every milestone stays in the DOM; those out of view are hidden where they were last shown,
    // so zooming out shows them again instead of building them anew.
    const inView = new Set(shown);
    return svg`<g class="milestones">${repeat(
      l.milestones,
      (m) => m.id,
      (m: MilestoneLayout) => {
        const hide = !inView.has(m) && m.id !== this.activeId;
        let x = hide ? milestoneX.get(m) : undefined;
        if (x === undefined) milestoneX.set(m, (x = X(m.x)));
        const y = bandTop + 4 + Math.max(0, m.row) * 18 + 7;
        const selected = this.data.selection?.id === m.id;
        const isLinked = hasSelection && linked.has(m.id);
        const parts = `milestone${selected ? ' selected' : ''}${isLinked ? ' linked' : ''}`;
        let name = milestoneNames.get(m);
        if (name === undefined) milestoneNames.set(m, (name = `${m.title}, ${m.kind}, ${formatDate(m.date, 'day', l.fiscalYearStartMonth)}${m.status ? `, ${STATUS_LABELS[m.status].toLowerCase()}` : ''}`));
        const dim = hasSelection && !isLinked ? 'dim' : '';
        // One element per milestone (the label, when there is room for it, is a sibling that clicks
        // through to it), a polygon: its points are not a CSS property, so moving it restyles nothing.
        return svg`<polygon class="milestone diamond ${selected ? 'selected' : ''} ${dim}" part=${parts} data-id=${m.id} data-kind="milestone" role="option" aria-selected=${selected ? 'true' : 'false'} aria-label=${name} tabindex=${tabStop === m.id ? '0' : '-1'} display=${hide ? 'none' : nothing} points=${diamondPoints(x, y)}></polygon>${!hide && showLabel.has(m.id)
          ? svg`<text class="milestone-label ${dim}" aria-hidden="true" data-id=${m.id} data-kind="milestone" x=${(x + (leftLabel.has(m.id) ? -11 : 11)).toFixed(1)} y=${y} text-anchor=${leftLabel.has(m.id) ? 'end' : 'start'} dy="0.35em">${m.title}</text>`
          : nothing}`;
      },
    )}</g>`;
  }

  private renderBar(b: BarLayout, l: TimelineLayout, X: (u: number) => number, linked: Set<string>, selection: Selection | undefined, tabStop: string | undefined, titles: (id: string) => string, shown = true): SVGTemplateResult {
    const selected = selection?.id === b.id;
    const isLinked = Boolean(selection) && linked.has(b.id);
    const conflict = l.links.get(b.id)?.conflict ?? false;
    const parts = `bar status-${b.status}${selected ? ' selected' : ''}${isLinked ? ' linked' : ''}${b.startOpen ? ' open-start' : ''}${b.soft ? ' soft' : ''}${b.approximate ? ' approximate' : ''}${conflict ? ' conflict' : ''}`;
    const mask = b.startOpen ? (b.soft ? 'url(#m-open-soft)' : 'url(#m-open)') : b.soft ? 'url(#m-soft)' : nothing;
    let g = shown ? undefined : shownGeometry.get(b);
    if (!g) {
      g = this.barGeometry(b, l, X);
      shownGeometry.set(b, g);
    }
    const h = b.height;
    const dim = selection && !isLinked ? 'dim' : '';
    const display = shown ? nothing : 'none';
    // One template per bar, no white space between tags, two rects (edge, then progress), the
    // progress rect always there (zero wide when there is none). The label is the bar's sibling,
    // so that fading or masking the bar (group opacity, soft edges) never touches the text; it lets
    // clicks through to the bar under it. The group has no transform: the rects carry their own x,
    // so that a zoom step restyles two elements a bar, not three (x and width are CSS properties
    // of a rect, and transform one of a group; each change restyles its element).
    return svg`<g class="bar b-${b.status} ${selected ? 'selected' : ''} ${dim} ${b.approximate ? 'approx' : ''} ${conflict ? 'conflict' : ''}" part=${parts} data-id=${b.id} data-kind="initiative" role="option" aria-selected=${selected ? 'true' : 'false'} aria-label=${this.barName(b, l, titles)} tabindex=${tabStop === b.id ? '0' : '-1'} mask=${mask} display=${display}><rect class="edge" x=${g.x} y=${b.y} width=${g.width} height=${h} rx="4"></rect><rect class="progress" x=${g.progressX} y=${b.y + 0.625} width=${g.progress} height=${h - 1.25} rx="3.4"></rect>${
      g.target !== undefined ? svg`<path class="target" d="M${(g.target - 1).toFixed(1)} ${b.y - 3}v${h + 6}"></path>` : nothing
    }</g><text class="bar-label ${g.outside ? 'outside' : ''} ${dim}" part="bar-label" aria-hidden="true" display=${display} x=${g.labelX} y=${b.y + h / 2} dy="0.35em">${g.label}</text>`;
  }

  /** Where a bar and its label go at the current zoom (pixels, as attribute strings). */
  private barGeometry(b: BarLayout, l: TimelineLayout, X: (u: number) => number): BarGeometry {
    const px0 = X(b.x0);
    const px1 = X(b.x1);
    const w = Math.max(3, px1 - px0);
    // Label: inside, beside (when the row has room), or truncated; the part cut off on the left stays readable.
    const visLeft = Math.max(px0, 0);
    const insideRoom = Math.min(px1, l.plotWidth) - visLeft - 16;
    const nextPx = b.next !== undefined ? X(b.next) : l.mode === 'ordinal' ? px1 : l.plotWidth + 400;
    const gap = besideGap(l, b.id);
    const besideRoom = Math.min(nextPx, l.plotWidth + 400) - px1 - 8 - gap;
    const { text: label, beside: outside } = placeBarLabel(b, insideRoom, besideRoom, this.measure);
    const lx = outside ? w + gap : visLeft - px0 + 8;
    const progressW = b.progress !== undefined ? Math.max(0, Math.min(1, b.progress)) * w : 0;
    const hasProgress = progressW > 0.5;
    return {
      x: (px0 + 1).toFixed(1),
      // Inset by half the edge's outline (see the styles). A progress rect with no width stays at
      // 0, so that zooming writes nothing to it.
      progressX: hasProgress ? (px0 + 1.625).toFixed(1) : '0',
      width: (w - 2).toFixed(1),
      progress: hasProgress ? Math.max(0, Math.min(progressW, w - 2) - 1.25).toFixed(1) : '0',
      ...(b.target !== undefined ? { target: X(b.target) } : {}),
      label,
      labelX: (px0 + lx).toFixed(1),
      outside,
    };
  }

  /** A bar's accessible name; it does not change with zoom, so each layout's bars are described once. */
  private barName(b: BarLayout, l: TimelineLayout, titles: (id: string) => string): string {
    let name = barNames.get(b);
    if (name === undefined) barNames.set(b, (name = describeBar(b, l, titles)));
    return name;
  }

  private renderTray(l: TimelineLayout): TemplateResult | typeof nothing {
    const items = l.unscheduled;
    const deps = this.withoutDependencies ? [] : l.unresolved;
    const shownDeps = unique(deps, (d) => `${d.text}|${d.reason}`);
    if (!items.length && !deps.length) return nothing;
    const reason: Record<string, string> = { unresolved: 'not matched to an item', unscheduled: 'an end has no date', 'off-axis': 'an end is not on the axis', collapsed: 'in a collapsed lane' };
    return html`<div class="tray">
      ${items.length
        ? html`<section class="unscheduled" part="unscheduled" aria-label="Unscheduled">
            <h3>Unscheduled <span class="count">${items.length}</span></h3>
            <ul>
              ${items.slice(0, TRAY_LIMIT).map(
                (u) => html`<li>
                  <button type="button" part="unscheduled-item${u.status ? ` status-${u.status}` : ''}" class="chip ${u.status ? `s-${u.status}` : ''}" data-id=${u.id} data-kind=${u.kind} title=${u.why}
                    aria-pressed=${this.data.selection?.id === u.id ? 'true' : 'false'} @click=${() => this.dispatchEvent(new RoadmapSelectEvent({ kind: u.kind, id: u.id }))}>
                    ${u.kind === 'milestone' ? html`<span class="chip-diamond" aria-hidden="true"></span>` : nothing}${u.title}<span class="visually-hidden">: ${u.why}</span>
                  </button>
                </li>`,
              )}
              ${items.length > TRAY_LIMIT ? html`<li class="more">…and ${items.length - TRAY_LIMIT} more</li>` : nothing}
            </ul>
          </section>`
        : nothing}
      ${shownDeps.length
        ? html`<section class="unresolved" part="unresolved" aria-label="Dependencies not drawn">
            <h3>Dependencies not drawn <span class="count">${shownDeps.length}</span></h3>
            <ul>
              ${shownDeps.slice(0, TRAY_LIMIT).map((d) => html`<li data-dep=${d.id}>${d.text} <span class="why">(${reason[d.reason]})</span></li>`)}
            </ul>
          </section>`
        : nothing}
    </div>`;
  }

  private renderTable(roadmap: Roadmap, l: TimelineLayout, page: number): TemplateResult {
    const titles = this.titles(roadmap);
    const laneName = new Map(l.lanes.map((x) => [x.id, x.label] as const));
    const fy = l.fiscalYearStartMonth;
    // One list in focus order, paged: milestones, the bars lane by lane, then what is not on the axis.
    const bars = l.focusOrder.length;
    const total = l.milestones.length + bars + l.unscheduled.length;
    const pages = Math.max(1, Math.ceil(total / TABLE_PAGE));
    const first = Math.min(page, pages - 1) * TABLE_PAGE;
    const last = Math.min(total, first + TABLE_PAGE);
    const paged = total > TABLE_PAGE;
    const rows: TableRow[] = [];
    for (let r = first; r < last; r++) {
      let i = r;
      if (i < l.milestones.length) {
        const m = l.milestones[i]!;
        rows.push([`${m.title} (milestone)`, '', formatDate(m.date, 'day', fy), m.status ? STATUS_LABELS[m.status] : '', '', '']);
      } else if ((i -= l.milestones.length) < bars) {
        const b = l.bars[l.focusOrder[i]!]!;
        const progress = b.progressTotal ? `${b.progressDone} of ${b.progressTotal}` : b.progress !== undefined ? `${Math.round(b.progress * 100)}%` : '';
        rows.push([`${b.key ? `${b.key}: ` : ''}${b.title}`, laneName.get(b.lane) ?? '', barDates(b, l), STATUS_LABELS[b.status], progress, (l.links.get(b.id)?.needs ?? []).map(titles).join(', ')]);
      } else {
        const u = l.unscheduled[i - bars]!;
        rows.push([u.title, 'Unscheduled', u.why, u.status ? STATUS_LABELS[u.status] : '', '', '']);
      }
    }
    return html`<div class="data-table" part="table">
      <table>
        <caption>
          ${roadmap.meta.title}: ${bars} ${bars === 1 ? 'initiative' : 'initiatives'} on the timeline${l.milestones.length ? `, ${l.milestones.length} milestones` : ''}${l.unscheduled.length ? `, ${l.unscheduled.length} unscheduled` : ''}${paged ? `; rows ${first + 1} to ${last} of ${total} listed` : ''}.
        </caption>
        <thead><tr><th scope="col">Initiative</th><th scope="col">${groupName(l) || 'Lane'}</th><th scope="col">When</th><th scope="col">Status</th><th scope="col">Progress</th><th scope="col">Depends on</th></tr></thead>
        <tbody>${tableRows(rows)}</tbody>
      </table>
      ${paged
        ? html`<button type="button" ?disabled=${first === 0} @click=${() => (this.tablePage = Math.max(0, page - 1))}>Previous ${TABLE_PAGE}</button>
            <button type="button" ?disabled=${last >= total} @click=${() => (this.tablePage = page + 1)}>Next ${TABLE_PAGE}</button>`
        : nothing}
    </div>`;
  }

  private renderTip(roadmap: Roadmap, l: TimelineLayout): TemplateResult | typeof nothing {
    const tip = this.tip;
    if (!tip) return nothing;
    const titles = this.titles(roadmap);
    let body: TemplateResult;
    if (tip.kind === 'milestone') {
      const m = l.milestones.find((x) => x.id === tip.id);
      if (!m) return nothing;
      body = html`<strong>${m.title}</strong><span>${formatDate(m.date, 'day', l.fiscalYearStartMonth)} · ${m.kind}${m.status ? ` · ${STATUS_LABELS[m.status]}` : ''}</span>`;
    } else {
      const b = l.bars.find((x) => x.id === tip.id);
      if (!b) return nothing;
      const link = l.links.get(b.id);
      const written = scheduleText(roadmap, b.id);
      body = html`<strong>${b.key ? html`<span class="key">${b.key}</span> ` : nothing}${b.title}</strong>
        <span>${barDates(b, l)}</span>
        ${written ? html`<span class="muted">As written: ${written}</span>` : nothing}
        <span><span class="swatch s-${b.status}"></span>${STATUS_LABELS[b.status]}${b.progressTotal ? ` · ${b.progressDone}/${b.progressTotal} done` : b.progress !== undefined ? ` · ${Math.round(b.progress * 100)}% done` : ''}</span>
        ${link?.needs.length ? html`<span>Depends on ${link.needs.map(titles).join(', ')}</span>` : nothing}
        ${link?.neededBy.length ? html`<span>Needed by ${link.neededBy.map(titles).join(', ')}</span>` : nothing}
        ${link?.conflict ? html`<span class="warn">Dependency conflict: starts before what it needs ends</span>` : nothing}`;
    }
    return html`<div class="tooltip ${tip.below ? 'below' : 'above'}" part="tooltip" aria-hidden="true" style=${styleProps({ left: `${tip.left}px`, top: `${tip.top}px` })}>${body}</div>`;
  }

  // ───────── export and print ─────────

  // The export code (with the print view and its styles) is fetched when the browser is idle, so that printing finds it loaded.
  private readonly print = new PrintController(this, loadExport);

  /**
   * The whole roadmap as a standalone SVG document: every lane and bar (not only the rows on
   * screen), the full time range, the legend, milestones, dependency arrows and the unscheduled
   * items, in the element's current colours and font, every text escaped. Zoom: the whole time
   * span, never the viewport; at the element's layout zoom unless that squashes it, then months
   * about 84px wide (never below 56px quarters). Rejects when no roadmap is loaded.
   */
  async toSVG(): Promise<string> {
    const { roadmap, layout } = await this.exportInput();
    return timelineToSvg(this, roadmap, layout, this.exportOptions());
  }

  /**
   * The same picture as `toSVG()`, as a PNG at `scale` pixels per CSS pixel (default 2, lowered
   * for very large roadmaps to fit the browser's canvas limits). Painted straight on a canvas, so
   * it works under a strict Content-Security-Policy.
   */
  async toPNG(scale = 2): Promise<Blob> {
    const { roadmap, layout } = await this.exportInput();
    return timelineToPng(this, roadmap, layout, this.exportOptions(), scale);
  }

  private async exportInput(): Promise<{ roadmap: Roadmap; layout: TimelineLayout }> {
    await this.updateComplete;
    const roadmap = this.data.roadmap;
    if (this.data.status !== 'ready' || !roadmap || !this._layout) throw new Error('<roadmap-timeline> has no roadmap to export yet');
    return { roadmap, layout: this._layout };
  }

  private exportOptions() {
    return { measureText: this.measure, withoutDependencies: this.withoutDependencies, withoutLegend: this.withoutLegend };
  }
}

/** Geometry of a bar at the zoom it was last shown with (hidden bars keep it: nothing to update). */
interface BarGeometry {
  x: string;
  progressX: string;
  width: string;
  progress: string;
  /** The target mark's x, px. */
  target?: number;
  label: string;
  labelX: string;
  outside: boolean;
}
const shownGeometry = new WeakMap<BarLayout, BarGeometry>();

/** Milestones' accessible names, and the x they were last shown at (hidden ones stay there). */
const milestoneNames = new WeakMap<MilestoneLayout, string>();
const milestoneX = new WeakMap<MilestoneLayout, number>();

/** Accessible names of bars, per layout object (a new layout is a new set of bars). */
const barNames = new WeakMap<BarLayout, string>();

function unique<T>(items: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => !seen.has(key(x)) && Boolean(seen.add(key(x))));
}

function groupName(l: TimelineLayout): string {
  const names: Record<string, string> = { theme: 'Theme', team: 'Team', product: 'Product', period: 'Period', status: 'Status', priority: 'Priority', none: '' };
  return names[l.groupBy] ?? '';
}

/**
 * Dotted guides under the milestones in view, as one path of 1px-wide strips filled with a
 * pattern of dots. A dashed stroke looks the same, but Skia dashes a stroke again for every tile
 * it paints: with a hundred milestones in view that was about a third of each zoom step's
 * raster work.
 */
function milestoneGuides(milestones: readonly MilestoneLayout[], X: (u: number) => number, uMin: number, uMax: number, top: number, bottom: number): string {
  let d = '';
  for (const m of milestones) if (m.x >= uMin && m.x <= uMax) d += `M${(X(m.x) - 0.5).toFixed(1)} ${top}h1V${bottom}h-1z`;
  return d;
}

function routePoints(points: readonly { x: number; dx: number; y: number }[], X: (u: number) => number): string {
  let d = '';
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    d += `${i ? ' ' : ''}${(X(p.x) + p.dx).toFixed(1)},${p.y}`;
  }
  return d;
}

/** A milestone's diamond, 14 px across, centred on (x, y). */
function diamondPoints(x: number, y: number): string {
  const c = x.toFixed(1);
  return `${c},${y - 7} ${(x + 7).toFixed(1)},${y} ${c},${y + 7} ${(x - 7).toFixed(1)},${y}`;
}
