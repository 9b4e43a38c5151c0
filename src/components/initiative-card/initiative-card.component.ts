import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RoadmapDataController } from '../../controllers/roadmap-data.js';
import { RoadmapSelectEvent } from '../../events/events.js';
import { describeInitiative, initiativeForSelection, knownInitiatives, type CardData, type ChecklistRow, type DependencyRow } from '../../layout/card.js';
import type { Diagnostic, Initiative, Roadmap } from '../../model/schema.js';
import type { EntityKind, Selection } from '../../model/selectors.js';
import { validateRoadmap } from '../../model/validate.js';
import { hostStyles, statusStyles } from '../../styles/tokens.js';
import { renderInline, safeHref } from '../../templates/inline-markdown.js';
import { renderIdle, renderStatus } from '../../templates/status.js';
import { styles } from './initiative-card.styles.js';

type Problem =
  | { kind: 'unknown'; id: string; known: ReturnType<typeof knownInitiatives> }
  | { kind: 'none-chosen'; followsProvider: boolean; known: ReturnType<typeof knownInitiatives> }
  | { kind: 'empty' }
  | { kind: 'invalid'; diagnostics: Diagnostic[] };

const CHECK = svg`<path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;
const BOX = svg`<rect x="2.5" y="2.5" width="11" height="11" rx="2" fill="none" stroke="currentColor" stroke-width="1.5"/>`;
const DOT = svg`<circle cx="8" cy="8" r="2.5" fill="currentColor"/>`;
const CROSS = svg`<path d="M4.5 4.5l7 7m0-7l-7 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`;
const QUESTION = svg`<circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="1.5"/>`;

const icon = (shape: ReturnType<typeof svg>) => html`<span class="mark" aria-hidden="true"><svg viewBox="0 0 16 16" focusable="false">${shape}</svg></span>`;

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
 * @fires roadmap-select - A dependency (selects the other initiative), risk, metric or the title was activated. `detail: {kind, id}`.
 * @fires roadmap-load - The card's own `src` or `.roadmap` loaded. `detail: {roadmap, diagnostics, origin, src?, format}`.
 * @fires roadmap-error - The card's own `src` or `.roadmap` could not be loaded. `detail: {message, diagnostics, origin, src?, status?}`.
 *
 * @csspart card - The card; with `status-<status>`, `overdue`, `selected`, `compact` or `full`.
 * @csspart header - Key, title, chips, facts and progress.
 * @csspart eyebrow - The line above the title: key, product, category.
 * @csspart title - The title heading.
 * @csspart title-button - The button inside the title that selects the initiative.
 * @csspart chips - The row of status, health, priority and overdue chips.
 * @csspart status - The status chip; with `status-<status>`.
 * @csspart health - The health chip; with `health-<value>`.
 * @csspart priority - The priority chip.
 * @csspart overdue-chip - The "Overdue by …" chip.
 * @csspart facts - The owner, team, theme and schedule list.
 * @csspart schedule - The schedule as written.
 * @csspart resolved - The schedule as resolved, with what is due.
 * @csspart progress - The progress ring and its text (`role="progressbar"` when tracked).
 * @csspart goal - The goal line.
 * @csspart description - The description.
 * @csspart section - Every body section; with its name (`checklist`, `criteria`, `metrics`…).
 * @csspart checklist - The checklist; its items are `checklist-item` with `done`, `open` or `plain`.
 * @csspart checklist-item - One checklist item.
 * @csspart criteria - Acceptance criteria; items are `criterion` with `met`, `unmet` or `unknown`.
 * @csspart criterion - One acceptance criterion.
 * @csspart target - A parsed metric target chip.
 * @csspart details - Labelled lists and fields (Platforms, Regions, Security Review…).
 * @csspart metrics - Success metrics; items are `metric`.
 * @csspart metric - One metric (its name is a button).
 * @csspart dependencies - Dependencies; items are `dependency` with `resolved` or `unresolved`.
 * @csspart dependency - One dependency.
 * @csspart risks - Risks that threaten the initiative; items are `risk`.
 * @csspart risk - One risk.
 * @csspart external-refs - External references; items are `external-ref`.
 * @csspart external-ref - One external reference (SR-2024-001 pending approval).
 * @csspart milestones - Milestones linked to the initiative; items are `milestone`.
 * @csspart milestone - One milestone.
 * @csspart notes - Notes; items are `note`.
 * @csspart note - One note.
 * @csspart links - Links.
 * @csspart tags - Tags.
 * @csspart more - A "Show all N" / "Show fewer" button.
 * @csspart source - The source line it came from.
 * @csspart message - The message shown instead of a card (unknown id, nothing selected, empty roadmap).
 * @csspart status - The loading or error box (with `loading` or `error`).
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
  static override styles = [hostStyles, statusStyles, styles];

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
  private given?: { input: unknown; base?: Roadmap; roadmap?: Roadmap; diagnostics: Diagnostic[] };

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
    const result = validateRoadmap(doc);
    const ok = result.roadmap && result.roadmap.initiatives.some((i) => i.id === inputId);
    this.given = { input, ...(base ? { base } : {}), ...(ok ? { roadmap: result.roadmap } : {}), diagnostics: result.diagnostics.filter((d) => d.severity === 'error') };
    return this.given.roadmap;
  }

  private givenId(): string | undefined {
    const id = (this.initiative as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? id : undefined;
  }

  private select(kind: EntityKind, id: string): void {
    this.dispatchEvent(new RoadmapSelectEvent({ kind, id }));
  }

  private get selection(): Selection | undefined {
    return this.data.selection;
  }

  private isSelected(id: string): boolean {
    return this.selection?.id === id;
  }

  protected override render() {
    if (!this.initiative || this.data.roadmap || this.roadmap || this.src) {
      const status = renderStatus(this.data);
      if (status !== nothing) return status;
      if (!this.initiative && !this.data.roadmap) return renderIdle('card');
    }
    if (this.problem) return this.renderProblem(this.problem);
    const c = this.card;
    if (!c) return renderIdle('card');
    const full = this.variant !== 'compact';
    const parts = ['card', `status-${c.status}`, full ? 'full' : 'compact', c.schedule.overdue ? 'overdue' : '', this.isSelected(c.id) ? 'selected' : ''].filter(Boolean).join(' ');
    return html`<article
      class="card ${c.schedule.overdue ? 'overdue' : ''} ${this.isSelected(c.id) ? 'selected' : ''}"
      part=${parts}
      data-id=${c.id}
      aria-labelledby="title"
    >
      ${this.renderHeader(c, full)} ${full ? this.renderBody(c) : nothing}
      ${full && c.source ? html`<footer part="source">Source: ${c.source.text}</footer>` : nothing}
    </article>`;
  }

  // ───────── header ─────────

  private heading(level: number, id: string, part: string, cls: string, content: unknown): TemplateResult {
    const l = Math.max(1, Math.min(6, Math.round(level) || 3));
    return html`<div role="heading" aria-level=${l} id=${id || nothing} part=${part} class=${cls}>${content}</div>`;
  }

  private renderHeader(c: CardData, full: boolean): TemplateResult {
    const eyebrow = [
      c.key ? html`<span class="key">${c.key}</span>` : undefined,
      c.product ? html`<span>${c.product}</span>` : undefined,
      c.category ? html`<span>${c.category}</span>` : undefined,
      c.parent ? html`<span>in ${c.parent.title}</span>` : undefined,
    ].filter((x) => x !== undefined);
    const s = c.schedule;
    return html`<header part="header">
      <div class="head">
        <div class="head-text">
          ${eyebrow.length ? html`<p class="eyebrow" part="eyebrow">${eyebrow}</p>` : nothing}
          ${this.heading(
            this.headingLevel,
            'title',
            'title',
            'title',
            html`<button class="title-button" part="title-button" @click=${() => this.select('initiative', c.id)}>${renderInline(c.title, { links: false })}</button>`,
          )}
          <div class="chips" part="chips">
            <span class="chip status-chip" part="status status-${c.status}" data-status=${c.status}><span class="dot" aria-hidden="true"></span><span class="visually-hidden">Status: </span>${c.statusLabel}</span>
            ${c.health
              ? html`<span class="chip health" part="health health-${c.health.value}" data-health=${c.health.value} title=${c.health.note ?? nothing}
                  ><span class="dot" aria-hidden="true"></span><span class="visually-hidden">Health: </span>${c.health.label}</span
                >`
              : nothing}
            ${c.priority
              ? html`<span class="chip priority" part="priority" title=${c.priority.label ?? nothing}><span class="visually-hidden">Priority: </span>${c.priority.key}${c.priority.label && c.priority.label !== c.priority.key ? html` · ${c.priority.label}` : nothing}</span>`
              : nothing}
            ${s.overdue ? html`<span class="chip overdue" part="overdue-chip">${s.dueText}</span>` : nothing}
          </div>
        </div>
        ${this.renderProgress(c)}
      </div>
      ${full ? this.renderFacts(c, s) : this.renderCompactFacts(c, s)}
    </header>`;
  }

  /** Compact: who, and when, on two short lines. */
  private renderCompactFacts(c: CardData, s: CardData['schedule']): TemplateResult {
    const who = [c.owner?.text, ...c.teams.filter((t) => t !== c.owner?.text)].filter(Boolean).join(' · ');
    const when = s.written.find((l) => l.label === 'Target') ?? s.written[0];
    return html`<dl class="summary" part="facts">
      ${who ? html`<div><dt class="visually-hidden">Owner and team</dt><dd>${who}</dd></div>` : nothing}
      <div title=${`Resolved: ${s.resolvedText}`}>
        <dt class="visually-hidden">Schedule</dt>
        <dd part="schedule">
          ${when ? html`<span class="muted">${when.label}</span> ${when.text}` : s.resolvedText}${s.dueText && !s.overdue
            ? html` · <span class="due">${s.dueText}</span>`
            : nothing}
        </dd>
      </div>
    </dl>`;
  }

  private renderFacts(c: CardData, s: CardData['schedule']): TemplateResult {
    return html`<dl class="facts" part="facts">
        ${c.owner
          ? html`<dt>Owner</dt>
              <dd>${c.owner.text}${c.owner.role ? html` <span class="muted">(${c.owner.role})</span>` : nothing}</dd>`
          : nothing}
        ${c.teams.length ? html`<dt>${c.teams.length > 1 ? 'Teams' : 'Team'}</dt><dd>${c.teams.join(', ')}</dd>` : nothing}
        ${c.themes.length
          ? html`<dt>${c.themes.length > 1 ? 'Themes' : 'Theme'}</dt><dd>${c.themes.map((t, i) => html`${i ? ', ' : ''}${t.icon ? `${t.icon} ` : ''}${t.name}`)}</dd>`
          : nothing}
        ${c.goals.length ? html`<dt>${c.goals.length > 1 ? 'Serves goals' : 'Serves goal'}</dt><dd>${c.goals.map((g, i) => html`${i ? '; ' : ''}${renderInline(g.text)}`)}</dd>` : nothing}
        ${s.written.map((line) => html`<dt>${line.label}</dt><dd part="schedule">${line.text}</dd>`)}
        ${c.progress.value === undefined && c.checklistCount ? html`<dt>Progress</dt><dd part="progress untracked" class="muted">${c.progress.text}</dd>` : nothing}
        <dt>${s.written.length ? 'Resolved' : 'Schedule'}</dt>
        <dd part="resolved">
          ${s.resolvedText}${s.dueText && !s.overdue ? html` · <span class="due">${s.dueText}</span>` : nothing}${s.asOf && s.resolved.end ? html` <span class="detail">Counted from ${s.asOf.text}</span>` : nothing}
        </dd>
      </dl>`;
  }

  private renderProgress(c: CardData): TemplateResult | typeof nothing {
    const p = c.progress;
    const r = p.ring.radius;
    const size = r * 2 + 2;
    if (p.value === undefined) return nothing;
    const pct = Math.round(p.value * 100);
    return html`<div
      class="progress"
      part="progress"
      role="progressbar"
      aria-label="Progress"
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${pct}
      aria-valuetext=${p.text}
      ?data-complete=${pct >= 100}
    >
      <svg width=${size} height=${size} viewBox="${-r - 1} ${-r - 1} ${size} ${size}" aria-hidden="true" focusable="false">
        <path class="ring-track" d=${p.ring.track}></path>
        ${p.ring.value ? svg`<path class="ring-value" d=${p.ring.value}></path>` : nothing}
        <text class="ring-label" x="0" y="0">${pct}%</text>
      </svg>
      <span>${p.total ? `${p.done} of ${p.total} done` : p.source === 'manual' ? 'stated' : 'from sub-items'}</span>
    </div>`;
  }

  // ───────── body ─────────

  private renderBody(c: CardData): TemplateResult {
    const sections = [
      this.renderChecklist(c),
      this.renderCriteria(c),
      this.renderMetrics(c),
      this.renderDependencies(c),
      this.renderRisks(c),
      this.renderDetails(c),
      this.renderExternal(c),
      this.renderMilestones(c),
      this.renderNotes(c),
      this.renderLinks(c),
    ].filter((x) => x !== nothing);
    return html`${c.objective
        ? html`<p class="goal" part="goal"><span class="label">Goal:</span> ${renderInline(c.objective)}</p>`
        : nothing}
      ${c.description ? html`<p class="description" part="description">${renderInline(c.description)}</p>` : nothing}
      ${sections.length ? html`<div class="sections">${sections}</div>` : nothing}
      ${c.tags.length
        ? html`<ul class="inline-list" part="tags" aria-label="Tags">
            ${c.tags.map((t) => html`<li class="chip plain">${t}</li>`)}
          </ul>`
        : nothing}`;
  }

  private section(name: string, title: string, count: string | undefined, body: unknown, wide = false): TemplateResult {
    const id = `section-${name}`;
    return html`<section part="section ${name}" class=${wide ? 'wide' : ''} aria-labelledby=${id}>
      ${this.heading(this.headingLevel + 1, id, 'section-title', 'section-title', html`${title}${count ? html` <span class="count">${count}</span>` : nothing}`)}
      ${body}
    </section>`;
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

  private renderChecklist(c: CardData) {
    if (!c.checklistCount) return nothing;
    const all = c.checklist.flatMap((g) => g.items.map((item) => ({ group: g.group, item })));
    const { shown, toggle } = this.collapsed('checklist', all, 'items');
    const shownIds = new Set(shown.map((x) => x.item.id));
    const groups = c.checklist.map((g) => ({ group: g.group, items: g.items.filter((i) => shownIds.has(i.id)) })).filter((g) => g.items.length);
    const count = c.progress.total ? `${c.progress.done}/${c.progress.total}` : `${c.checklistCount}`;
    const list = (items: ChecklistRow[], label?: string) => html`<ul class="rows" part="checklist" aria-label=${label ?? nothing}>
      ${repeat(items, (i) => i.id, (i) => this.renderChecklistItem(i))}
    </ul>`;
    return this.section(
      'checklist',
      'Checklist',
      count,
      html`<div id="list-checklist">
          ${groups.map((g) => (g.group ? html`<p class="group-label">${g.group}</p>${list(g.items, g.group)}` : list(g.items)))}
        </div>
        ${toggle}`,
    );
  }

  private renderChecklistItem(i: ChecklistRow): TemplateResult {
    const word = i.state === 'done' ? 'Done: ' : i.state === 'open' ? 'Open: ' : '';
    return html`<li class="${i.state} ${this.isSelected(i.id) ? 'selected' : ''}" part="checklist-item ${i.state}${this.isSelected(i.id) ? ' selected' : ''}" data-id=${i.id}>
      ${icon(i.state === 'done' ? CHECK : i.state === 'open' ? BOX : DOT)}
      <span class="text"
        >${word ? html`<span class="visually-hidden">${word}</span>` : nothing}${renderInline(i.text)}${i.version || i.priority || i.target
          ? html`<span class="extras"
              >${i.priority ? html`<span class="chip priority">${i.priority}</span>` : nothing}${i.version
                ? html`<span class="chip plain">v${i.version.replace(/^v/i, '')}</span>`
                : nothing}${i.target ? html`<span class="chip target" part="target">${i.target}</span>` : nothing}</span
            >`
          : nothing}</span
      >
    </li>`;
  }

  private renderCriteria(c: CardData) {
    if (!c.criteria.length) return nothing;
    const { shown, toggle } = this.collapsed('criteria', c.criteria, 'criteria');
    const met = c.criteria.filter((x) => x.met === true).length;
    return this.section(
      'criteria',
      'Acceptance criteria',
      met ? `${met}/${c.criteria.length} met` : `${c.criteria.length}`,
      html`<ul class="rows" part="criteria" id="list-criteria">
          ${repeat(
            shown,
            (x) => x.id,
            (x) => {
              const state = x.met === true ? 'met' : x.met === false ? 'unmet' : 'unknown';
              const word = x.met === true ? 'Met: ' : x.met === false ? 'Not met: ' : '';
              return html`<li class=${state} part="criterion ${state}" data-id=${x.id}>
                ${icon(x.met === true ? CHECK : x.met === false ? CROSS : QUESTION)}
                <span class="text"
                  >${word ? html`<span class="visually-hidden">${word}</span>` : nothing}${renderInline(x.text)}${x.target
                    ? html` <span class="chip target" part="target">${x.target}</span>`
                    : nothing}</span
                >
              </li>`;
            },
          )}
        </ul>
        ${toggle}`,
    );
  }

  private renderMetrics(c: CardData) {
    if (!c.metrics.length) return nothing;
    const { shown, toggle } = this.collapsed('metrics', c.metrics, 'metrics');
    return this.section(
      'metrics',
      'Success metrics',
      `${c.metrics.length}`,
      html`<ul class="rows" part="metrics" id="list-metrics">
          ${repeat(
            shown,
            (m) => m.id,
            (m) => html`<li part="metric${this.isSelected(m.id) ? ' selected' : ''}" class=${this.isSelected(m.id) ? 'selected' : ''} data-id=${m.id}>
              <span class="text">
                <button class="link-button" @click=${() => this.select('metric', m.id)}>${renderInline(m.name, { links: false })}</button>
                ${m.targets.length
                  ? html`<span class="extras"
                      >${m.targets.map(
                        (t) => html`<span class="chip target" part="target" title=${[t.raw, t.direction].filter(Boolean).join(' · ')}
                          ><span class="visually-hidden">target </span>${t.text}</span
                        >`,
                      )}</span
                    >`
                  : nothing}
                ${m.current || m.status
                  ? html`<span class="detail">${m.current ? `Now ${m.current}` : ''}${m.current && m.status ? ' · ' : ''}${m.status ?? ''}</span>`
                  : nothing}
              </span>
            </li>`,
          )}
        </ul>
        ${toggle}`,
    );
  }

  private renderDependency(d: DependencyRow): TemplateResult {
    const o = d.other;
    const select = o.select;
    const label = html`${o.key && o.key !== o.text ? html`<span class="key-text">${o.key}</span> ` : nothing}${renderInline(o.text, { links: false })}`;
    const target = select
      ? html`<button class="link-button" data-target-id=${select.id} @click=${() => this.select(select.kind, select.id)}>${label}</button>`
      : html`<span>${label}</span>${o.note
            ? html` <span class="muted">(${o.note})</span>`
            : o.resolution === 'external'
              ? nothing
              : html` <span class="muted">(not in this roadmap)</span>`}`;
    const resolved = select ? 'resolved' : 'unresolved';
    // The author's sentence explains a link whose words were matched loosely; an unresolved
    // end already shows those words, so the sentence goes to the tooltip.
    const showRaw = d.raw && select;
    return html`<li
      class="dependency"
      part="dependency ${resolved} ${d.direction}${this.isSelected(d.id) ? ' selected' : ''}"
      data-selected=${this.isSelected(d.id) ? 'true' : nothing}
      data-id=${d.id}
      title=${d.raw && !select ? d.raw : nothing}
    >
      <span class="relation">${d.relation}</span>
      <span class="text">${target}${showRaw ? html`<span class="detail">“${renderInline(d.raw!)}”</span>` : nothing}</span>
    </li>`;
  }

  private renderDependencies(c: CardData) {
    if (!c.dependencies.length) return nothing;
    const { shown, toggle } = this.collapsed('dependencies', c.dependencies, 'dependencies');
    return this.section(
      'dependencies',
      'Dependencies',
      `${c.dependencies.length}`,
      html`<ul class="rows" part="dependencies" id="list-dependencies">
          ${repeat(shown, (d) => d.id, (d) => this.renderDependency(d))}
        </ul>
        ${toggle}`,
    );
  }

  private renderRisks(c: CardData) {
    if (!c.risks.length) return nothing;
    const { shown, toggle } = this.collapsed('risks', c.risks, 'risks');
    return this.section(
      'risks',
      'Risks',
      `${c.risks.length}`,
      html`<ul class="rows" part="risks" id="list-risks">
          ${repeat(
            shown,
            (r) => r.id,
            (r) => html`<li part="risk${this.isSelected(r.id) ? ' selected' : ''}" class=${this.isSelected(r.id) ? 'selected' : ''} data-id=${r.id}>
              <span class="text">
                ${r.key ? html`<span class="key-text">${r.key}</span> ` : nothing}<button class="link-button" @click=${() => this.select('risk', r.id)}>
                  ${renderInline(r.title, { links: false })}
                </button>
                ${r.band ? html`<span class="chip band" data-band=${r.band.toLowerCase()}>${r.band}</span>` : nothing}
                ${r.description ? html`<span class="detail">${renderInline(r.description)}</span>` : nothing}
                ${r.rating || r.status ? html`<span class="detail">${[r.rating, r.status].filter(Boolean).join(' · ')}</span>` : nothing}
                ${r.mitigations.length
                  ? html`<ul class="mitigations" aria-label="Mitigations">
                      ${r.mitigations.map((m) => html`<li>Mitigation: ${renderInline(m)}</li>`)}
                    </ul>`
                  : nothing}
              </span>
            </li>`,
          )}
        </ul>
        ${toggle}`,
    );
  }

  private renderDetails(c: CardData) {
    if (!c.lists.length && !c.fields.length) return nothing;
    return this.section(
      'details',
      'Details',
      undefined,
      html`<dl class="details" part="details">
        ${c.lists.map((l) => {
          const { shown, toggle } = this.collapsed(`list-${l.id}`, l.items, l.label.toLowerCase());
          return html`<dt>${l.label}</dt>
            <dd>
              <ul class="inline-list" id="list-list-${l.id}">
                ${shown.map((x) => html`<li class="chip plain">${renderInline(x.text)}${x.qualifier ? html`<span class="muted">(${x.qualifier})</span>` : nothing}</li>`)}
              </ul>
              ${toggle}
            </dd>`;
        })}
        ${c.fields.map((f) => html`<dt>${f.label}</dt><dd>${renderInline(f.value)}</dd>`)}
      </dl>`,
    );
  }

  private renderExternal(c: CardData) {
    if (!c.externalRefs.length) return nothing;
    return this.section(
      'external-refs',
      'External references',
      `${c.externalRefs.length}`,
      html`<ul class="rows" part="external-refs">
        ${c.externalRefs.map((e) => {
          const href = e.url ? safeHref(e.url) : undefined;
          const key = href
            ? html`<a class="key-text" href=${href.href} target=${href.external ? '_blank' : nothing} rel=${href.external ? 'noopener noreferrer' : nothing}>${e.key}</a>`
            : html`<span class="key-text">${e.key}</span>`;
          const facts = [e.title, e.kind?.replace('-', ' '), e.status, e.party].filter(Boolean).join(' · ');
          return html`<li part="external-ref" data-id=${e.id ?? nothing}>
            <span class="text">${key}${facts ? html` <span class="muted">${facts}</span>` : nothing}</span>
          </li>`;
        })}
      </ul>`,
    );
  }

  private renderMilestones(c: CardData) {
    if (!c.milestones.length) return nothing;
    return this.section(
      'milestones',
      'Milestones',
      `${c.milestones.length}`,
      html`<ul class="rows" part="milestones">
        ${repeat(
          c.milestones,
          (m) => m.id,
          (m) => html`<li part="milestone${this.isSelected(m.id) ? ' selected' : ''}" class=${this.isSelected(m.id) ? 'selected' : ''} data-id=${m.id}>
            <span class="text"
              ><button class="link-button" @click=${() => this.select('milestone', m.id)}>${renderInline(m.title, { links: false })}</button>${m.date
                ? html` <span class="muted">${m.date}</span>`
                : nothing}</span
            >
          </li>`,
        )}
      </ul>`,
    );
  }

  private renderNotes(c: CardData) {
    if (!c.notes.length) return nothing;
    const { shown, toggle } = this.collapsed('notes', c.notes, 'notes');
    return this.section(
      'notes',
      'Notes',
      c.notes.length > 1 ? `${c.notes.length}` : undefined,
      html`<div part="notes" id="list-notes">
          ${shown.map((n) => html`<p class="note" part="note ${n.kind}"><span class="label">${n.label}:</span> ${renderInline(n.text)}</p>`)}
        </div>
        ${toggle}`,
    );
  }

  private renderLinks(c: CardData) {
    if (!c.links.length) return nothing;
    return this.section(
      'links',
      'Links',
      undefined,
      html`<ul class="rows" part="links">
        ${c.links.map((l) => {
          const safe = safeHref(l.href);
          return html`<li>
            <span class="text"
              >${safe
                ? html`<a href=${safe.href} target=${safe.external ? '_blank' : nothing} rel=${safe.external ? 'noopener noreferrer' : nothing}>${l.text}</a>`
                : html`${l.text} <span class="muted">(${l.href})</span>`}</span
            >
          </li>`;
        })}
      </ul>`,
    );
  }

  // ───────── messages ─────────

  private renderProblem(p: Problem): TemplateResult {
    const known =
      'known' in p && p.known.shown.length
        ? html`<p>
            Known:
            ${p.known.shown.map((k, i) => html`${i ? ', ' : ''}<code>${k.id}</code>${k.label !== k.id ? html` (${k.label})` : nothing}`)}${p.known.more
              ? html`, and ${p.known.more} more`
              : nothing}.
          </p>`
        : nothing;
    switch (p.kind) {
      case 'unknown':
        return html`<div class="message" part="message unknown" role="status">
          <p>No initiative <code>${p.id}</code> in this roadmap.</p>
          ${known}
        </div>`;
      case 'none-chosen':
        return html`<div class="message" part="message none-chosen" role="status">
          <p>
            ${p.followsProvider
              ? 'Select an initiative (in the timeline or any other view) to see it here.'
              : html`No initiative chosen. Set <code>initiative-id</code>.`}
          </p>
          ${p.followsProvider ? nothing : known}
        </div>`;
      case 'empty':
        return html`<div class="message" part="message empty" role="status"><p>This roadmap has no initiatives yet.</p></div>`;
      case 'invalid':
        return renderStatus({ status: 'error', error: 'The initiative given to the card is not valid.', diagnostics: p.diagnostics }) as TemplateResult;
    }
  }
}
