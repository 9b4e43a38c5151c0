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
  /** Reads a child `<script type="application/json">` or `<script type="text/markdown">` (the provider's: `readScriptInput`); called only when neither of the above is set. */
  script?: () => ScriptInput | undefined;
}

export interface ScriptInput {
  type: 'json' | 'markdown';
  text: string;
}

type Host = ReactiveControllerHost & HTMLElement;

/** The first child script that holds a roadmap, JSON or Markdown. */
export function readScriptInput(host: HTMLElement): ScriptInput | undefined {
  for (const child of Array.from(host.children)) {
    if (child.localName !== 'script') continue;
    const type = (child.getAttribute('type') ?? '').toLowerCase();
    if (type === 'application/json') return { type: 'json', text: child.textContent ?? '' };
    if (type === 'text/markdown') return { type: 'markdown', text: child.textContent ?? '' };
  }
  return undefined;
}

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
  private generation = 0;

  constructor(
    private readonly host: Host,
    private readonly inputs: () => LoaderInputs,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Reconnected after a move: load again if something was in flight (disconnecting aborted it).
    if (this._status === 'loading') {
      this.lastSrc = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Starts a load when an input changed since the last call; cheap when nothing did. */
  sync(): void {
    const inputs = this.inputs();
    const { roadmap, src } = inputs;
    if (roadmap !== undefined && roadmap !== null) {
      if (roadmap !== this.lastRoadmap) {
        this.reset();
        this.lastRoadmap = roadmap;
        const outcome = loadFromObject(roadmap);
        // (A roadmap that writes times as text may wait for their reader.)
        if (outcome instanceof Promise) void this.waitFor(() => outcome, 'property');
        else this.apply(outcome, 'property', undefined, false);
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
    const script = inputs.script?.();
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

  private fetchSrc(src: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.origin = src;
    return this.waitFor(() => loadFromUrl(src, abort.signal), 'src', src, `Could not load ${src}: `);
  }

  private readText(text: string, format: 'json' | 'markdown'): Promise<void> {
    this.origin = 'the inline script';
    return this.waitFor(() => loadFromText(text, { format }), 'script');
  }

  /** Shows `loading` until `work` is done, then its outcome unless a newer input came meanwhile. */
  private async waitFor(work: () => Promise<LoadOutcome & { aborted?: boolean }>, origin: 'property' | 'src' | 'script', src?: string, failure = ''): Promise<void> {
    const generation = this.generation;
    this._status = 'loading';
    this._error = undefined;
    let outcome: LoadOutcome & { aborted?: boolean };
    try {
      outcome = await work();
    } catch (error) {
      outcome = { diagnostics: [], error: failure + String(error), format: 'json' };
    }
    if (outcome.aborted || generation !== this.generation) return;
    if (src) this.abort = undefined;
    this.apply(outcome, origin, src, true);
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
