import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's content-box width: read once when first asked (so the first render already has
 * it), then kept current by a ResizeObserver. It holds its value until the width really changes,
 * so re-renders do not loop. The only layout read the element makes.
 */
export class SizeController implements ReactiveController {
  private observer?: ResizeObserver;
  private measured?: number;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Content width in CSS px (0 while the host is not rendered). */
  get width(): number {
    if (this.measured === undefined) this.measured = this.read();
    return this.measured;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      if (width !== this.measured) {
        this.measured = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.measured = undefined;
  }

  private read(): number {
    if (!this.host.isConnected) return 0;
    const style = getComputedStyle(this.host);
    const padding = (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0);
    const border = (parseFloat(style.borderLeftWidth) || 0) + (parseFloat(style.borderRightWidth) || 0);
    return Math.max(0, Math.floor(this.host.getBoundingClientRect().width - padding - border));
  }
}

/** Text width in px at the host's font (12 px), measured on a canvas; an estimate without one. */
export function createTextMeasurer(host: HTMLElement): (text: string) => number {
  let ctx: CanvasRenderingContext2D | null | undefined;
  const cache = new Map<string, number>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    if (ctx === undefined) {
      ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
      if (ctx) ctx.font = `12px ${getComputedStyle(host).fontFamily || 'system-ui, sans-serif'}`;
    }
    const width = ctx ? ctx.measureText(text).width : text.length * 7;
    cache.set(text, width);
    return width;
  };
}
