import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadFromObject, type LoadOutcome } from '../../controllers/load-roadmap.js';
import { RoadmapDataController } from '../../controllers/roadmap-data.js';
import { RoadmapSelectEvent } from '../../events/events.js';
import { describeInitiative, initiativeForSelection, knownInitiatives, type CardData } from '../../layout/card.js';
import type { Diagnostic, Initiative, Roadmap } from '../../model/schema.js';
import type { EntityKind } from '../../model/selectors.js';
import { printStyles } from '../../styles/print.js';
import { bandTokens } from '../../styles/bands.js';
import { hostStyles, statusStyles } from '../../styles/tokens.js';
import { renderIdle, renderStatus } from '../../templates/status.js';
import { renderHeader } from './initiative-card.header.js';
import { renderProblem, type Problem } from './initiative-card.messages.js';
import { renderBody } from './initiative-card.sections.js';
import { styles } from './initiative-card.styles.js';
import type { CardView } from './initiative-card.view.js';

/**
 * One initiative and everything the roadmap says about it: key, title, status, health, priority,
 * owner and team, theme, the schedule as written and as resolved (with overdue marked against
 * `as-of`), progress from its checklist, goal, checklist, acceptance criteria, labelled lists and
 * fields, success metrics with their parsed targets, dependencies, risks, external references,
 * milestones, notes and the source line it came from. `variant="compact"` shows only the header
 * and progress, for grids and tooltips.
 *
 * The initiative is chosen by `initiative-id`, or given as `.initiative`; inside a
 * `<roadmap-provider>` without either, the card follows the provider's selection.
 *
 * @summary One initiative, everything the roadmap says about it, from a compact chip to a full page.
 *
 * @fires roadmap-select - A dependency (selects the other initiative), risk, metric, milestone or the title was activated. `detail: {kind, id}`.
 * @fires roadmap-load - The card's own `src` or `.roadmap` loaded. `detail: {roadmap, diagnostics, origin, src?, format}`.
 * @fires roadmap-error - The card's own `src` or `.roadmap` could not be loaded. `detail: {message, diagnostics, origin, src?, status?}`.
 *
 * @csspart card - The card; with `status-<status>`, `overdue`, `selected`, `compact` or `full`.
 * @csspart header - Key, title, chips, facts and progress.
 * @csspart eyebrow - The line above the title: key, product, category.
 * @csspart title - The title heading.
 * @csspart title-button - The button inside the title that selects the initiative.
 * @csspart chips - The row of status, health, priority and overdue chips.
 * @csspart status - The status chip, with `status-<status>`; also the loading or error box (with `loading` or `error`).
 * @csspart health - The health chip; with `health-<value>`.
 * @csspart priority - The priority chip (its tooltip says what the priority means).
 * @csspart overdue-chip - The "Overdue by …" chip.
 * @csspart facts - The owner, team, theme, goal and schedule list.
 * @csspart schedule - The schedule as written (one per line: period, start, end, target).
 * @csspart resolved - The schedule as resolved, with what is due and the date it counts from.
 * @csspart progress - The progress ring and its text (`role="progressbar"`); `progress untracked` when the checklist has no checkboxes.
 * @csspart goal - The goal line.
 * @csspart description - The description.
 * @csspart section - Every body section; with its name (`checklist`, `criteria`, `metrics`, `dependencies`, `risks`, `details`, `external-refs`, `milestones`, `notes`, `links`).
 * @csspart section-title - The heading of a section.
 * @csspart checklist - The checklist (one per group); items are `checklist-item`.
 * @csspart checklist-item - One checklist item, with `done`, `open` or `plain`, and `selected`.
 * @csspart criteria - Acceptance criteria; items are `criterion`.
 * @csspart criterion - One acceptance criterion, with `met`, `unmet` or `unknown`.
 * @csspart target - A parsed metric target chip.
 * @csspart details - Labelled lists, fields and tags (Platforms, Regions, Security Review…).
 * @csspart tags - The tags.
 * @csspart metrics - Success metrics; items are `metric`.
 * @csspart metric - One metric (its name is a button); with `selected`.
 * @csspart dependencies - Dependencies; items are `dependency`.
 * @csspart dependency - One dependency, with `resolved` or `unresolved`, `outgoing` or `incoming`, and `selected`.
 * @csspart risks - Risks that threaten the initiative; items are `risk`.
 * @csspart risk - One risk; with `selected`.
 * @csspart external-refs - External references not already shown as a dependency; items are `external-ref`.
 * @csspart external-ref - One external reference.
 * @csspart milestones - Milestones linked to the initiative; items are `milestone`.
 * @csspart milestone - One milestone; with `selected`.
 * @csspart notes - Notes; items are `note`.
 * @csspart note - One note, with its kind (`expected`, `rationale`…).
 * @csspart links - Links.
 * @csspart more - A "Show all N" / "Show fewer" button.
 * @csspart source - The source line it came from.
 * @csspart message - The message shown instead of a card (`unknown` id, `none-chosen`, `empty` roadmap).
 * @csspart empty - The message shown when there is no roadmap at all.
 *
 * @cssprop [--roadmap-card-padding=1rem] - Inner padding of the card.
 * @cssprop [--roadmap-card-gap=0.85rem] - Space between the card's blocks.
 * @cssprop [--roadmap-card-background=var(--roadmap-color-surface-raised)] - Card background.
 * @cssprop [--roadmap-card-border=1px solid var(--roadmap-color-border)] - Card border.
 * @cssprop [--roadmap-card-shadow=none] - Card shadow.
 * @cssprop [--roadmap-card-progress-color=var(--roadmap-status-in-progress)] - Colour of the progress ring.
 * @cssprop [--roadmap-card-chip-radius=999px] - Corner radius of chips.
 * @cssprop [--roadmap-font-family-mono=ui-monospace] - Font of keys, code and targets.
 * @cssprop [--roadmap-color-text] - Text colour (and every other `--roadmap-*` token of the library).
 */
export class InitiativeCard extends LitElement {
  static override styles = [hostStyles, bandTokens, statusStyles, styles, printStyles];

  private readonly data = new RoadmapDataController(this);

  /** A roadmap set directly (a model document); overrides the provider's. */
  @property({ attribute: false }) roadmap?: unknown;

  /** URL of a roadmap (`.json` or `.md`) for standalone use. */
  @property() src?: string;

  /** "Today" (YYYY-MM-DD) for overdue, and the anchor of relative periods. Default: the provider's, else the roadmap's own date. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** Id of the initiative to show. Without it, inside a provider, the card follows the selection. */
  @property({ attribute: 'initiative-id', reflect: true }) initiativeId?: string;

  /**
   * The initiative itself, given directly (with `.roadmap` or inside a provider, for its links).
   * It is validated like a roadmap's initiative; wins over `initiative-id`.
   */
  @property({ attribute: false }) initiative?: unknown;

  /** `full` shows everything; `compact` only the header and progress, for grids and tooltips. */
  @property({ reflect: true }) variant: 'compact' | 'full' = 'full';

  /** BCP 47 locale for dates and numbers. Default: the element's or page's `lang`, else the roadmap's, else en-GB. */
  @property() locale?: string;

  /** Lists longer than this show their first items and a "Show all N" button. */
  @property({ type: Number, attribute: 'collapse-after' }) collapseAfter = 6;

  /** Heading level of the title (2–6); section headings sit one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Lists the user expanded, by section name. */
  @state() private expanded = new Set<string>();

  private card?: CardData;
  private problem?: Problem;
  private inputKey: unknown[] = [];
  private given?: { input: unknown; base?: Roadmap; roadmap?: Roadmap; diagnostics: Diagnostic[]; pending?: true };

  /** What the template modules see of the element. */
  private readonly view: CardView = (() => {
    const host = this;
    return {
      get headingLevel() {
        return host.headingLevel;
      },
      isSelected: (id: string) => host.data.selection?.id === id,
      select: (kind: EntityKind, id: string) => host.dispatchEvent(new RoadmapSelectEvent({ kind, id })),
      collapsed: <T>(name: string, items: readonly T[], noun: string) => host.collapsed(name, items, noun),
    };
  })();

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const roadmap = this.effectiveRoadmap();
    const selection = this.data.selection;
    const id = this.givenId() ?? this.initiativeId?.trim() ?? (roadmap ? initiativeForSelection(roadmap, selection) : undefined);
    const locale = this.locale ?? (this.lang || this.ownerDocument?.documentElement?.lang || undefined);
    const asOf = this.data.asOf;
    const key = [roadmap, id, asOf, locale, this.given?.diagnostics, selection && !this.initiativeId && !this.initiative ? selection : undefined];
    if (key.length === this.inputKey.length && key.every((v, i) => v === this.inputKey[i])) return;
    if (id !== this.card?.id) this.expanded = new Set();
    this.inputKey = key;
    this.card = undefined;
    this.problem = undefined;
    if (this.given?.pending) return;
    if (this.given && !this.given.roadmap) {
      this.problem = { kind: 'invalid', diagnostics: this.given.diagnostics };
      return;
    }
    if (!roadmap) return;
    if (!roadmap.initiatives.length) {
      this.problem = { kind: 'empty' };
      return;
    }
    if (!id) {
      this.problem = { kind: 'none-chosen', followsProvider: this.data.hasProvider && !this.roadmap && !this.src, known: knownInitiatives(roadmap) };
      return;
    }
    const card = describeInitiative(roadmap, id, { ...(asOf ? { asOf } : {}), ...(locale ? { locale } : {}) });
    if (card) this.card = card;
    else this.problem = { kind: 'unknown', id, known: knownInitiatives(roadmap) };
  }

  /** The roadmap to describe, with `.initiative` (validated) put in place of its namesake. */
  private effectiveRoadmap(): Roadmap | undefined {
    const base = this.data.roadmap;
    const input = this.initiative;
    if (input === undefined || input === null) {
      this.given = undefined;
      return base;
    }
    if (base && base.initiatives.includes(input as Initiative)) {
      this.given = undefined;
      return base;
    }
    if (this.given?.input === input && this.given.base === base) return this.given.roadmap;
    const inputId = (input as { id?: unknown }).id;
    const doc = base
      ? { ...base, initiatives: [input, ...base.initiatives.filter((i) => i.id !== inputId)] }
      : { schemaVersion: '1.0', meta: { title: 'Initiative' }, initiatives: [input] };
    const take = (result: LoadOutcome) => {
      const ok = result.roadmap && result.roadmap.initiatives.some((i) => i.id === inputId);
      this.given = { input, ...(base ? { base } : {}), ...(ok ? { roadmap: result.roadmap } : {}), diagnostics: result.diagnostics.filter((d) => d.severity === 'error') };
    };
    const outcome = loadFromObject(doc);
    if (!(outcome instanceof Promise)) take(outcome);
    else {
      // It writes a time as text: checked once the reader of such times has loaded.
      this.given = { input, ...(base ? { base } : {}), diagnostics: [], pending: true };
      void outcome.then((result) => {
        if (this.given?.input !== input || !this.given.pending) return;
        take(result);
        this.requestUpdate();
      });
    }
    return this.given!.roadmap;
  }

  private givenId(): string | undefined {
    const id = (this.initiative as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? id : undefined;
  }

  /** The first `collapseAfter` items unless expanded, and the toggle button. */
  private collapsed<T>(name: string, items: readonly T[], noun: string): { shown: readonly T[]; toggle: TemplateResult | typeof nothing } {
    const limit = Math.max(1, Math.floor(this.collapseAfter) || 6);
    // Hiding a single item saves nothing: show it.
    if (items.length <= limit + 1) return { shown: items, toggle: nothing };
    const open = this.expanded.has(name);
    const toggle = html`<button
      class="more"
      part="more"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="list-${name}"
      @click=${() => {
        const next = new Set(this.expanded);
        if (open) next.delete(name);
        else next.add(name);
        this.expanded = next;
      }}
    >
      ${open ? `Show fewer ${noun}` : `Show all ${items.length} ${noun}`}
    </button>`;
    return { shown: open ? items : items.slice(0, limit), toggle };
  }

  protected override render() {
    if (!this.initiative || this.data.roadmap || this.roadmap || this.src) {
      const status = renderStatus(this.data);
      if (status !== nothing) return status;
      if (!this.initiative && !this.data.roadmap) return renderIdle('card');
    }
    if (this.given?.pending) return renderStatus({ status: 'loading', diagnostics: [] });
    if (this.problem) return renderProblem(this.problem);
    const c = this.card;
    if (!c) return renderIdle('card');
    const full = this.variant !== 'compact';
    const selected = this.view.isSelected(c.id);
    const parts = ['card', `status-${c.status}`, full ? 'full' : 'compact', c.schedule.overdue ? 'overdue' : '', selected ? 'selected' : ''].filter(Boolean).join(' ');
    return html`<article class="card ${c.schedule.overdue ? 'overdue' : ''} ${selected ? 'selected' : ''}" part=${parts} data-id=${c.id} aria-labelledby="title">
      ${renderHeader(this.view, c, full)} ${full ? renderBody(this.view, c) : nothing} ${full && c.source ? this.renderSource(c.source) : nothing}
    </article>`;
  }

  private renderSource(source: NonNullable<CardData['source']>): TemplateResult {
    return html`<footer part="source">
      Source: ${source.text}${source.raw ? html`<span class="source-line"><span class="visually-hidden">, as written: </span><code>${source.raw}</code></span>` : nothing}
    </footer>`;
  }

  /**
   * The card as a standalone SVG document with all of its content (the card): its HTML in a
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
