import { html, nothing, type TemplateResult } from 'lit';
import type { MatrixRisk, Placement } from '../../layout/risk-matrix.js';
import type { RoadmapIndex } from '../../model/selectors.js';
import type { Ref, Risk } from '../../model/schema.js';

/** What a risk's details need from the element. */
export interface RiskDetailsContext {
  index: RoadmapIndex;
  /** Fires `roadmap-select` for a threatened entity. */
  select: (kind: 'initiative' | 'milestone' | 'risk', id: string) => void;
  /** Heading level of the risk's title. */
  level: 3 | 4;
}

const STATUS_LABEL: Record<NonNullable<Risk['status']>, string> = {
  open: 'Open',
  monitoring: 'Monitoring',
  mitigating: 'Mitigating',
  closed: 'Closed',
  occurred: 'Occurred',
  unknown: 'Status unknown',
};

/** "Likely × Major · 16 High". */
export function describePlacement(p: Placement): string {
  const score = p.score === undefined ? '' : ` · ${p.score}`;
  return `${p.likelihoodLabel} × ${p.impactLabel}${score}${p.bandLabel ? ` ${p.bandLabel}` : ''}`;
}

function bandChip(p: Placement, label: string): TemplateResult {
  return html`<span class="chip band" data-band=${p.band ?? nothing} part="band-chip band-${p.band ?? 'none'}"
    ><span class="chip-kind">${label}</span> ${describePlacement(p)}</span
  >`;
}

function renderTarget(ref: Ref, ctx: RiskDetailsContext): TemplateResult {
  const initiative = ref.id ? ctx.index.initiatives.get(ref.id) : undefined;
  if (initiative) {
    const key = initiative.key && initiative.key !== initiative.title ? `${initiative.key} ` : '';
    return html`<li>
      <button type="button" class="link" part="threat-link" data-kind="initiative" data-id=${initiative.id}
        @click=${() => ctx.select('initiative', initiative.id)}>
        ${key ? html`<span class="key">${key}</span>` : nothing}${initiative.title}
      </button>
    </li>`;
  }
  const milestone = ref.id ? ctx.index.milestones.get(ref.id) : undefined;
  if (milestone) {
    return html`<li>
      <button type="button" class="link" part="threat-link" data-kind="milestone" data-id=${milestone.id}
        @click=${() => ctx.select('milestone', milestone.id)}>${milestone.title}</button>
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
        ${risk.title}
      </button>`
    : risk.title;
  const heading = ctx.level === 3 ? html`<h3 class="risk-title">${title}</h3>` : html`<h4 class="risk-title">${title}</h4>`;
  const mitigations = risk.mitigations ?? [];
  const affects = risk.affects ?? [];
  const refs = (risk.refs ?? []).filter((r) => !affects.some((a) => (a.id && a.id === r.id) || a.text === r.text));
  const moved = entry.inherent && entry.residual;
  return html`
    <div class="risk-head">
      <span class="num" aria-hidden="true">${entry.number}</span>
      ${heading}
    </div>
    <div class="chips">
      ${entry.inherent ? bandChip(entry.inherent, moved ? 'Inherent' : 'Rated') : nothing}
      ${moved ? html`<span class="chip-arrow" aria-label="after mitigation">→</span>` : nothing}
      ${entry.residual ? bandChip(entry.residual, 'Residual') : nothing}
      ${!entry.rated ? html`<span class="chip unrated" part="unrated-chip">Unrated</span>` : nothing}
      ${entry.statedBand ? html`<span class="chip">Band: ${entry.statedBand}</span>` : nothing}
      ${risk.status ? html`<span class="chip status" data-status=${risk.status}>${STATUS_LABEL[risk.status]}</span>` : nothing}
      ${risk.type === 'opportunity' ? html`<span class="chip">Opportunity</span>` : nothing}
    </div>
    ${risk.description ? html`<p class="description">${risk.description}</p>` : nothing}
    ${!risk.description && (risk.cause || risk.effect)
      ? html`<p class="description">${risk.cause ? html`If ${risk.cause}, ` : nothing}${risk.effect ?? ''}</p>`
      : nothing}
    <dl class="facts">
      ${mitigations.length
        ? html`<div class="fact">
            <dt>Mitigation</dt>
            <dd>
              ${mitigations.length === 1
                ? mitigations[0]!.text
                : html`<ul class="plain">
                    ${mitigations.map((m) => html`<li>${m.text}</li>`)}
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
            : html`<span class="none">Not linked to an initiative</span>`}
        </dd>
      </div>
      ${risk.owner ? html`<div class="fact"><dt>Owner</dt><dd>${risk.owner.text}</dd></div>` : nothing}
      ${risk.proximity ? html`<div class="fact"><dt>When</dt><dd>${risk.proximity.raw}</dd></div>` : nothing}
      ${refs.length ? html`<div class="fact"><dt>Mentions</dt><dd>${refs.map((r) => r.text).join(', ')}</dd></div>` : nothing}
    </dl>
  `;
}
