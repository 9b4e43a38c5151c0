import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadStatus } from '../context/roadmap-context.js';
import { RoadmapErrorEvent, RoadmapLoadEvent } from '../events/events.js';
import type { Diagnostic, Roadmap } from '../model/schema.js';
import { loadFromObject, loadFromText, loadFromUrl, type LoadOutcome } from './load-roadmap.js';

/** Where a host reads its inputs from. */
export interface LoaderInputs {
  /** A roadmap object; wins over everything else. */
  roadmap?: unknown;
  /** URL of a `.json` or `.md` roadmap. */
  src?: string;
  /** Read a child `<script type="application/json">` or `<script type="text/markdown">`. */
  scripts?: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Loads a roadmap for its host from `.roadmap`, `src` or a child script, validates it, and keeps
 * `status`, `roadmap`, `diagnostics` and `error` current. A newer input aborts an older fetch; a
 * stale answer is never shown. Fires `roadmap-load` / `roadmap-error` on the host.
 * Used by `<roadmap-provider>` and by every view for its own `src`.
 */
export class RoadmapLoader implements ReactiveController {
  private _status: LoadStatus = 'idle';
  private _roadmap?: Roadmap;
  private _diagnostics: Diagnostic[] = [];
  private _error?: string;
  /** The source that produced the current state, for messages ("roadmap.json"). */
  origin?: string;

  // Reading the state first takes in any changed input, so that a host's willUpdate (which runs
  // before controllers' hostUpdate) already sees the roadmap that was just set.
  get status(): LoadStatus {
    this.sync();
    return this._status;
  }
  get roadmap(): Roadmap | undefined {
    this.sync();
    return this._roadmap;
  }
  get diagnostics(): Diagnostic[] {
    this.sync();
    return this._diagnostics;
  }
  /** One readable sentence when `status` is `error`. */
  get error(): string | undefined {
    this.sync();
    return this._error;
  }

  private lastRoadmap: unknown;
  private lastSrc?: string;
  private lastScript?: string;
  private abort?: AbortController;
  private observer?: MutationObserver;
  private generation = 0;

  constructor(
    private readonly host: Host,
    private readonly inputs: () => LoaderInputs,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.inputs().scripts && typeof MutationObserver !== 'undefined') {
      this.observer = new MutationObserver(() => this.host.requestUpdate());
      this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    }
    // Reconnected after a move: load again if something was in flight (disconnecting aborted it).
    if (this._status === 'loading') {
      this.lastSrc = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.abort?.abort();
    this.abort = undefined;
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Starts a load when an input changed since the last call; cheap when nothing did. */
  sync(): void {
    const { roadmap, src, scripts } = this.inputs();
    if (roadmap !== undefined && roadmap !== null) {
      if (roadmap !== this.lastRoadmap) {
        this.reset();
        this.lastRoadmap = roadmap;
        this.apply(loadFromObject(roadmap), 'property', undefined, false);
      }
      return;
    }
    this.lastRoadmap = undefined;
    if (src) {
      if (src !== this.lastSrc) {
        this.reset();
        this.lastSrc = src;
        void this.fetchSrc(src);
      }
      return;
    }
    this.lastSrc = undefined;
    const script = scripts ? this.readScript() : undefined;
    if (script) {
      const key = `${script.type}\n${script.text}`;
      if (key !== this.lastScript) {
        this.reset();
        this.lastScript = key;
        void this.readText(script.text, script.type === 'markdown' ? 'markdown' : 'json');
      }
      return;
    }
    if (this.lastScript !== undefined || this._status !== 'idle') {
      this.reset();
      this._status = 'idle';
      this._roadmap = undefined;
      this._diagnostics = [];
      this._error = undefined;
    }
  }

  private reset(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.generation++;
    this.lastScript = undefined;
  }

  private readScript(): { type: 'json' | 'markdown'; text: string } | undefined {
    for (const child of Array.from(this.host.children)) {
      if (child.localName !== 'script') continue;
      const type = (child.getAttribute('type') ?? '').toLowerCase();
      if (type === 'application/json') return { type: 'json', text: child.textContent ?? '' };
      if (type === 'text/markdown') return { type: 'markdown', text: child.textContent ?? '' };
    }
    return undefined;
  }

  private async fetchSrc(src: string): Promise<void> {
    const generation = this.generation;
    const abort = new AbortController();
    this.abort = abort;
    this._status = 'loading';
    this._error = undefined;
    this.origin = src;
    let outcome: LoadOutcome & { aborted?: boolean };
    try {
      outcome = await loadFromUrl(src, abort.signal);
    } catch (error) {
      outcome = { diagnostics: [], error: `Could not load ${src}: ${String(error)}`, format: 'json' };
    }
    if (outcome.aborted || generation !== this.generation) return;
    this.abort = undefined;
    this.apply(outcome, 'src', src, true);
  }

  private async readText(text: string, format: 'json' | 'markdown'): Promise<void> {
    const generation = this.generation;
    this._status = 'loading';
    this.origin = 'the inline script';
    let outcome: LoadOutcome;
    try {
      outcome = await loadFromText(text, { format });
    } catch (error) {
      outcome = { diagnostics: [], error: String(error), format };
    }
    if (generation !== this.generation) return;
    this.apply(outcome, 'script', undefined, true);
  }

  private apply(outcome: LoadOutcome, origin: 'property' | 'src' | 'script', src: string | undefined, requestUpdate: boolean): void {
    this._diagnostics = outcome.diagnostics;
    if (outcome.roadmap) {
      this._status = 'ready';
      this._roadmap = outcome.roadmap;
      this._error = undefined;
      const detail = { roadmap: outcome.roadmap, diagnostics: outcome.diagnostics, origin, format: outcome.format, ...(src ? { src } : {}) };
      queueMicrotask(() => this.host.dispatchEvent(new RoadmapLoadEvent(detail)));
    } else {
      this._status = 'error';
      this._roadmap = undefined;
      this._error = outcome.error ?? 'The roadmap could not be loaded.';
      const detail = { message: this._error, diagnostics: outcome.diagnostics, origin, ...(src ? { src } : {}), ...(outcome.status ? { status: outcome.status } : {}) };
      queueMicrotask(() => this.host.dispatchEvent(new RoadmapErrorEvent(detail)));
    }
    if (requestUpdate) this.host.requestUpdate();
  }
}
