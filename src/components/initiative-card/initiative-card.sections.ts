/**
 * The body of `<initiative-card>` (variant `full`): goal, description, and the sections
 * (checklist, acceptance criteria, success metrics, dependencies, risks, details, external
 * references, milestones, notes, links). Internal template module.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CardData, ChecklistRow, DependencyRow } from '../../layout/card.js';
import { renderInline, safeHref } from '../../templates/inline-markdown.js';
import { icon, section, selectedPart, type CardView } from './initiative-card.view.js';
import type { EntityKind } from '../../model/selectors.js';

/** A row of a list of linked entities: marked when selected, its name a button that selects it. */
function linkedRow(view: CardView, kind: EntityKind, id: string, name: string, before: unknown, after: unknown): TemplateResult {
  return html`<li part=${selectedPart(view, kind, id)} class=${view.isSelected(id) ? 'selected' : ''} data-id=${id}>
    <span class="text">${before}<button class="link-button" @click=${() => view.select(kind, id)}>${renderInline(name, { links: false })}</button>${after}</span>
  </li>`;
}

/**
 * Goal, description and every section the initiative has; a lone section spans the card.
 * @internal
 */
export function renderBody(view: CardView, c: CardData): TemplateResult {
  const builders = [renderChecklist, renderCriteria, renderMetrics, renderDependencies, renderRisks, renderDetails, renderExternal, renderMilestones, renderNotes, renderLinks];
  const built = builders.map((build) => [build, build(view, c, false)] as const).filter(([, t]) => t !== nothing);
  const sections = built.length === 1 ? [built[0]![0](view, c, true)] : built.map(([, t]) => t);
  return html`${c.objective ? html`<p class="goal" part="goal"><span class="label">Goal:</span> ${renderInline(c.objective)}</p>` : nothing}
    ${c.description ? html`<p class="description" part="description">${renderInline(c.description)}</p>` : nothing}
    ${sections.length ? html`<div class="sections">${sections}</div>` : nothing}`;
}

type Section = (view: CardView, c: CardData, wide: boolean) => TemplateResult | typeof nothing;

const renderChecklist: Section = (view, c, wide) => {
  if (!c.checklistCount) return nothing;
  const all = c.checklist.flatMap((g) => g.items.map((item) => ({ group: g.group, item })));
  const { shown: first, toggle } = view.collapsed('checklist', all, 'items');
  // Collapsed inside a group: finish the group rather than hide its last one or two items.
  let end = first.length;
  const group = first[end - 1]?.group;
  const rest = end < all.length && group !== undefined ? all.slice(end).findIndex((x) => x.group !== group) : -1;
  const remaining = rest === -1 ? all.length - end : rest;
  if (end < all.length && group !== undefined && remaining <= 2) end += remaining;
  const shown = all.slice(0, end);
  const shownIds = new Set(shown.map((x) => x.item.id));
  const groups = c.checklist.map((g) => ({ group: g.group, items: g.items.filter((i) => shownIds.has(i.id)) })).filter((g) => g.items.length);
  const count = c.progress.total ? `${c.progress.done}/${c.progress.total}` : `${c.checklistCount}`;
  const list = (items: ChecklistRow[], label?: string) => html`<ul class="rows" part="checklist" aria-label=${label ?? nothing}>
    ${repeat(items, (i) => i.id, (i) => renderChecklistItem(view, i))}
  </ul>`;
  return section(
    view,
    'checklist',
    'Checklist',
    count,
    html`<div id="list-checklist" class=${groups.length > 1 ? 'groups' : ''}>
        ${groups.map((g) => (g.group ? html`<div class="group"><p class="group-label">${g.group}</p>${list(g.items, g.group)}</div>` : list(g.items)))}
      </div>
      ${first.length === all.length || end < all.length ? toggle : nothing}`,
    wide,
  );
};

/** "**Kubernetes Support**: Create Helm charts…" when the item has a bold lead, else its text. */
function itemText(i: ChecklistRow): unknown {
  if (i.title && i.detail && i.text.startsWith(i.title)) return html`<strong>${renderInline(i.title, { links: false })}</strong>: ${renderInline(i.detail)}`;
  return renderInline(i.text);
}

function renderChecklistItem(view: CardView, i: ChecklistRow): TemplateResult {
  const word = i.state === 'done' ? 'Done: ' : i.state === 'open' ? 'Open: ' : '';
  const selected = view.isSelected(i.id);
  return html`<li class="${i.state} ${selected ? 'selected' : ''}" part=${selectedPart(view, `checklist-item ${i.state}`, i.id)} data-id=${i.id}>
    ${icon(i.state === 'done' ? 'check' : i.state === 'open' ? 'box' : 'dot')}
    <span class="text"
      >${word ? html`<span class="visually-hidden">${word}</span>` : nothing}${itemText(i)}${i.version || i.priority || i.target
        ? html` <span class="extras"
            >${i.priority ? html`<span class="chip priority"><span class="visually-hidden">Priority </span>${i.priority}</span>` : nothing}${i.version
              ? html`<span class="chip plain">v${i.version.replace(/^v/i, '')}</span>`
              : nothing}${i.target ? html`<span class="chip target" part="target">${i.target}</span>` : nothing}</span
          >`
        : nothing}</span
    >
  </li>`;
}

const renderCriteria: Section = (view, c, wide) => {
  if (!c.criteria.length) return nothing;
  const { shown, toggle } = view.collapsed('criteria', c.criteria, 'criteria');
  const met = c.criteria.filter((x) => x.met === true).length;
  return section(
    view,
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
              ${icon(x.met === true ? 'check' : x.met === false ? 'cross' : 'circle')}
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
    wide,
  );
};

const renderMetrics: Section = (view, c, wide) => {
  if (!c.metrics.length) return nothing;
  const { shown, toggle } = view.collapsed('metrics', c.metrics, 'metrics');
  return section(
    view,
    'metrics',
    'Success metrics',
    `${c.metrics.length}`,
    html`<ul class="rows" part="metrics" id="list-metrics">
        ${repeat(
          shown,
          (m) => m.id,
          (m) =>
            linkedRow(
              view,
              'metric',
              m.id,
              m.name,
              nothing,
              html` ${m.targets.length
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
                : nothing}`,
            ),
        )}
      </ul>
      ${toggle}`,
    wide,
  );
};

/**
 * The author's sentence is shown under a link whose words were matched loosely, or which it
 * explains beyond the words shown; once for consecutive rows from the same sentence.
 */
function showsSentence(d: DependencyRow, previous: DependencyRow | undefined): boolean {
  if (!d.raw || previous?.raw === d.raw) return false;
  if (d.other.select) return true;
  const raw = d.raw.toLowerCase();
  return ![d.other.text, d.other.key].some((words) => words && raw.includes(words.toLowerCase()));
}

function renderDependency(view: CardView, d: DependencyRow, previous: DependencyRow | undefined): TemplateResult {
  const o = d.other;
  const select = o.select;
  const label = html`${o.key && o.key !== o.text ? html`<span class="key-text">${o.key}</span> ` : nothing}${renderInline(o.text, { links: false })}`;
  const target = select
    ? html`<button class="link-button" data-target-id=${select.id} @click=${() => view.select(select.kind, select.id)}>${label}</button>`
    : html`<span>${label}</span>${o.note
          ? html` <span class="muted">(${o.note})</span>`
          : o.resolution === 'external'
            ? nothing
            : html` <span class="muted">(not in this roadmap)</span>`}`;
  const resolved = select ? 'resolved' : 'unresolved';
  const sentence = showsSentence(d, previous);
  return html`<li
    class="dependency"
    part=${selectedPart(view, `dependency ${resolved} ${d.direction}`, d.id)}
    data-selected=${view.isSelected(d.id) ? 'true' : nothing}
    data-id=${d.id}
    title=${d.raw && !sentence ? d.raw : nothing}
  >
    <span class="relation">${d.relation}</span>
    <span class="text">${target}${sentence ? html`<span class="detail">“${renderInline(d.raw!)}”</span>` : nothing}</span>
  </li>`;
}

const renderDependencies: Section = (view, c, wide) => {
  if (!c.dependencies.length) return nothing;
  const { shown, toggle } = view.collapsed('dependencies', c.dependencies, 'dependencies');
  return section(
    view,
    'dependencies',
    'Dependencies',
    `${c.dependencies.length}`,
    html`<ul class="rows" part="dependencies" id="list-dependencies">
        ${repeat(shown, (d) => d.id, (d, i) => renderDependency(view, d, shown[i - 1]))}
      </ul>
      ${toggle}`,
    wide,
  );
};

const renderRisks: Section = (view, c, wide) => {
  if (!c.risks.length) return nothing;
  const { shown, toggle } = view.collapsed('risks', c.risks, 'risks');
  return section(
    view,
    'risks',
    'Risks',
    `${c.risks.length}`,
    html`<ul class="rows" part="risks" id="list-risks">
        ${repeat(
          shown,
          (r) => r.id,
          (r) =>
            linkedRow(
              view,
              'risk',
              r.id,
              r.title,
              r.key ? html`<span class="key-text">${r.key}</span> ` : nothing,
              html` ${r.band ? html`<span class="chip band" data-band=${r.band.toLowerCase()}>${r.band}</span>` : nothing}
              ${r.description ? html`<span class="detail">${renderInline(r.description)}</span>` : nothing}
              ${r.rating || r.status ? html`<span class="detail">${[r.rating, r.status].filter(Boolean).join(' · ')}</span>` : nothing}
              ${r.mitigations.length
                ? html`<ul class="mitigations" aria-label="Mitigations">
                    ${r.mitigations.map((m) => html`<li>Mitigation: ${renderInline(m)}</li>`)}
                  </ul>`
                : nothing}`,
            ),
        )}
      </ul>
      ${toggle}`,
    wide,
  );
};

/** Labelled lists (Platforms, Regions…), labelled fields (Security Review…) and tags. */
const renderDetails: Section = (view, c, wide) => {
  if (!c.lists.length && !c.fields.length && !c.tags.length) return nothing;
  return section(
    view,
    'details',
    'Details',
    undefined,
    html`<dl class="details" part="details">
      ${c.lists.map((l) => {
        const { shown, toggle } = view.collapsed(`list-${l.id}`, l.items, l.label.toLowerCase());
        return html`<dt>${l.label}</dt>
          <dd>
            <ul class="inline-list" id="list-list-${l.id}">
              ${shown.map((x) => html`<li class="chip plain">${renderInline(x.text)}${x.qualifier ? html` <span class="muted">(${x.qualifier})</span>` : nothing}</li>`)}
            </ul>
            ${toggle}
          </dd>`;
      })}
      ${c.fields.map((f) => html`<dt>${f.label}</dt><dd>${renderInline(f.value)}</dd>`)}
      ${c.tags.length
        ? html`<dt>${c.tags.length > 1 ? 'Tags' : 'Tag'}</dt>
            <dd>
              <ul class="inline-list" part="tags">
                ${c.tags.map((t) => html`<li class="chip plain">${t}</li>`)}
              </ul>
            </dd>`
        : nothing}
    </dl>`,
    wide,
  );
};

const renderExternal: Section = (view, c, wide) => {
  if (!c.externalRefs.length) return nothing;
  return section(
    view,
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
    wide,
  );
};

const renderMilestones: Section = (view, c, wide) => {
  if (!c.milestones.length) return nothing;
  return section(
    view,
    'milestones',
    'Milestones',
    `${c.milestones.length}`,
    html`<ul class="rows" part="milestones">
      ${repeat(
        c.milestones,
        (m) => m.id,
        (m) => linkedRow(view, 'milestone', m.id, m.title, nothing, m.date ? html` <span class="muted">${m.date}</span>` : nothing),
      )}
    </ul>`,
    wide,
  );
};

const renderNotes: Section = (view, c, wide) => {
  if (!c.notes.length) return nothing;
  const { shown, toggle } = view.collapsed('notes', c.notes, 'notes');
  return section(
    view,
    'notes',
    'Notes',
    c.notes.length > 1 ? `${c.notes.length}` : undefined,
    html`<div part="notes" id="list-notes">
        ${shown.map((n) => html`<p class="note" part="note ${n.kind}"><span class="label">${n.label}:</span> ${renderInline(n.text)}</p>`)}
      </div>
      ${toggle}`,
    wide,
  );
};

const renderLinks: Section = (view, c, wide) => {
  if (!c.links.length) return nothing;
  return section(
    view,
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
    wide,
  );
};
