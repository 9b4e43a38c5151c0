/**
 * Everything a roadmap says about one initiative, as plain data for `<initiative-card>`:
 * `describeInitiative(roadmap, id, {asOf, locale})`. Pure: no DOM, no clock (today is `asOf`, else
 * the roadmap's own date); dates are formatted in UTC so no time zone moves them. The schedule is
 * described in `card-schedule.ts`, linked entities in `card-links.ts`.
 */
import { formatQuantity, formatTarget } from '../model/metrics.js';
import type { Initiative, Roadmap, Status } from '../model/schema.js';
import { entityLabel, indexRoadmap, initiativeProgress, type Selection } from '../model/selectors.js';
import { describeDependencies, describeExternal, describeMetric, describeRisk, type DependencyRow, type ExternalRow, type MetricRow, type RiskRow } from './card-links.js';
import { describeSchedule, formatDate, type CardSchedule } from './card-schedule.js';

export type { DependencyRow, ExternalRow, MetricRow, RiskRow } from './card-links.js';
export { formatDate, formatDateRange, type CardSchedule, type ScheduleLine } from './card-schedule.js';

export interface DescribeOptions {
  /** "Today" (YYYY-MM-DD) for overdue, and the anchor for relative periods. Default: the roadmap's date. */
  asOf?: string;
  /** BCP 47 locale for dates and numbers. Default: `meta.locale`, else "en-GB". */
  locale?: string;
}

export interface CardProgress {
  done: number;
  total: number;
  /** 0..1, undefined when nothing is tracked. */
  value?: number;
  source: 'checklist' | 'manual' | 'children' | 'none';
  /** "3 of 5 done (60%)", "40% (stated)", "Not tracked (2 items, no checkboxes)". */
  text: string;
  /** A ring drawn as an SVG circle (centre 0,0) whose stroke is dashed to the value. */
  ring: ProgressRing;
}

/** Geometry of a progress ring: `<circle r=radius stroke-width=thickness stroke-dasharray=dashArray>`. */
export interface ProgressRing {
  /** Radius of the stroke's centre line. */
  radius: number;
  thickness: number;
  circumference: number;
  /** "filled gap" for `stroke-dasharray`; empty when the value is 0. */
  dashArray: string;
}

export interface ChecklistRow {
  id: string;
  text: string;
  /** The bold lead of "**Kubernetes Support**: Create Helm charts…". */
  title?: string;
  /** What follows the title. */
  detail?: string;
  state: 'done' | 'open' | 'plain';
  status?: Status;
  version?: string;
  priority?: string;
  target?: string;
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
  /** Priority as written, its label and, from the roadmap's priority scheme, what it means ("Blocking Launch"). */
  priority?: { key: string; label?: string; rank: number; meaning?: string };
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
  /** Acceptance criteria; `target` is the parsed target when it adds to the words (not parsed from the very sentence). */
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
  /** Where it came from: "000.md, lines 15–22"; `raw` is the line itself when it is one short line. */
  source?: { file?: string; line: number; endLine?: number; text: string; raw?: string };
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

/** A progress ring of `value` (0..1): a circle whose stroke is dashed to the value, starting at 12 o'clock. */
export function progressRing(value: number | undefined, radius = 19, thickness = 4.5): ProgressRing {
  const circumference = 2 * Math.PI * radius;
  const v = Math.max(0, Math.min(1, value ?? 0));
  const filled = Math.round(circumference * v * 100) / 100;
  const total = Math.round(circumference * 100) / 100;
  return { radius, thickness, circumference: total, dashArray: v > 0 ? `${filled} ${total}` : '' };
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
    const source = initiative.progress.source ?? 'manual';
    return { ...p, source, text: `${percent(p.value, locale)} (${source === 'children' ? 'from sub-items' : 'stated'})`, ring: progressRing(p.value) };
  }
  const plain = initiative.checklist?.length ?? 0;
  return {
    done: 0,
    total: 0,
    source: 'none',
    text: plain ? `Not tracked (${plain} item${plain === 1 ? '' : 's'}, no checkboxes)` : 'No tracked items',
    ring: progressRing(undefined),
  };
}

function sourceText(file: string | undefined, line: number, endLine: number | undefined): string {
  const lines = endLine && endLine > line ? `lines ${line}–${endLine}` : `line ${line}`;
  return file ? `${file}, ${lines}` : lines.charAt(0).toUpperCase() + lines.slice(1);
}

/** The same words, whatever the case, spacing and final full stop. */
function sameWords(a: string, b: string): boolean {
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').replace(/[.;:]+$/, '').trim();
  return norm(a) === norm(b);
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

  const dependencies = describeDependencies(roadmap, initiative);
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
    schedule: describeSchedule(roadmap, initiative, status, options.asOf, locale),
    progress: describeProgress(initiative, locale),
    checklist: groups,
    checklistCount: initiative.checklist?.length ?? 0,
    criteria: (initiative.acceptanceCriteria ?? []).map((c) => ({
      id: c.id,
      text: c.text,
      ...(c.met !== undefined ? { met: c.met } : {}),
      ...(c.target && c.target.mode !== 'qualitative' && !sameWords(c.target.raw, c.text) ? { target: formatTarget(c.target, locale) } : {}),
    })),
    lists: (initiative.lists ?? []).map((l) => ({ id: l.id, label: l.label, items: l.items.map((x) => ({ text: x.text, ...(x.qualifier ? { qualifier: x.qualifier } : {}) })) })),
    fields: (initiative.fields ?? []).map((f) => ({ label: f.label, value: f.value })),
    notes: (initiative.notes ?? []).map((n) => ({ kind: n.kind, label: n.label ?? capitalise(n.kind), text: n.text })),
    links: (initiative.links ?? []).map((l) => ({ href: l.href, text: l.text ?? l.href })),
    metrics: (index.metricsByInitiative.get(initiative.id) ?? []).map((m) => describeMetric(m, locale)),
    dependencies,
    risks: (index.risksByTarget.get(initiative.id) ?? []).map(describeRisk),
    externalRefs: describeExternal(roadmap, initiative, dependencies),
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
  if (initiative.priority) {
    const p = initiative.priority;
    const level = roadmap.priorityScheme?.levels.find((l) => l.key === p.key);
    const label = p.label ?? level?.label;
    data.priority = { key: p.key, rank: p.rank, ...(label ? { label } : {}), ...(level?.meaning ? { meaning: level.meaning } : {}) };
  }
  if (initiative.owner) data.owner = { text: initiative.owner.text, ...(initiative.owner.role ? { role: initiative.owner.role } : {}) };
  if (initiative.source) {
    const file = initiative.source.file ?? roadmap.meta.source?.file;
    const { line, endLine, raw } = initiative.source;
    const oneLine = raw && !raw.includes('\n') && raw.trim().length <= 240 ? raw.trim() : undefined;
    data.source = {
      line,
      text: sourceText(file, line, endLine),
      ...(file ? { file } : {}),
      ...(endLine ? { endLine } : {}),
      ...(oneLine ? { raw: oneLine } : {}),
    };
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


