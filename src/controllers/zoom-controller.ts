/**
 * `ZoomController`: turns wheel, pinch, drag, double-click and programmatic steps into a
 * horizontal view transform held as state, `{u0, k}`: the axis unit at the plot's left edge and
 * pixels per axis unit. The host reads `view` in `willUpdate` and projects `x = (u - u0) · k`.
 *
 * Gestures (the only DOM this controller touches are listeners on the surface it is given):
 * - Ctrl/⌘ + wheel, and trackpad pinch (which browsers report as Ctrl + wheel): zoom at the pointer.
 * - Horizontal wheel / trackpad swipe, or Shift + wheel: pan. A plain vertical wheel scrolls the page.
 * - Drag with mouse, pen or one finger: pan (vertical finger moves still scroll: `touch-action: pan-y`).
 * - Two fingers: pinch zoom and pan. Double-click: zoom in (Shift: out).
 *
 * A gesture's steps (wheel, drag, pinch) change `view` at once but ask the host for an update
 * once per animation frame: a trackpad sends wheel events faster than frames, and drawing each
 * one would queue work the screen never shows.
 *
 * Written by hand rather than with d3-zoom: the timeline needs x-only zoom with native vertical
 * scrolling, and d3-zoom (with d3-selection, d3-transition, d3-interpolate, d3-drag) would have
 * cost about 12 KB of the 40 KB min+gzip budget for behaviour that has to be overridden anyway.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ZoomView {
  /** Axis unit at the left edge of the plot. */
  u0: number;
  /** Pixels per axis unit. */
  k: number;
}

export interface ZoomLimits {
  /** Content extent in axis units. */
  domain: [number, number];
  /** Plot width, px. */
  width: number;
  /** Smallest and largest px per unit. */
  minK: number;
  maxK: number;
}

export type ZoomSource = 'wheel' | 'drag' | 'pinch' | 'dblclick' | 'keyboard' | 'button' | 'api';

export interface ZoomControllerOptions {
  limits: () => ZoomLimits | undefined;
  /** Called after every change made by the user (not by `set`). */
  onUserChange?: (view: ZoomView, source: ZoomSource) => void;
}

/** Fraction of the visible width the view may move past either end of the content. */
const OVERSCROLL = 0.25;

export class ZoomController implements ReactiveController {
  /** The current transform; undefined until the host sets one. */
  view?: ZoomView;
  /** True while the view is the "fit to content" view; resizes then re-fit. */
  fitted = false;
  /** A drag moved the view: the click that ends it must not select. */
  private dragged = false;
  private surface?: HTMLElement;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private gesture?: { u: number; x: number; k: number; dist: number; mid: number; moved: boolean; startX: number; startY: number };
  /** The animation frame that will ask the host for an update after gesture steps. */
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomControllerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.detach();
    if (this.frame) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.host.requestUpdate();
    }
  }

  /** Listen for gestures on `surface` (the plot's scrolling viewport). */
  attach(surface: HTMLElement): void {
    if (this.surface === surface) return;
    this.detach();
    this.surface = surface;
    surface.addEventListener('wheel', this.onWheel, { passive: false });
    surface.addEventListener('pointerdown', this.onPointerDown);
    surface.addEventListener('pointermove', this.onPointerMove);
    surface.addEventListener('pointerup', this.onPointerUp);
    surface.addEventListener('pointercancel', this.onPointerUp);
    surface.addEventListener('dblclick', this.onDblClick);
    surface.addEventListener('click', this.onClickCapture, true);
  }

  detach(): void {
    const s = this.surface;
    if (!s) return;
    s.removeEventListener('wheel', this.onWheel);
    s.removeEventListener('pointerdown', this.onPointerDown);
    s.removeEventListener('pointermove', this.onPointerMove);
    s.removeEventListener('pointerup', this.onPointerUp);
    s.removeEventListener('pointercancel', this.onPointerUp);
    s.removeEventListener('dblclick', this.onDblClick);
    s.removeEventListener('click', this.onClickCapture, true);
    this.surface = undefined;
  }

  /** Set the view without notifying (initial view, `from`/`to` changes). Clamped to the limits. */
  set(view: ZoomView, fitted = false): void {
    this.view = this.clamp(view);
    this.fitted = fitted;
    this.host.requestUpdate();
  }

  /** The view that shows the whole content. */
  fitView(): ZoomView | undefined {
    const l = this.options.limits();
    if (!l) return undefined;
    const span = Math.max(1e-9, l.domain[1] - l.domain[0]);
    return { u0: l.domain[0], k: l.width / span };
  }

  fit(source: ZoomSource = 'button'): void {
    const v = this.fitView();
    if (v) this.change(v, source, true);
  }

  /** Zoom by `factor` (> 1 zooms in) keeping the unit under `atPx` (default: centre) still. */
  zoomBy(factor: number, atPx?: number, source: ZoomSource = 'button'): void {
    const l = this.options.limits();
    const v = this.view;
    if (!l || !v) return;
    const px = atPx ?? l.width / 2;
    const u = v.u0 + px / v.k;
    const k = Math.min(l.maxK, Math.max(l.minK, v.k * factor));
    this.change({ u0: u - px / k, k }, source);
  }

  /** Show `[u0, u1)` across the whole plot width. */
  show(u0: number, u1: number, source: ZoomSource = 'api'): void {
    const l = this.options.limits();
    if (!l || u1 <= u0) return;
    this.change({ u0, k: l.width / (u1 - u0) }, source);
  }

  /** Pan by `dx` pixels (positive moves the content left, showing later time). */
  panBy(dx: number, source: ZoomSource = 'button'): void {
    const v = this.view;
    if (!v) return;
    this.change({ u0: v.u0 + dx / v.k, k: v.k }, source);
  }

  /** Pan so that `[u0, u1]` is visible, with `margin` px; no change when it already is. */
  reveal(u0: number, u1: number, margin = 24, source: ZoomSource = 'keyboard'): void {
    const l = this.options.limits();
    const v = this.view;
    if (!l || !v) return;
    const left = (u0 - v.u0) * v.k;
    const right = (u1 - v.u0) * v.k;
    if (left >= margin && right <= l.width - margin) return;
    if (right - left > l.width - 2 * margin || left < margin) this.change({ u0: u0 - margin / v.k, k: v.k }, source);
    else this.change({ u0: u1 - (l.width - margin) / v.k, k: v.k }, source);
  }

  private change(view: ZoomView, source: ZoomSource, fitted = false): void {
    const next = this.clamp(view);
    const prev = this.view;
    this.fitted = fitted;
    if (prev && Math.abs(prev.u0 - next.u0) < 1e-9 && Math.abs(prev.k - next.k) < 1e-12) return;
    this.view = next;
    if (source === 'wheel' || source === 'drag' || source === 'pinch') {
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        this.host.requestUpdate();
      });
    } else this.host.requestUpdate();
    this.options.onUserChange?.(next, source);
  }

  private clamp(view: ZoomView): ZoomView {
    const l = this.options.limits();
    if (!l) return view;
    const k = Math.min(l.maxK, Math.max(l.minK, view.k));
    const visible = l.width / k;
    const slack = visible * OVERSCROLL;
    // Wider content may be overscrolled a little; narrower content always stays wholly in view.
    const lo = Math.min(l.domain[0] - slack, l.domain[1] - visible);
    const hi = Math.max(l.domain[1] + slack - visible, l.domain[0]);
    return { u0: Math.min(hi, Math.max(lo, view.u0)), k };
  }

  private localX(clientX: number): number {
    const rect = this.plotRect();
    return clientX - rect.left;
  }

  /** The plot's box: the surface minus the lane-label column, which the host marks with `data-plot-left`. */
  private plotRect(): { left: number; width: number } {
    const s = this.surface!;
    const r = s.getBoundingClientRect();
    const left = Number(s.dataset['plotLeft'] ?? 0);
    return { left: r.left + left, width: r.width - left };
  }

  private readonly onWheel = (e: WheelEvent): void => {
    if (!this.view) return;
    const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      this.zoomBy(Math.exp(-e.deltaY * scale * 0.002), this.localX(e.clientX), 'wheel');
      return;
    }
    const dx = e.shiftKey && !e.deltaX ? e.deltaY : e.deltaX;
    if (Math.abs(dx) > Math.abs(e.shiftKey ? 0 : e.deltaY)) {
      e.preventDefault();
      this.panBy(dx * scale, 'wheel');
    }
  };

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (e.button !== 0 || !this.view) return;
    const target = e.composedPath()[0] as Element | undefined;
    // Buttons and form controls keep their own pointer behaviour.
    if (target?.closest?.('button, input, select, a, [data-no-pan]')) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.dragged = false;
    this.startGesture();
  };

  private startGesture(): void {
    const v = this.view!;
    const pts = [...this.pointers.values()];
    const mid = pts.reduce((s, p) => s + p.x, 0) / pts.length;
    const dist = pts.length > 1 ? Math.abs(pts[0]!.x - pts[1]!.x) : 0;
    const x = this.localX(mid);
    this.gesture = { u: v.u0 + x / v.k, x, k: v.k, dist, mid, moved: false, startX: pts[0]!.x, startY: pts[0]!.y };
  }

  private readonly onPointerMove = (e: PointerEvent): void => {
    if (!this.pointers.has(e.pointerId) || !this.gesture || !this.view) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const g = this.gesture;
    const pts = [...this.pointers.values()];
    const mid = pts.reduce((s, p) => s + p.x, 0) / pts.length;
    if (!g.moved) {
      const p = pts[0]!;
      if (Math.abs(p.x - g.startX) < 4 && pts.length === 1) return;
      if (pts.length === 1 && Math.abs(p.y - g.startY) > Math.abs(p.x - g.startX) && e.pointerType === 'touch') {
        // A vertical finger move is a scroll, not a pan.
        this.pointers.delete(e.pointerId);
        this.gesture = undefined;
        return;
      }
      g.moved = true;
      this.dragged = true;
      try {
        this.surface?.setPointerCapture(e.pointerId);
      } catch {
        /* pointer already gone */
      }
    }
    const l = this.options.limits();
    if (!l) return;
    let k = g.k;
    if (pts.length > 1 && g.dist > 0) {
      const dist = Math.abs(pts[0]!.x - pts[1]!.x);
      k = Math.min(l.maxK, Math.max(l.minK, g.k * (dist / g.dist)));
    }
    const x = this.localX(mid);
    this.change({ u0: g.u - x / k, k }, pts.length > 1 ? 'pinch' : 'drag');
  };

  private readonly onPointerUp = (e: PointerEvent): void => {
    if (!this.pointers.delete(e.pointerId)) return;
    if (this.pointers.size) this.startGesture();
    else this.gesture = undefined;
  };

  private readonly onDblClick = (e: MouseEvent): void => {
    const target = e.composedPath()[0] as Element | undefined;
    if (target?.closest?.('button, [data-id]')) return;
    this.zoomBy(e.shiftKey ? 0.5 : 2, this.localX(e.clientX), 'dblclick');
  };

  private readonly onClickCapture = (e: MouseEvent): void => {
    if (this.dragged) {
      this.dragged = false;
      e.stopPropagation();
      e.preventDefault();
    }
  };
}
