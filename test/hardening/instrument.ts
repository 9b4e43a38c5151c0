/**
 * Counts what outlives an element if it forgets to clean up: ResizeObservers and MutationObservers
 * still observing, pending timeouts, intervals and animation frames, and listeners on the
 * long-lived targets (window, document, <html>, <body>, media queries). Import it before the
 * elements: it wraps the globals they call.
 */
export const live = {
  resizeObservers: new Set<object>(),
  mutationObservers: new Set<object>(),
  timeouts: new Set<number>(),
  intervals: new Set<number>(),
  frames: new Set<number>(),
  globalListeners: new Set<string>(),
};

/** A snapshot of the counts. */
export function liveCounts(): Record<keyof typeof live, number> {
  return Object.fromEntries(Object.entries(live).map(([k, v]) => [k, v.size])) as Record<keyof typeof live, number>;
}

/** Only what the library itself creates counts (the test runner keeps its own timers and listeners). */
const fromLibrary = (): boolean => /\/src\//.test(new Error().stack ?? '');

const NativeResizeObserver = window.ResizeObserver;
class TrackedResizeObserver extends NativeResizeObserver {
  private readonly targets = new Set<Element>();
  override observe(target: Element, options?: ResizeObserverOptions): void {
    super.observe(target, options);
    this.targets.add(target);
    live.resizeObservers.add(this);
  }
  override unobserve(target: Element): void {
    super.unobserve(target);
    this.targets.delete(target);
    if (!this.targets.size) live.resizeObservers.delete(this);
  }
  override disconnect(): void {
    super.disconnect();
    this.targets.clear();
    live.resizeObservers.delete(this);
  }
}
window.ResizeObserver = TrackedResizeObserver;

const NativeMutationObserver = window.MutationObserver;
class TrackedMutationObserver extends NativeMutationObserver {
  override observe(target: Node, options?: MutationObserverInit): void {
    super.observe(target, options);
    live.mutationObservers.add(this);
  }
  override disconnect(): void {
    super.disconnect();
    live.mutationObservers.delete(this);
  }
}
window.MutationObserver = TrackedMutationObserver;

const nativeSetTimeout = window.setTimeout.bind(window);
const nativeClearTimeout = window.clearTimeout.bind(window);
window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id: number = nativeSetTimeout(
    (...a: unknown[]) => {
      live.timeouts.delete(id);
      if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
    },
    ms,
    ...args,
  );
  if (fromLibrary()) live.timeouts.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) live.timeouts.delete(id);
  nativeClearTimeout(id);
}) as typeof window.clearTimeout;

const nativeSetInterval = window.setInterval.bind(window);
const nativeClearInterval = window.clearInterval.bind(window);
window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = nativeSetInterval(handler, ms, ...args);
  if (fromLibrary()) live.intervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) live.intervals.delete(id);
  nativeClearInterval(id);
}) as typeof window.clearInterval;

const nativeRaf = window.requestAnimationFrame.bind(window);
const nativeCaf = window.cancelAnimationFrame.bind(window);
window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  const id = nativeRaf((t) => {
    live.frames.delete(id);
    callback(t);
  });
  if (fromLibrary()) live.frames.add(id);
  return id;
};
window.cancelAnimationFrame = (id: number) => {
  live.frames.delete(id);
  nativeCaf(id);
};

const ids = new WeakMap<object, number>();
let nextId = 1;
const idOf = (o: object) => ids.get(o) ?? (ids.set(o, nextId++), nextId - 1);
const longLived = (target: EventTarget) => target === window || target === document || target === document.documentElement || target === document.body || target instanceof MediaQueryList;
const keyOf = (target: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
  `${idOf(target)}|${type}|${idOf(listener as object)}|${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
const nativeAdd = EventTarget.prototype.addEventListener;
const nativeRemove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
  if (listener && longLived(this) && !(typeof options === 'object' && options?.once) && fromLibrary()) live.globalListeners.add(keyOf(this, type, listener, options));
  return nativeAdd.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
  if (listener && longLived(this)) live.globalListeners.delete(keyOf(this, type, listener, options));
  return nativeRemove.call(this, type, listener, options);
};
