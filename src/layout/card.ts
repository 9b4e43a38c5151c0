/**
 * Everything a roadmap says about one initiative, as plain data for `<initiative-card>`:
 * `describeInitiative(roadmap, id, {asOf, locale})`. Pure: no DOM, no clock (today is `asOf`, else
 * the roadmap's own date); dates are formatted in UTC so no time zone moves them.
 */
import { arc } from 'd3-shape';
import { parsePlainDate, toDayNumber, type PlainDate, type Precision } from '../model/dates.js';
import { describeDirection, formatQuantity, formatTarget } from '../model/metrics.js';
import { resolveSchedule, roadmapAnchor, type ResolvedSchedule } from '../model/schedule.js';
import type { Dependency, ExternalRef, Initiative, Metric, Ref, Risk, Roadmap, Status } from '../model/schema.js';
import { entityLabel, indexRoadmap, initiativeProgress, type EntityKind, type Selection } from '../model/selectors.js';

export interface DescribeOptions {
  /** "Today" (YYYY-MM-DD) for overdue, and the anchor for relative periods. Default: the roadmap's date. */
  asOf?: string;
  /** BCP 47 locale for dates and numbers. Default: `meta.locale`, else "en-GB". */
  locale?: string;
}

export interface ScheduleLine {
  /** "Target", "Start", "End", "Period". */
  label: string;
  /** As written ("December 2024"). */
  text: string;
}

export interface CardSchedule {
  /** The schedule as the author wrote it. */
  written: ScheduleLine[];
  resolved: ResolvedSchedule;
  /** The resolved interval in words: "1 Oct – 31 Dec 2024, start open", "Not scheduled". */
  resolvedText: string;
  /** The date counted against, and where it came from. */
  asOf?: { date: PlainDate; text: string; basis: string };
  /** The resolved end is before `asOf` and the initiative is neither done nor cancelled. */
  overdue: boolean;
  /** Whole days past the end (overdue) or left until it; undefined without dates. */
  days?: number;
  /** "Overdue by 12 days", "Due in 3 weeks", "Ended 1 Oct 2024". */
  dueText?: string;
}

export interface CardProgress {
  done: number;
  total: number;
  /** 0..1, undefined when nothing is tracked. */
  value?: number;
  source: 'checklist' | 'manual' | 'children' | 'none';
  /** "3 of 5 done (60 %)", "40 % (stated)", "No tracked items". */
  text: string;
  /** SVG paths of a ring (centre 0,0) for the value, from d3-shape. */
  ring: { track: string; value: string; radius: number };
}

export interface ChecklistRow {
  id: string;
  text: string;
  title?: string;
  detail?: string;
  state: 'done' | 'open' | 'plain';
  status?: Status;
  version?: string;
  priority?: string;
  target?: string;
}

export interface DependencyRow {
  id: string;
  /** "Needs", "Needed by", "Blocks", "Blocked by", "Needs approval", "Related to"… */
  relation: string;
  direction: 'outgoing' | 'incoming';
  type: Dependency['type'];
  /** The other end. `select` is set when it resolves to something a view can select. */
  other: { text: string; id?: string; key?: string; status?: Status; select?: Selection; resolution: Ref['resolution']; note?: string };
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

export interface CardData {
  id: string;
  key?: string;
  title: string;
  kind: Initiative['kind'];
  category?: string;
  product?: string;
  parent?: { id: string; title: string };
  status: Status;
  /** Status as written, else a readable form of `status`. */
  statusLabel: string;
  health?: { value: NonNullable<Initiative['health']>['value']; label: string; note?: string };
  priority?: { key: string; label?: string; rank: number };
  owner?: { text: string; role?: string };
  teams: string[];
  themes: Array<{ id: string; name: string; color?: string; icon?: string }>;
  goals: Array<{ id: string; text: string }>;
  objective?: string;
  description?: string;
  schedule: CardSchedule;
  progress: CardProgress;
  checklist: Array<{ group?: string; items: ChecklistRow[] }>;
  checklistCount: number;
  criteria: Array<{ id: string; text: string; met?: boolean | null; target?: string }>;
  lists: Array<{ id: string; label: string; items: Array<{ text: string; qualifier?: string }> }>;
  fields: Array<{ label: string; value: string }>;
  notes: Array<{ label: string; kind: string; text: string }>;
  links: Array<{ href: string; text: string }>;
  metrics: MetricRow[];
  dependencies: DependencyRow[];
  risks: RiskRow[];
  externalRefs: ExternalRow[];
  milestones: Array<{ id: string; title: string; date?: string; status?: Status }>;
  tags: string[];
  /** Where it came from: "000_….txt, lines 15–22". */
  source?: { file?: string; line: number; endLine?: number; text: string };
}

const STATUS_WORDS: Record<Status, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  'at-risk': 'At risk',
  blocked: 'Blocked',
  'on-hold': 'On hold',
  cancelled: 'Cancelled',
  unknown: 'No status',
};
const HEALTH_WORDS = { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', unknown: 'Health unknown' } as const;

/** A readable word for a status. */
export function statusText(status: Status): string {
  return STATUS_WORDS[status] ?? status;
}

function utcDate(date: PlainDate): Date {
  const p = parsePlainDate(date)!;
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  d.setUTCHours(0, 0, 0, 0);
  return d;
}

function dateFormat(locale: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options);
  }
}

/** A calendar date in words ("1 Oct 2024"), never shifted by the local time zone. */
export function formatDate(date: PlainDate, locale = 'en-GB'): string {
  return parsePlainDate(date) ? dateFormat(locale).format(utcDate(date)) : date;
}

/** A span in words ("1 Oct – 31 Dec 2024"), never shifted by the local time zone. */
export function formatDateRange(start: PlainDate, end: PlainDate, locale = 'en-GB'): string {
  if (!parsePlainDate(start) || !parsePlainDate(end)) return `${start} – ${end}`;
  if (start === end) return formatDate(start, locale);
  const f = dateFormat(locale);
  return typeof f.formatRange === 'function' ? f.formatRange(utcDate(start), utcDate(end)) : `${f.format(utcDate(start))} – ${f.format(utcDate(end))}`;
}

function spanText(days: number): string {
  const n = Math.abs(days);
  if (n < 14) return `${n} day${n === 1 ? '' : 's'}`;
  if (n < 60) return `${Math.round(n / 7)} weeks`;
  return `${Math.round(n / 30.44)} months`;
}

function describeSchedule(roadmap: Roadmap, initiative: Initiative, status: Status, options: DescribeOptions, locale: string): CardSchedule {
  const s = initiative.schedule;
  const written: ScheduleLine[] = [];
  const periods = (s?.periodIds ?? []).map((id) => roadmap.periods.find((p) => p.id === id)).filter((p) => p !== undefined);
  if (periods.length) written.push({ label: periods.length > 1 ? 'Periods' : 'Period', text: periods.map((p) => p.label).join(', ') });
  if (s?.start?.raw) written.push({ label: 'Start', text: s.start.raw });
  if (s?.end?.raw) written.push({ label: 'End', text: s.end.raw });
  if (s?.target?.raw) written.push({ label: 'Target', text: s.target.raw.replace(/^\((.*)\)$/, '$1') });

  const anchor = roadmapAnchor(roadmap, options.asOf ? { anchor: options.asOf } : {});
  const resolved = resolveSchedule(roadmap, initiative, anchor ? { anchor: anchor.date } : {});
  let resolvedText: string;
  if (resolved.start && resolved.end) {
    const flags = [resolved.startOpen ? 'start open' : '', resolved.endOpen ? 'end open' : '', resolved.approximate ? 'approximate' : ''].filter(Boolean);
    resolvedText = [formatDateRange(resolved.start, resolved.end, locale), ...flags].join(', ');
  } else if (resolved.basis === 'relative') {
    resolvedText = `Relative (horizon ${resolved.ordinal ?? '?'}); no date to count from`;
  } else resolvedText = 'Not scheduled';

  const basisText: Record<string, string> = {
    caller: 'as-of',
    'meta.asOf': 'roadmap as-of',
    'meta.updated': 'roadmap last updated',
    'meta.date': 'roadmap date',
  };
  const out: CardSchedule = { written, resolved, resolvedText, overdue: false };
  if (anchor) out.asOf = { date: anchor.date, basis: anchor.basis, text: `${formatDate(anchor.date, locale)} (${basisText[anchor.basis] ?? anchor.basis})` };
  if (anchor && resolved.end) {
    const days = toDayNumber(anchor.date) - toDayNumber(resolved.end);
    const closed = status === 'done' || status === 'cancelled';
    out.overdue = days > 0 && !closed;
    out.days = Math.abs(days);
    if (out.overdue) out.dueText = `Overdue by ${spanText(days)}`;
    else if (closed) out.dueText = undefined;
    else if (days === 0) out.dueText = 'Due today';
    else out.dueText = `Due in ${spanText(days)}`;
  }
  return out;
}

/** SVG paths for a progress ring of `value` (0..1), centred on 0,0. */
export function progressRing(value: number | undefined, radius = 18, thickness = 5): CardProgress['ring'] {
  const shape = arc<unknown, { startAngle: number; endAngle: number }>()
    .innerRadius(radius - thickness)
    .outerRadius(radius)
    .cornerRadius(0);
  const v = Math.max(0, Math.min(1, value ?? 0));
  return {
    radius,
    track: shape({ startAngle: 0, endAngle: Math.PI * 2 }) ?? '',
    value: v > 0 ? (shape({ startAngle: 0, endAngle: Math.PI * 2 * v }) ?? '') : '',
  };
}

function percent(value: number, locale: string): string {
  return formatQuantity(Math.round(value * 100), { unitKind: 'percent' }, locale);
}

function describeProgress(initiative: Initiative, locale: string): CardProgress {
  const p = initiativeProgress(initiative);
  if (p.total > 0) {
    return { ...p, source: 'checklist', text: `${p.done} of ${p.total} done (${percent(p.value!, locale)})`, ring: progressRing(p.value) };
  }
  if (p.value !== undefined && initiative.progress) {
    return { ...p, source: initiative.progress.source, text: `${percent(p.value, locale)} (${initiative.progress.source === 'manual' ? 'stated' : 'from sub-items'})`, ring: progressRing(p.value) };
  }
  const plain = initiative.checklist?.length ?? 0;
  return { done: 0, total: 0, source: 'none', text: plain ? `${plain} item${plain === 1 ? '' : 's'}, none tracked` : 'No tracked items', ring: progressRing(undefined) };
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
    const note = [external.status, external.party?.text].filter(Boolean).join(', ');
    if (note) out.note = note;
    return out;
  }
  if (ref.targetType && SELECTABLE.has(ref.targetType as EntityKind)) out.select = { kind: ref.targetType as EntityKind, id: ref.id };
  return out;
}

function describeDependencies(roadmap: Roadmap, initiative: Initiative): DependencyRow[] {
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

function describeRisk(risk: Risk): RiskRow {
  const a = risk.inherent ?? risk.residual;
  const rating = a?.likelihood || a?.impact ? [a.likelihood ? `likelihood ${a.likelihood.label ?? a.likelihood.level}` : '', a.impact ? `impact ${a.impact.label ?? a.impact.level}` : ''].filter(Boolean).join(', ') : undefined;
  const row: RiskRow = { id: risk.id, title: risk.title, mitigations: (risk.mitigations ?? []).map((m) => m.text) };
  if (risk.key) row.key = risk.key;
  if (risk.description) row.description = risk.description;
  if (risk.category) row.category = risk.category;
  if (risk.status) row.status = risk.status;
  if (a?.band) row.band = a.band;
  if (rating) row.rating = rating;
  return row;
}

function describeMetric(metric: Metric, locale: string): MetricRow {
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

function externalRow(e: ExternalRef): ExternalRow {
  const row: ExternalRow = { id: e.id, key: e.key };
  if (e.title) row.title = e.title;
  if (e.status) row.status = e.status;
  if (e.kind) row.kind = e.kind;
  if (e.party) row.party = e.party.text;
  if (e.url) row.url = e.url;
  return row;
}

function describeExternal(roadmap: Roadmap, initiative: Initiative): ExternalRow[] {
  const byId = new Map(roadmap.externalRefs.map((e) => [e.id, e] as const));
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
  return [...out.values()];
}

function sourceText(file: string | undefined, line: number, endLine: number | undefined): string {
  const lines = endLine && endLine > line ? `lines ${line}–${endLine}` : `line ${line}`;
  return file ? `${file}, ${lines}` : lines.charAt(0).toUpperCase() + lines.slice(1);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Everything the roadmap holds about initiative `id` (or the initiative object itself), ready to
 * render; undefined when there is no such initiative.
 */
export function describeInitiative(roadmap: Roadmap, id: string, options: DescribeOptions = {}): CardData | undefined {
  const index = indexRoadmap(roadmap);
  const initiative = index.initiatives.get(id);
  if (!initiative) return undefined;
  const locale = options.locale ?? roadmap.meta.locale ?? 'en-GB';
  const status: Status = initiative.status ?? 'unknown';
  const teams = new Set<string>();
  const teamName = (tid: string) => roadmap.teams.find((t) => t.id === tid)?.name ?? tid;
  for (const tid of initiative.teamIds ?? []) teams.add(teamName(tid));
  if (initiative.owner?.teamId) teams.add(teamName(initiative.owner.teamId));

  const groups: CardData['checklist'] = [];
  for (const item of initiative.checklist ?? []) {
    const row: ChecklistRow = { id: item.id, text: item.text, state: item.done === true ? 'done' : item.done === false ? 'open' : 'plain' };
    if (item.title) row.title = item.title;
    if (item.detail) row.detail = item.detail;
    if (item.status) row.status = item.status;
    if (item.version) row.version = item.version;
    if (item.priority) row.priority = item.priority.key;
    if (item.metric) row.target = formatTarget(item.metric, locale);
    const last = groups[groups.length - 1];
    if (last && last.group === item.group) last.items.push(row);
    else groups.push({ ...(item.group ? { group: item.group } : {}), items: [row] });
  }

  const data: CardData = {
    id: initiative.id,
    title: initiative.title,
    kind: initiative.kind,
    status,
    statusLabel: initiative.statusLabel ?? statusText(status),
    teams: [...teams],
    themes: (initiative.themeIds ?? []).flatMap((tid) => {
      const t = roadmap.themes.find((x) => x.id === tid);
      return t ? [{ id: t.id, name: t.name, ...(t.color ? { color: t.color } : {}), ...(t.icon ? { icon: t.icon } : {}) }] : [];
    }),
    goals: (initiative.goalIds ?? []).flatMap((gid) => {
      const g = roadmap.goals.find((x) => x.id === gid);
      return g ? [{ id: g.id, text: g.title ?? g.statement }] : [];
    }),
    schedule: describeSchedule(roadmap, initiative, status, options, locale),
    progress: describeProgress(initiative, locale),
    checklist: groups,
    checklistCount: initiative.checklist?.length ?? 0,
    criteria: (initiative.acceptanceCriteria ?? []).map((c) => ({
      id: c.id,
      text: c.text,
      ...(c.met !== undefined ? { met: c.met } : {}),
      ...(c.target && c.target.mode !== 'qualitative' ? { target: formatTarget(c.target, locale) } : {}),
    })),
    lists: (initiative.lists ?? []).map((l) => ({ id: l.id, label: l.label, items: l.items.map((x) => ({ text: x.text, ...(x.qualifier ? { qualifier: x.qualifier } : {}) })) })),
    fields: (initiative.fields ?? []).map((f) => ({ label: f.label, value: f.value })),
    notes: (initiative.notes ?? []).map((n) => ({ kind: n.kind, label: n.label ?? capitalise(n.kind), text: n.text })),
    links: (initiative.links ?? []).map((l) => ({ href: l.href, text: l.text ?? l.href })),
    metrics: (index.metricsByInitiative.get(initiative.id) ?? []).map((m) => describeMetric(m, locale)),
    dependencies: describeDependencies(roadmap, initiative),
    risks: (index.risksByTarget.get(initiative.id) ?? []).map(describeRisk),
    externalRefs: describeExternal(roadmap, initiative),
    milestones: roadmap.milestones
      .filter((m) => m.initiativeIds?.includes(initiative.id))
      .map((m) => ({ id: m.id, title: m.title, ...(m.date.start ? { date: formatDate(m.date.start, locale) } : m.date.raw ? { date: m.date.raw } : {}), ...(m.status ? { status: m.status } : {}) })),
    tags: initiative.tags ?? [],
  };
  if (initiative.key) data.key = initiative.key;
  if (initiative.category) data.category = initiative.category;
  if (initiative.objective) data.objective = initiative.objective;
  if (initiative.description) data.description = initiative.description;
  if (initiative.productId) {
    const product = roadmap.products.find((p) => p.id === initiative.productId);
    if (product) data.product = product.name;
  }
  if (initiative.parentId) {
    const parent = index.initiatives.get(initiative.parentId);
    if (parent) data.parent = { id: parent.id, title: parent.title };
  }
  if (initiative.health) data.health = { value: initiative.health.value, label: HEALTH_WORDS[initiative.health.value], ...(initiative.health.note ? { note: initiative.health.note } : {}) };
  if (initiative.priority) data.priority = { key: initiative.priority.key, rank: initiative.priority.rank, ...(initiative.priority.label ? { label: initiative.priority.label } : {}) };
  if (initiative.owner) data.owner = { text: initiative.owner.text, ...(initiative.owner.role ? { role: initiative.owner.role } : {}) };
  if (initiative.source) {
    const file = initiative.source.file ?? roadmap.meta.source?.file;
    data.source = { line: initiative.source.line, text: sourceText(file, initiative.source.line, initiative.source.endLine), ...(file ? { file } : {}), ...(initiative.source.endLine ? { endLine: initiative.source.endLine } : {}) };
  }
  return data;
}

/**
 * The initiative a selection points at: itself, a checklist item's owner, or the one initiative a
 * risk, metric, milestone or dependency is linked to (undefined when none or several).
 */
export function initiativeForSelection(roadmap: Roadmap, selection: Selection | undefined): string | undefined {
  if (!selection) return undefined;
  const index = indexRoadmap(roadmap);
  const only = (ids: Array<string | undefined>): string | undefined => {
    const set = new Set(ids.filter((id): id is string => id !== undefined && index.initiatives.has(id)));
    return set.size === 1 ? [...set][0] : undefined;
  };
  switch (selection.kind) {
    case 'initiative':
      return index.initiatives.has(selection.id) ? selection.id : undefined;
    case 'checklist-item':
      return index.initiativeByChecklistItem.get(selection.id)?.id;
    case 'risk':
      return only((index.risks.get(selection.id)?.affects ?? []).map((r) => r.id));
    case 'metric': {
      const metric = index.metrics.get(selection.id);
      return only([metric?.scope?.initiativeId, ...roadmap.initiatives.filter((i) => i.metricIds?.includes(selection.id)).map((i) => i.id)]);
    }
    case 'milestone':
      return only(index.milestones.get(selection.id)?.initiativeIds ?? []);
    case 'dependency': {
      const dep = index.dependencies.get(selection.id);
      return only([dep?.from.id]) ?? only([dep?.to.id]);
    }
    default:
      return undefined;
  }
}

/** "key title" labels of the first `limit` initiatives, for the unknown-id message. */
export function knownInitiatives(roadmap: Roadmap, limit = 8): { shown: Array<{ id: string; label: string }>; more: number } {
  const shown = roadmap.initiatives.slice(0, limit).map((i) => ({ id: i.id, label: i.key && i.key !== i.title ? `${i.key} ${i.title}` : entityLabel(i) }));
  return { shown, more: Math.max(0, roadmap.initiatives.length - limit) };
}

export type { Precision };
