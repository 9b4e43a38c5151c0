import { html, nothing, type TemplateResult } from 'lit';
import type { MatrixRisk, Placement } from '../../layout/risk-matrix.js';
import type { Initiative, Ref, Risk, Roadmap } from '../../model/schema.js';
import type { RoadmapIndex } from '../../model/selectors.js';
import { plainInline, renderInline } from '../../templates/inline-markdown.js';

/** What a risk's details need from the element. */
export interface RiskDetailsContext {
  roadmap: Roadmap;
  index: RoadmapIndex;
  /** Fires `roadmap-select` for a threatened entity. */
  select: (kind: 'initiative' | 'milestone' | 'risk', id: string) => void;
  /** Heading level of the risk's title. */
  level: 3 | 4;
  /** Say "Unrated" in the chips (the tray says it once for all). */
  markUnrated: boolean;
}

const STATUS_LABEL: Record<NonNullable<Risk['status']>, string> = {
  open: 'Open',
  monitoring: 'Monitoring',
  mitigating: 'Mitigating',
  closed: 'Closed',
  occurred: 'Occurred',
  unknown: 'Status unknown',
};

/**
 * Initiatives a risk threatens through a person it names ("Key person risk - Emily Watson
 * vacation"): those the person owns. Only used when the risk names no initiative itself.
 */
export function threatsThroughPeople(risk: Risk, roadmap: Roadmap): Array<{ person: string; initiatives: Initiative[] }> {
  if (risk.affects?.some((a) => a.id)) return [];
  const out: Array<{ person: string; initiatives: Initiative[] }> = [];
  for (const ref of risk.refs ?? []) {
    if (ref.targetType !== 'person' || !ref.id) continue;
    const initiatives = roadmap.initiatives.filter((i) => i.owner?.personId === ref.id);
    if (initiatives.length) out.push({ person: ref.text, initiatives });
  }
  return out;
}

/** Ids of what a risk threatens: its resolved `affects`, else what its named people own. */
export function threatenedIds(risk: Risk, roadmap: Roadmap): string[] {
  const direct = (risk.affects ?? []).flatMap((a) => (a.id ? [a.id] : []));
  if (direct.length) return direct;
  return threatsThroughPeople(risk, roadmap).flatMap((t) => t.initiatives.map((i) => i.id));
}

/** "Likely × Major · 16 High". */
export function describePlacement(p: Placement): string {
  const score = p.score === undefined ? '' : ` · ${p.score}`;
  return `${p.likelihoodLabel} × ${p.impactLabel}${score}${p.bandLabel ? ` ${p.bandLabel}` : ''}`;
}

/** "November" with an inferred year reads "November 2024". */
function formatProximity(time: NonNullable<Risk['proximity']>): string {
  const year = time.start?.slice(0, 4);
  return year && time.inferred?.includes('year') && !time.raw.includes(year) ? `${time.raw} ${year}` : time.raw;
}

function bandChip(p: Placement, label: string): TemplateResult {
  return html`<span class="chip band" data-band=${p.band ?? nothing} part="band-chip band-${p.band ?? 'none'}"
    ><span class="chip-kind">${label}</span> ${describePlacement(p)}</span
  >`;
}

function initiativeButton(initiative: Initiative, ctx: RiskDetailsContext): TemplateResult {
  const key = initiative.key && initiative.key !== initiative.title ? `${initiative.key} ` : '';
  return html`<li>
    <button type="button" class="link" part="threat-link" data-kind="initiative" data-id=${initiative.id}
      @click=${() => ctx.select('initiative', initiative.id)}>
      ${key ? html`<span class="key">${key}</span>` : nothing}${plainInline(initiative.title)}
    </button>
  </li>`;
}

function renderTarget(ref: Ref, ctx: RiskDetailsContext): TemplateResult {
  const initiative = ref.id ? ctx.index.initiatives.get(ref.id) : undefined;
  if (initiative) return initiativeButton(initiative, ctx);
  const milestone = ref.id ? ctx.index.milestones.get(ref.id) : undefined;
  if (milestone) {
    return html`<li>
      <button type="button" class="link" part="threat-link" data-kind="milestone" data-id=${milestone.id}
        @click=${() => ctx.select('milestone', milestone.id)}>${plainInline(milestone.title)}</button>
    </li>`;
  }
  return html`<li class="unlinked" title="Not an item of this roadmap">${ref.text || ref.id}</li>`;
}

/** Title, ratings, description, mitigation, owner, status, when, and what the risk threatens. */
export function renderRiskDetails(
  risk: Risk,
  entry: MatrixRisk,
  ctx: RiskDetailsContext,
  opts: { titleButton?: boolean; pressed?: boolean } = {},
): TemplateResult {
  const title = opts.titleButton
    ? html`<button type="button" class="title-button" aria-pressed=${opts.pressed ? 'true' : 'false'} @click=${() => ctx.select('risk', risk.id)}>
        ${renderInline(risk.title)}
      </button>`
    : renderInline(risk.title);
  const heading = ctx.level === 3 ? html`<h3 class="risk-title">${title}</h3>` : html`<h4 class="risk-title">${title}</h4>`;
  const mitigations = risk.mitigations ?? [];
  const affects = risk.affects ?? [];
  const refs = (risk.refs ?? []).filter((r) => !affects.some((a) => (a.id && a.id === r.id) || a.text === r.text));
  const moved = entry.inherent && entry.residual;
  const through = affects.length ? [] : threatsThroughPeople(risk, ctx.roadmap);
  const chips: TemplateResult[] = [];
  if (entry.inherent) chips.push(bandChip(entry.inherent, moved ? 'Inherent' : 'Rated'));
  if (moved) chips.push(html`<span class="chip-arrow"><span aria-hidden="true">→</span><span class="visually-hidden">after mitigation</span></span>`);
  if (entry.residual) chips.push(bandChip(entry.residual, 'Residual'));
  if (!entry.rated && ctx.markUnrated) chips.push(html`<span class="chip unrated" part="unrated-chip">Unrated</span>`);
  if (entry.statedBand) chips.push(html`<span class="chip">Band: ${entry.statedBand}</span>`);
  if (risk.status) chips.push(html`<span class="chip chip-status" data-status=${risk.status}>${STATUS_LABEL[risk.status]}</span>`);
  if (risk.type === 'opportunity') chips.push(html`<span class="chip">Opportunity</span>`);
  return html`
    <div class="risk-head">
      <span class="num" aria-hidden="true">${entry.number}</span>
      ${heading}
    </div>
    ${chips.length ? html`<div class="chips">${chips}</div>` : nothing}
    ${risk.description ? html`<p class="description">${renderInline(risk.description)}</p>` : nothing}
    ${!risk.description && (risk.cause || risk.effect)
      ? html`<p class="description">${risk.cause ? html`If ${risk.cause}, ` : nothing}${risk.effect ?? ''}</p>`
      : nothing}
    <dl class="facts">
      ${mitigations.length
        ? html`<div class="fact">
            <dt>Mitigation</dt>
            <dd>
              ${mitigations.length === 1
                ? renderInline(mitigations[0]!.text)
                : html`<ul class="plain">
                    ${mitigations.map((m) => html`<li>${renderInline(m.text)}</li>`)}
                  </ul>`}
            </dd>
          </div>`
        : html`<div class="fact"><dt>Mitigation</dt><dd class="none">None recorded</dd></div>`}
      <div class="fact">
        <dt>Threatens</dt>
        <dd>
          ${affects.length
            ? html`<ul class="targets">
                ${affects.map((ref) => renderTarget(ref, ctx))}
              </ul>`
            : through.length
              ? through.map(
                  (t) => html`<span class="via">Through ${t.person}, owner of</span>
                    <ul class="targets">
                      ${t.initiatives.map((i) => initiativeButton(i, ctx))}
                    </ul>`,
                )
              : html`<span class="none">Not linked to an initiative</span>`}
        </dd>
      </div>
      ${risk.owner ? html`<div class="fact"><dt>Owner</dt><dd>${risk.owner.text}</dd></div>` : nothing}
      ${risk.proximity ? html`<div class="fact"><dt>When</dt><dd>${formatProximity(risk.proximity)}</dd></div>` : nothing}
      ${refs.length ? html`<div class="fact"><dt>Mentions</dt><dd>${refs.map((r) => r.text).join(', ')}</dd></div>` : nothing}
    </dl>
  `;
}
