/**
 * What `<initiative-card>` shows of the entities linked to an initiative: dependencies (both
 * directions), risks that threaten it, its success metrics with parsed targets, and external
 * references. Pure: no DOM, no clock.
 */
import { describeDirection, formatQuantity, formatTarget } from '../model/metrics.js';
import type { Dependency, ExternalRef, Initiative, Metric, Ref, Risk, Roadmap, Status } from '../model/schema.js';
import { indexRoadmap, type EntityKind, type Selection } from '../model/selectors.js';

export interface DependencyRow {
  id: string;
  /** "Needs", "Needed by", "Blocks", "Blocked by", "Needs approval", "Related to"… */
  relation: string;
  direction: 'outgoing' | 'incoming';
  type: Dependency['type'];
  /** The other end. `select` is set when it resolves to something a view can select. */
  other: { text: string; id?: string; key?: string; status?: Status; select?: Selection; resolution: Ref['resolution']; note?: string };
  /** The author's sentence. */
  raw?: string;
}

export interface RiskRow {
  id: string;
  key?: string;
  title: string;
  description?: string;
  category?: string;
  status?: Risk['status'];
  /** Band of the inherent assessment ("high"), when rated. */
  band?: string;
  rating?: string;
  mitigations: string[];
}

export interface MetricRow {
  id: string;
  name: string;
  /** Chip text ("< 100 ms"); several when the metric has several targets. */
  targets: Array<{ text: string; raw: string; direction?: string }>;
  current?: string;
  status?: string;
}

export interface ExternalRow {
  id?: string;
  key: string;
  title?: string;
  status?: string;
  kind?: ExternalRef['kind'];
  party?: string;
  url?: string;
}

const RELATION: Record<Dependency['type'], [outgoing: string, incoming: string]> = {
  requires: ['Needs', 'Needed by'],
  blocks: ['Blocks', 'Blocked by'],
  precedes: ['Before', 'After'],
  approval: ['Needs approval', 'Approval for'],
  relates: ['Related to', 'Related to'],
};

const SELECTABLE = new Set<EntityKind>(['initiative', 'milestone', 'risk', 'metric', 'goal', 'theme', 'period', 'checklist-item']);

function otherEnd(roadmap: Roadmap, ref: Ref): DependencyRow['other'] {
  const index = indexRoadmap(roadmap);
  const out: DependencyRow['other'] = { text: ref.text, resolution: ref.resolution };
  if (!ref.id) return out;
  out.id = ref.id;
  const initiative = index.initiatives.get(ref.id);
  if (initiative) {
    out.text = initiative.title;
    if (initiative.key) out.key = initiative.key;
    if (initiative.status) out.status = initiative.status;
    out.select = { kind: 'initiative', id: ref.id };
    return out;
  }
  const milestone = index.milestones.get(ref.id);
  if (milestone) {
    out.text = milestone.title;
    out.select = { kind: 'milestone', id: ref.id };
    return out;
  }
  const external = roadmap.externalRefs.find((e) => e.id === ref.id);
  if (external) {
    out.key = external.key;
    if (external.title) out.text = external.title;
    // The party is named already when the reference is someone's work ("Nina Patel's … work").
    const party = external.party?.text && !out.text.includes(external.party.text) ? external.party.text : undefined;
    const note = [external.status, party].filter(Boolean).join(', ');
    if (note) out.note = note;
    return out;
  }
  if (ref.targetType && SELECTABLE.has(ref.targetType as EntityKind)) out.select = { kind: ref.targetType as EntityKind, id: ref.id };
  return out;
}

/** Dependencies from and to the initiative; its own (outgoing) first. */
export function describeDependencies(roadmap: Roadmap, initiative: Initiative): DependencyRow[] {
  const index = indexRoadmap(roadmap);
  const deps = new Map<string, Dependency>();
  for (const id of initiative.dependencyIds ?? []) {
    const d = index.dependencies.get(id);
    if (d) deps.set(d.id, d);
  }
  for (const d of index.dependenciesByEntity.get(initiative.id) ?? []) deps.set(d.id, d);
  const rows = [...deps.values()].map((d): DependencyRow => {
    const outgoing = d.from.id === initiative.id || d.to.id !== initiative.id;
    const row: DependencyRow = {
      id: d.id,
      direction: outgoing ? 'outgoing' : 'incoming',
      type: d.type,
      relation: RELATION[d.type][outgoing ? 0 : 1],
      other: otherEnd(roadmap, outgoing ? d.to : d.from),
    };
    if (d.raw) row.raw = d.raw;
    return row;
  });
  return rows.sort((a, b) => (a.direction === b.direction ? 0 : a.direction === 'outgoing' ? -1 : 1));
}

/** A risk as a row: title, description, band and rating when assessed, mitigations. */
export function describeRisk(risk: Risk): RiskRow {
  const a = risk.inherent ?? risk.residual;
  const rating =
    a?.likelihood || a?.impact
      ? [a.likelihood ? `likelihood ${a.likelihood.label ?? a.likelihood.level}` : '', a.impact ? `impact ${a.impact.label ?? a.impact.level}` : ''].filter(Boolean).join(', ')
      : undefined;
  const row: RiskRow = { id: risk.id, title: risk.title, mitigations: (risk.mitigations ?? []).map((m) => m.text) };
  if (risk.key) row.key = risk.key;
  if (risk.description) row.description = risk.description;
  if (risk.category) row.category = risk.category;
  if (risk.status) row.status = risk.status;
  if (a?.band) row.band = a.band;
  if (rating) row.rating = rating;
  return row;
}

/** A metric as a row: its name and target chips, current value and status when known. */
export function describeMetric(metric: Metric, locale: string): MetricRow {
  const targets = [metric.target, ...(metric.targets ?? [])].filter((t) => t !== undefined);
  const seen = new Set<string>();
  const row: MetricRow = {
    id: metric.id,
    name: metric.name,
    targets: targets
      .map((t) => ({ text: formatTarget(t, locale), raw: t.raw, ...(describeDirection(t.direction) ? { direction: describeDirection(t.direction)! } : {}) }))
      .filter((t) => !seen.has(t.text) && Boolean(seen.add(t.text))),
  };
  if (metric.current) {
    const t = metric.target;
    row.current = formatQuantity(metric.current.value, { ...(t?.unit ? { unit: t.unit } : {}), ...(t?.unitKind ? { unitKind: t.unitKind } : {}), ...(t?.currency ? { currency: t.currency } : {}) }, locale);
  }
  if (metric.status) row.status = metric.status.value.replace('-', ' ');
  return row;
}

const words = (text: string) => text.toLowerCase().replace(/[-_]+/g, ' ').trim();

function externalRow(e: ExternalRef): ExternalRow {
  const row: ExternalRow = { id: e.id, key: e.key };
  if (e.title && e.title !== e.key) row.title = e.title;
  if (e.status) row.status = e.status;
  // "Security Review · security review" says it twice: the kind only when the title does not.
  if (e.kind && !(e.title && words(e.title) === words(e.kind))) row.kind = e.kind;
  if (e.party) row.party = e.party.text;
  if (e.url) row.url = e.url;
  return row;
}

/**
 * External references of the initiative (its own, and those its notes and fields mention), except
 * those already shown as the other end of one of `dependencies`.
 */
export function describeExternal(roadmap: Roadmap, initiative: Initiative, dependencies: DependencyRow[] = []): ExternalRow[] {
  const byId = new Map(roadmap.externalRefs.map((e) => [e.id, e] as const));
  const shown = new Set(dependencies.map((d) => d.other.id).filter((id) => id !== undefined));
  const out = new Map<string, ExternalRow>();
  for (const id of initiative.externalRefIds ?? []) {
    const e = byId.get(id);
    if (e) out.set(e.id, externalRow(e));
  }
  const refs = [...(initiative.notes ?? []).flatMap((n) => n.refs ?? []), ...(initiative.fields ?? []).flatMap((f) => f.refs ?? [])];
  for (const ref of refs) {
    if (ref.resolution !== 'external' && ref.targetType !== 'external') continue;
    const e = ref.id ? byId.get(ref.id) : undefined;
    if (e) out.set(e.id, externalRow(e));
    else if (![...out.values()].some((r) => r.key === ref.text)) out.set(`text:${ref.text}`, { key: ref.text });
  }
  return [...out.values()].filter((r) => !r.id || !shown.has(r.id));
}
