/**
 * The header of `<initiative-card>`: eyebrow (key, product, category), title, chips (status,
 * health, priority, overdue), the progress ring, and the facts (owner, team, theme, goal, the
 * schedule as written and as resolved). Internal template module.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { CardData, ScheduleLine } from '../../layout/card.js';
import { renderInline } from '../../templates/inline-markdown.js';
import { heading, type CardView } from './initiative-card.view.js';

type Schedule = CardData['schedule'];

/**
 * Key, title, chips, progress, and the facts (all of them, or two short lines when compact).
 * @internal
 */
export function renderHeader(view: CardView, c: CardData, full: boolean): TemplateResult {
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
        ${heading(
          view.headingLevel,
          'title',
          'title',
          html`<button class="title-button" part="title-button" @click=${() => view.select('initiative', c.id)}>${renderInline(c.title, { links: false })}</button>`,
        )}
        ${renderChips(c, s)}
      </div>
      ${renderProgress(c)}
    </div>
    ${full ? renderFacts(view, c, s) : renderCompactFacts(c, s)}
  </header>`;
}

function renderChips(c: CardData, s: Schedule): TemplateResult {
  const p = c.priority;
  const priorityTitle = p ? [p.label, p.meaning].filter(Boolean).join(': ') : '';
  return html`<div class="chips" part="chips">
    <span class="chip status-chip" part="status status-${c.status}" data-status=${c.status}
      ><span class="dot" aria-hidden="true"></span><span class="visually-hidden">Status: </span>${c.statusLabel}</span
    >
    ${c.health
      ? html`<span class="chip health" part="health health-${c.health.value}" data-health=${c.health.value} title=${c.health.note ?? nothing}
          ><span class="dot" aria-hidden="true"></span><span class="visually-hidden">Health: </span>${c.health.label}</span
        >`
      : nothing}
    ${p
      ? html`<span class="chip priority" part="priority" title=${priorityTitle || nothing}
          ><span class="visually-hidden">Priority: </span>${p.key}${p.label && p.label !== p.key ? html` · ${p.label}` : nothing}</span
        >`
      : nothing}
    ${s.overdue ? html`<span class="chip overdue" part="overdue-chip">${s.dueText}</span>` : nothing}
  </div>`;
}

/** Compact: who, and when, on two short lines. */
function renderCompactFacts(c: CardData, s: Schedule): TemplateResult {
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

/** "Post-1.0 · after GA v1.0.0 (7 Nov 2025)", "Dec · taken as Dec 2025". */
function renderWritten(view: CardView, line: ScheduleLine): TemplateResult {
  const a = line.anchor;
  return html`${line.text}${line.note ? html` <span class="muted">· ${line.note}</span>` : nothing}${a
    ? html` <span class="muted"
          >· after <button class="link-button" data-target-id=${a.id} @click=${() => view.select('milestone', a.id)}>${a.title}</button>${a.date
            ? ` (${a.date})`
            : nothing}</span
        >`
    : nothing}`;
}

const fact = (label: string, value: unknown, cls = '', part?: string) =>
  html`<div class="fact ${cls}"><dt>${label}</dt><dd part=${part ?? nothing}>${value}</dd></div>`;

/** Everything about who and when, as a description list: rows when narrow, a grid of tiles when wide. */
function renderFacts(view: CardView, c: CardData, s: Schedule): TemplateResult {
  const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);
  return html`<dl class="facts" part="facts">
    ${c.owner ? fact('Owner', html`${c.owner.text}${c.owner.role ? html` <span class="muted">(${c.owner.role})</span>` : nothing}`) : nothing}
    ${c.teams.length ? fact(plural(c.teams.length, 'Team', 'Teams'), c.teams.join(', ')) : nothing}
    ${c.themes.length
      ? fact(
          plural(c.themes.length, 'Theme', 'Themes'),
          c.themes.map((t, i) => html`${i ? ', ' : ''}${t.icon ? `${t.icon} ` : ''}${t.name}`),
        )
      : nothing}
    ${s.written.map((line) => fact(line.label, renderWritten(view, line), line.anchor || line.note || line.text.length > 18 ? 'long' : '', 'schedule'))}
    ${c.progress.value === undefined && c.checklistCount ? fact('Progress', html`<span class="muted">${c.progress.text}</span>`, 'long', 'progress untracked') : nothing}
    ${fact(
      s.written.length ? 'Resolved' : 'Schedule',
      html`${s.resolvedText}${s.dueText && !s.overdue ? html` · <span class="due">${s.dueText}</span>` : nothing}${s.asOf && s.resolved.end
        ? html` <span class="detail">Counted from ${s.asOf.text}</span>`
        : nothing}`,
      'long',
      'resolved',
    )}
    ${c.goals.length
      ? fact(
          plural(c.goals.length, 'Serves goal', 'Serves goals'),
          c.goals.map((g, i) => html`${i ? '; ' : ''}${renderInline(g.text)}`),
          'wide',
        )
      : nothing}
  </dl>`;
}

/** The progress ring (an SVG circle dashed to the value) with its words, as a `progressbar`. */
function renderProgress(c: CardData): TemplateResult | typeof nothing {
  const p = c.progress;
  if (p.value === undefined) return nothing;
  const { radius: r, thickness, dashArray } = p.ring;
  const size = Math.ceil(2 * r + thickness + 2);
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
    <svg width=${size} height=${size} viewBox="${-size / 2} ${-size / 2} ${size} ${size}" aria-hidden="true" focusable="false">
      <circle class="ring-track" r=${r} stroke-width=${thickness}></circle>
      ${dashArray ? svg`<circle class="ring-value" r=${r} stroke-width=${thickness} stroke-dasharray=${dashArray} transform="rotate(-90)"></circle>` : nothing}
      <text class="ring-label" x="0" y="0">${pct}%</text>
    </svg>
    <span>${p.total ? `${p.done} of ${p.total} done` : p.source === 'children' ? 'from sub-items' : 'stated'}</span>
  </div>`;
}
