import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells an element when the page is being printed (`beforeprint` / `afterprint`, and the `print`
 * media query for engines that only switch media), so it can render a print view for that time
 * only, such as the timeline's every-lane picture in place of its virtualised viewport.
 */
export class PrintController implements ReactiveController {
  /** The page is being printed. */
  active = false;
  private media?: MediaQueryList;

  private prepared = false;

  /** `prepare` runs once, when the browser is first idle after the host connects (to load what printing needs). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly prepare?: () => unknown,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.prepare && !this.prepared) {
      this.prepared = true;
      const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
      idle(() => void this.prepare!());
    }
    window.addEventListener('beforeprint', this.start);
    window.addEventListener('afterprint', this.stop);
    this.media = window.matchMedia?.('print');
    this.media?.addEventListener('change', this.follow);
    if (this.media?.matches) this.start();
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.start);
    window.removeEventListener('afterprint', this.stop);
    this.media?.removeEventListener('change', this.follow);
    this.active = false;
  }

  private readonly start = (): void => this.set(true);
  // After printing, stay in print mode while the print media still applies (emulated print media).
  private readonly stop = (): void => this.set(Boolean(this.media?.matches));
  private readonly follow = (e: MediaQueryListEvent): void => this.set(e.matches);

  private set(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    this.host.requestUpdate();
  }
}
