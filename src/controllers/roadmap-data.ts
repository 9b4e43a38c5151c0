import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { roadmapContext, type LoadStatus, type RoadmapContextValue } from '../context/roadmap-context.js';
import type { Diagnostic, Roadmap } from '../model/schema.js';
import type { Selection } from '../model/selectors.js';
import { RoadmapLoader } from './roadmap-loader.js';

/** The inputs every view has. */
export interface RoadmapViewHost extends ReactiveControllerHost, HTMLElement {
  /** A roadmap set directly; overrides the provider's. */
  roadmap?: unknown;
  /** URL of a roadmap for standalone use. */
  src?: string;
  /** "Today" and the anchor for relative time (YYYY-MM-DD). */
  asOf?: string;
}

/**
 * What a view draws from: its own `.roadmap` or `src` when set (through `RoadmapLoader`),
 * otherwise the enclosing `<roadmap-provider>`'s context. Selection comes from the provider;
 * a standalone view keeps its own.
 */
export class RoadmapDataController implements ReactiveController {
  private readonly loader: RoadmapLoader;
  private provided?: RoadmapContextValue;
  /** Selection of a view that has no provider. */
  localSelection?: Selection;

  constructor(private readonly host: RoadmapViewHost) {
    this.loader = new RoadmapLoader(host, () => ({ roadmap: host.roadmap, src: host.src }));
    new ContextConsumer(host, {
      context: roadmapContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        host.requestUpdate();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('roadmap-select', this.onSelect);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('roadmap-select', this.onSelect);
  }

  private readonly onSelect = (event: Event): void => {
    if (this.hasProvider && !this.ownInput) return;
    const detail = (event as CustomEvent<{ kind: Selection['kind'] | null; id: string | null }>).detail;
    this.localSelection = detail?.kind && detail.id ? { kind: detail.kind, id: detail.id } : undefined;
    this.host.requestUpdate();
  };

  /** True when the view draws its own roadmap rather than the provider's. */
  get standalone(): boolean {
    return (this.host.roadmap !== undefined && this.host.roadmap !== null) || Boolean(this.host.src) || !this.provided;
  }

  get hasProvider(): boolean {
    return this.provided !== undefined;
  }

  /** The view shows its provider's roadmap (not one of its own). */
  get inProvider(): boolean {
    return this.hasProvider && !this.ownInput;
  }

  get status(): LoadStatus {
    return this.ownInput ? this.loader.status : (this.provided?.status ?? 'idle');
  }

  get roadmap(): Roadmap | undefined {
    return this.ownInput ? this.loader.roadmap : this.provided?.roadmap;
  }

  get diagnostics(): readonly Diagnostic[] {
    return this.ownInput ? this.loader.diagnostics : (this.provided?.diagnostics ?? []);
  }

  get error(): string | undefined {
    return this.ownInput ? this.loader.error : this.provided?.error;
  }

  get selection(): Selection | undefined {
    return this.provided && !this.ownInput ? this.provided.selection : this.localSelection;
  }

  /** The view's `as-of`, else the provider's. */
  get asOf(): string | undefined {
    return this.host.asOf ?? this.provided?.asOf;
  }

  private get ownInput(): boolean {
    return (this.host.roadmap !== undefined && this.host.roadmap !== null) || Boolean(this.host.src);
  }
}
