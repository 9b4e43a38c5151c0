import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { roadmapContext, type RoadmapContextValue } from '../../context/roadmap-context.js';
import { readScriptInput, RoadmapLoader } from '../../controllers/roadmap-loader.js';
import type { RoadmapSelectEvent } from '../../events/events.js';
import type { Diagnostic, Roadmap } from '../../model/schema.js';
import { isPlainDate } from '../../model/dates.js';
import { indexRoadmap, type Selection } from '../../model/selectors.js';
import { hostStyles, statusStyles } from '../../styles/tokens.js';
import { renderStatus } from '../../templates/status.js';

/**
 * Loads a roadmap and shares it with every view inside it, together with what is selected.
 * It draws nothing of its own but the loading and error states.
 *
 * The roadmap comes from, in this order: the `roadmap` property, the `src` URL (`.json` or
 * `.md`), or a child `<script type="application/json">` / `<script type="text/markdown">`.
 *
 * @summary Loads a roadmap (JSON or Markdown) and links the views inside it.
 *
 * @slot - The views (`<roadmap-timeline>`, `<initiative-card>`, `<risk-matrix>`, `<metric-scorecard>`) and any other content.
 *
 * @fires roadmap-load - The roadmap loaded and validated. `detail: {roadmap, diagnostics, origin, src?, format}`.
 * @fires roadmap-error - The roadmap could not be loaded or is not a roadmap. `detail: {message, diagnostics, origin, src?, status?}`.
 *
 * @csspart status - The loading or error box.
 * @csspart loading - The loading box (with `status`).
 * @csspart error - The error box (with `status`).
 *
 * @cssprop [--roadmap-color-danger=#b42318] - Colour of the error box's edge and title.
 */
export class RoadmapProvider extends LitElement {
  static override styles = [
    hostStyles,
    statusStyles,
    css`
      :host {
        display: contents;
      }
      .status {
        margin-bottom: 0.75em;
      }
    `,
  ];

  /** The roadmap as an object (a model document). Wins over `src` and child scripts. */
  @property({ attribute: false }) roadmap?: unknown;

  /** URL of a roadmap: `.json` (the model) or `.md` (Markdown, imported in the browser). */
  @property({ reflect: true }) src?: string;

  /** "Today" for every view inside, and the anchor for relative periods ("Next 3 months"), as YYYY-MM-DD. */
  @property({ attribute: 'as-of', reflect: true }) asOf?: string;

  /**
   * What is selected, `{kind, id}`; every view inside highlights it and what is linked to it.
   * Set it to select from outside; it also follows `roadmap-select` events from the views.
   */
  @property({ attribute: false }) selection?: Selection;

  /** Load status: `idle`, `loading`, `ready` or `error`. */
  get status(): RoadmapContextValue['status'] {
    return this.loader.status;
  }

  /** Diagnostics of the current roadmap (validation and, for Markdown, import). */
  get diagnostics(): readonly Diagnostic[] {
    return this.loader.diagnostics;
  }

  /** The validated roadmap the views draw, once loaded. */
  get loadedRoadmap(): Roadmap | undefined {
    return this.loader.roadmap;
  }

  @provide({ context: roadmapContext })
  @state()
  private value: RoadmapContextValue = { diagnostics: [], status: 'idle' };

  private readonly loader = new RoadmapLoader(this, () => ({ roadmap: this.roadmap, src: this.src, script: () => readScriptInput(this) }));
  /** Child scripts that change (or arrive after the element) are read again. */
  private scripts?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.scripts ??= new MutationObserver(() => this.requestUpdate());
    this.scripts.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scripts?.disconnect();
  }

  constructor() {
    super();
    this.addEventListener('roadmap-select', (event: RoadmapSelectEvent) => {
      const { kind, id } = event.detail ?? {};
      this.selection = kind && id ? { kind, id } : undefined;
    });
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const { status, roadmap, diagnostics, error } = this.loader;
    let selection = this.selection;
    if (selection && roadmap && !this.selectionExists(roadmap, selection)) selection = undefined;
    const asOf = this.asOf && isPlainDate(this.asOf) ? this.asOf : undefined;
    const v = this.value;
    if (v.status !== status || v.roadmap !== roadmap || v.diagnostics !== diagnostics || v.error !== error || v.selection !== selection || v.asOf !== asOf) {
      this.value = { status, diagnostics, ...(roadmap ? { roadmap } : {}), ...(error ? { error } : {}), ...(selection ? { selection } : {}), ...(asOf ? { asOf } : {}) };
    }
  }

  private selectionExists(roadmap: Roadmap, selection: Selection): boolean {
    const index = indexRoadmap(roadmap);
    switch (selection.kind) {
      case 'initiative':
        return index.initiatives.has(selection.id);
      case 'risk':
        return index.risks.has(selection.id);
      case 'metric':
        return index.metrics.has(selection.id);
      case 'milestone':
        return index.milestones.has(selection.id);
      case 'dependency':
        return index.dependencies.has(selection.id);
      case 'checklist-item':
        return index.initiativeByChecklistItem.has(selection.id);
      default:
        return true;
    }
  }

  protected override render() {
    return html`${renderStatus(this.loader)}<slot></slot>`;
  }
}
