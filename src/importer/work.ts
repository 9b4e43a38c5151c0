/**
 * Work items: initiatives with their fields, checklists, criteria, metrics and lists; items and
 * milestones written as bullets; status and priority words.
 */
import type { List, ListItem, Nodes } from 'mdast';
import type { ChecklistItem, Initiative, Metric, Milestone, Priority, Status, TimeSpec } from '../model/schema.js';
import { Claim, type ImportContext, slugify } from './context.js';
import { type Block, endLine, findLinks, itemMarkdown, itemOwnEnd, nestedLists, paragraphLines, plain, readLabel, slice, startLine } from './markdown.js';
import { parseMetricTarget, qualitativeTarget } from './targets.js';

/** Where a block sits: the enclosing period, product, category, theme and goal. */
export interface Scope {
  periodId?: string;
  year?: number;
  productId?: string;
  category?: string;
  themeIds?: string[];
  goalIds?: string[];
}

export const KEY_PATTERN = /\b[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*-\d+\b/g;
/** "#123", an issue number (not an HTML entity "&#39;"). */
const ISSUE_NUMBER = /(?<![\w&])#(\d{1,7})\b/g;

/**
 * The matches of a global pattern in order, as `text.matchAll(re)` gives them, but without the
 * copy of the pattern and the iterator `matchAll` makes (it runs for every bullet). The patterns
 * used here never match the empty string.
 */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

const STATUS_EMOJI: Array<[RegExp, Status]> = [
  [/^(?:✅|✔️?|☑️?|🟢|🎉)/u, 'done'],
  [/^(?:🚧|🔄|⏳|🏗️?|🔨|🟡|🛠️?)/u, 'in-progress'],
  [/^(?:📋|🗓️?|📅|🔜|⬜|🔲|💡)/u, 'planned'],
  [/^(?:❌|🚫|⛔)/u, 'blocked'],
  [/^(?:⚠️?|🔴|🚨)/u, 'at-risk'],
  [/^(?:⏸️?)/u, 'on-hold'],
];
const STATUS_WORDS: Array<[RegExp, Status]> = [
  [/^(?:done|complete|completed|shipped|released|launched|delivered|finished|closed|live|ga)$/i, 'done'],
  [/^(?:in progress|in-progress|wip|ongoing|active|started|in development|building|doing|underway|current|now)$/i, 'in-progress'],
  [/^(?:planned|planning|todo|to do|to-do|not started|backlog|upcoming|next|scheduled|proposed|candidate|open|new|later|future)$/i, 'planned'],
  [/^(?:blocked|stuck)$/i, 'blocked'],
  [/^(?:at risk|at-risk|delayed|slipping|behind)$/i, 'at-risk'],
  [/^(?:on hold|on-hold|paused|deferred|parked)$/i, 'on-hold'],
  [/^(?:cancelled|canceled|dropped|won'?t do|abandoned|descoped)$/i, 'cancelled'],
];

export function statusFromWords(text: string): Status | undefined {
  const t = text.trim().replace(/[.!:]+$/, '');
  for (const [re, status] of STATUS_WORDS) if (re.test(t)) return status;
  return undefined;
}

/** Leading status emoji: `{status, icon, rest}`. */
export function splitStatusEmoji(text: string): { status?: Status; icon?: string; rest: string } {
  // Every status emoji starts with a character outside ASCII.
  if (!(text.charCodeAt(0) > 0x7f)) return { rest: text };
  for (const [re, status] of STATUS_EMOJI) {
    const m = re.exec(text);
    if (m) return { status, icon: m[0], rest: text.slice(m[0].length).replace(/^[\s\uFE0F]+/, '') };
  }
  return { rest: text };
}

/** Leading decorative emoji on a heading ("🗺️ Horizon 1"). */
export function splitIcon(text: string): { icon?: string; rest: string } {
  // No ASCII character is a pictograph or a regional indicator.
  if (!(text.charCodeAt(0) > 0x7f)) return { rest: text };
  const m = /^((?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*)\s*/u.exec(text);
  return m ? { icon: m[1], rest: text.slice(m[0].length) } : { rest: text };
}

const PRIORITY_LABELS: Array<[RegExp, number, string?]> = [
  [/^p([0-4])$/i, -1],
  [/^(?:critical|highest|urgent|blocker)$/i, 0],
  [/^(?:high|must(?: have)?|must-have)$/i, 1],
  [/^(?:medium|normal|should(?: have)?|should-have)$/i, 2],
  [/^(?:low|could(?: have)?|nice to have|nice-to-have)$/i, 3],
  [/^(?:lowest|won'?t(?: have)?)$/i, 4],
];

export function readPriority(text: string, basis: Priority['basis'] = 'explicit'): Priority | undefined {
  const t = text.trim().replace(/[()[\]]/g, '');
  for (const [re, rank] of PRIORITY_LABELS) {
    const m = re.exec(t);
    if (m) return { key: rank < 0 ? `P${m[1]}` : t, rank: rank < 0 ? Number(m[1]) : rank, basis };
  }
  return undefined;
}

// ───── checklist items ─────

export function makeChecklistItem(ctx: ImportContext, owner: Initiative, md: string, checked: boolean | null | undefined, line: number, endLineNo: number, extra: { group?: string; status?: Status } = {}): ChecklistItem {
  const { status: emojiStatus, rest } = splitStatusEmoji(md.trim());
  const text = plain(rest);
  const lab = readLabel(rest);
  const titled = lab && lab.value ? lab : undefined;
  // The version, priority and target patterns all need a parenthesis (the priority, or a bracket):
  // most items have neither, and skip them.
  const hasParen = text.includes('(');
  const version = hasParen ? /\(v?(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)\)/.exec(text) : null;
  const status = checked === true ? 'done' : extra.status ?? emojiStatus ?? (checked === false ? 'planned' : undefined);
  const prio = hasParen || text.includes('[') ? /\[(P[0-4])\]|\((P[0-4])\)/.exec(text) : null;
  // "Optimize database queries (50% faster)": a parenthesised quantity is the item's target.
  const paren = hasParen ? /\(([^()]*\d[^()]*)\)\s*$/.exec(text) : null;
  let metric: ChecklistItem['metric'];
  if (paren && !version && /%|\bx\b|ms\b|faster|slower|less|more/i.test(paren[1]!)) {
    const parsed = parseMetricTarget(paren[1]!);
    if (parsed) {
      metric = parsed.target;
      for (const n of parsed.notes) ctx.report(n.severity, n.code, n.message, line);
    }
  }
  // Written in the model's order of keys, so that validation keeps the object instead of copying it.
  const item = { id: ctx.childId(owner.id, slugify(titled?.label ?? text, 40), `${owner.id}--item`), source: ctx.src(line, endLineNo), text } as ChecklistItem;
  if (titled) {
    item.title = titled.label;
    item.detail = titled.value;
  }
  item.done = checked ?? null;
  if (status) item.status = status;
  if (extra.group) item.group = extra.group;
  if (prio) item.priority = readPriority(prio[1] ?? prio[2]!)!;
  if (version) item.version = version[1]!;
  if (metric) item.metric = metric;
  for (const m of allMatches(KEY_PATTERN, text)) linkKey(ctx, owner, m[0], line);
  if (text.includes('#')) for (const m of allMatches(ISSUE_NUMBER, text)) linkKey(ctx, owner, `#${m[1]}`, line);
  // The prose pattern needs one of > < %.
  if (!checked && !metric && (text.includes('%') || text.includes('<') || text.includes('>')) && /(?:>|<)\s*\d|\d+\s*%/.test(text)) {
    ctx.report('info', 'metric.prose-skipped', `numbers in "${text.length > 60 ? `${text.slice(0, 57)}…` : text}" describe the feature, not a target; not read as a metric`, line);
  }
  return item;
}

/** Keys and issue numbers in an initiative's text: resolved later to initiatives or external refs. */
export function linkKey(ctx: ImportContext, owner: Initiative, key: string, line: number): void {
  ctx.pendingKeys.push({ owner, key, line });
}

/** Add every item of a list (nested items too) to an initiative's checklist. */
export function addChecklist(ctx: ImportContext, owner: Initiative, list: List, extra: { group?: string; status?: Status } = {}): void {
  const items = (owner.checklist ??= []);
  const walk = (l: List, group?: string) => {
    const itemExtra = group ? { ...extra, group } : extra;
    for (const li of l.children) {
      const md = itemMarkdown(li, ctx.source);
      const line = startLine(li);
      const end = itemOwnEnd(li);
      const item = makeChecklistItem(ctx, owner, md, li.checked, line, end, itemExtra);
      items.push(item);
      ctx.claim(line, end, Claim.Mapped);
      for (const sub of nestedLists(li)) walk(sub, item.title ?? item.text);
    }
  };
  walk(list, extra.group);
}

// ───── metrics ─────

export function addMetric(ctx: ImportContext, text: string, line: number, options: { label?: string; scope: Metric['scope']; groupId?: string; endLine?: number; qualitativeOk?: boolean }): Metric | undefined {
  const parsed = parseMetricTarget(text, { label: options.label || undefined, parseTime: (t) => byTime(ctx, t, line) });
  if (!parsed && !options.qualitativeOk) return undefined;
  const name = options.label ?? (parsed?.target.subject ? capitalize(parsed.target.subject) : text.replace(/[.;]$/, ''));
  // Keys in the model's order (source second), so that validation keeps the object.
  const metric: Metric = { id: ctx.id(name, 'metric', options.scope?.initiativeId ?? options.groupId), source: ctx.src(line, options.endLine ?? line), name, raw: options.label ? `${options.label}: ${text}` : text };
  if (options.groupId) metric.groupId = options.groupId;
  if (options.scope) metric.scope = options.scope;
  if (parsed) {
    metric.target = parsed.target;
    metric.direction = parsed.target.direction;
    if (parsed.target.unit) metric.unit = parsed.target.unit;
    for (const n of parsed.notes) ctx.report(n.severity, n.code, n.message, line, { entityId: metric.id });
  } else {
    metric.target = qualitativeTarget(text);
    metric.direction = 'unknown';
    ctx.report('info', 'metric.qualitative', `"${text}" has no number; kept as a qualitative target`, line, { entityId: metric.id });
  }
  ctx.roadmap.metrics.push(metric);
  return metric;
}

/** "by Q2": a time, with the year taken from the document when it is not written. */
function byTime(ctx: ImportContext, text: string, line: number): TimeSpec | undefined {
  // The earliest period start (one pass; this runs for every "by …" target).
  let firstYear: string | undefined;
  for (const p of ctx.roadmap.periods) if (p.time.start && (firstYear === undefined || p.time.start < firstYear)) firstYear = p.time.start;
  const spec = ctx.time(text, !ctx.documentYear && firstYear ? { defaultYear: Number(firstYear.slice(0, 4)) } : {});
  if (!spec) return undefined;
  if (spec.inferred?.includes('year')) {
    const quarter = /^q([1-4])$/i.exec(text.trim());
    const years = [...new Set(ctx.roadmap.periods.filter((p) => p.kind === 'quarter' && p.time.start && quarter && Number(p.time.start.slice(5, 7)) === (Number(quarter[1]) - 1) * 3 + 1).map((p) => Number(p.time.start!.slice(0, 4))))];
    if (years.length > 1) {
      const candidates = years.map((y) => ctx.time(`Q${quarter![1]} ${y}`)!).map((t) => ({ start: t.start!, end: t.end!, ...(t.edtf ? { edtf: t.edtf } : {}) }));
      const chosen = ctx.time(`Q${quarter![1]} ${years[0]}`)!;
      ctx.report('warning', 'date.year-ambiguous', `"${text}" names no year and the roadmap spans ${years.join(' and ')}; read as ${years[0]}`, line, { data: { candidates: years } });
      return { ...chosen, raw: text, inferred: ['year'], confidence: 0.5, candidates };
    }
    ctx.report('info', 'date.year-inferred', `"${text}" names no year; ${spec.start?.slice(0, 4)} taken from the document`, line);
  }
  return spec;
}

export function capitalize(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

// ───── initiative bodies ─────

const FIELD = {
  owner: /^(?:owner|owners|lead|leads|dri|assignee|owned by|pm|product owner|product manager|tech lead|eng(?:ineering)? lead|driver|responsible)$/i,
  team: /^(?:team|teams|squad|squads|group)$/i,
  target: /^(?:target|targets|target date|due|due date|deadline|eta|launch|launch date|ship date|release date|date|delivery|timeline|when|timeframe|time frame|expected by)$/i,
  start: /^(?:start|start date|starts|kickoff|begins)$/i,
  end: /^(?:end|end date|ends|finish)$/i,
  period: /^(?:quarter|period|horizon|half|release|sprint|milestone)$/i,
  status: /^(?:status|state|stage|progress)$/i,
  priority: /^(?:priority|prio|importance)$/i,
  objective: /^(?:goal|goals|objective|objectives|purpose|why|outcome|aim)$/i,
  description: /^(?:description|summary|overview|what|problem|problem statement|context|details)$/i,
  checklist: /^(?:features|key features|deliverables|tasks|todo|to do|work items|requirements|stories|epics|items|sub-?tasks|steps|scope of work)$/i,
  criteria: /^(?:acceptance criteria|definition of done|done when|exit criteria|criteria)$/i,
  metrics: /^(?:success metrics|metrics|kpis?|success criteria|measures(?: of success)?|key results|krs?|targets)$/i,
  dependencies: /^(?:dependencies|dependency|depends on|blocked by|requires|prerequisites?)$/i,
  risks: /^(?:risks?)$/i,
  expected: /^(?:expected|expected outcome|expected impact|impact)$/i,
  notes: /^(?:notes?|comments?|remarks?)$/i,
  rationale: /^(?:rationale|reasoning|because)$/i,
  assumption: /^(?:assumptions?)$/i,
  constraint: /^(?:constraints?)$/i,
  links: /^(?:links?|docs?|documentation|spec|prd|design|epic|ticket|tickets|issue|issues|jira|pr|prs)$/i,
  tags: /^(?:tags|labels)$/i,
  theme: /^(?:themes?)$/i,
};
type FieldKind = keyof typeof FIELD;
/** One bit per FIELD pattern, in FIELD's order. */
const FIELD_BIT = {} as Record<FieldKind, number>;
(Object.keys(FIELD) as FieldKind[]).forEach((kind, i) => (FIELD_BIT[kind] = 1 << i));
/** What a field's label gives: the FIELD patterns it matches (FIELD_BIT bits) and its key. */
interface FieldLabel {
  kinds: number;
  key: string;
}
/** The labels met in an import, read once each: labels repeat ("Owner", "Goal"), the tests would too. */
const fieldLabelsByImport = new WeakMap<ImportContext, Map<string, FieldLabel>>();

/** Whether `kinds` (from fieldLabel) has the bit of `kind`. */
function has(kinds: number, kind: FieldKind): boolean {
  return (kinds & FIELD_BIT[kind]) !== 0;
}

function fieldLabel(ctx: ImportContext, label: string): FieldLabel {
  let byLabel = fieldLabelsByImport.get(ctx);
  if (!byLabel) fieldLabelsByImport.set(ctx, (byLabel = new Map()));
  let read = byLabel.get(label);
  if (!read) {
    let kinds = 0;
    for (const kind in FIELD) if (FIELD[kind as FieldKind].test(label)) kinds |= FIELD_BIT[kind as FieldKind];
    read = { kinds, key: slugify(label) || 'field' };
    byLabel.set(label, read);
  }
  return read;
}

/** Labels read even without bold ("- Note: …", "- Dependency: …"). */
const LOOSE_LABELS = /^(?:expected|dependency|dependencies|depends on|note|notes|risk|mitigation|owner|status|target|due|eta|blocked by|requires|goal|outcome|link|ticket|issue|priority|team|lead)$/i;

export function readLooseLabel(md: string): ReturnType<typeof readLabel> {
  const lab = readLabel(md, true);
  if (!lab) return undefined;
  if (lab.bold || LOOSE_LABELS.test(lab.label)) return lab;
  return undefined;
}

export interface BodyHooks {
  /** A dependency sentence on an initiative. */
  dependency(init: Initiative, text: string, line: number, type?: 'requires' | 'approval'): void;
  /** A risk written inside an initiative. */
  risk(init: Initiative, text: string, line: number): void;
  /** A block with no structured home: keep it. */
  preserve(block: Block, title?: string): void;
}

/** Read an initiative's blocks: label lines, lists, checklists, free paragraphs. */
export function readInitiativeBody(ctx: ImportContext, init: Initiative, blocks: Block[], scope: Scope, hooks: BodyHooks): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (block.type === 'paragraph') {
      const lines = paragraphLines(block, ctx.lines);
      let consumedNext = false;
      const loose: string[] = [];
      for (const [k, { line, text }] of lines.entries()) {
        const lab = readLabel(text);
        if (lab) {
          const isLast = k === lines.length - 1;
          const list = isLast && !lab.value && next?.type === 'list' ? next : undefined;
          applyField(ctx, init, lab.label, lab.value, lab.valueMarkdown, line, list, scope, hooks);
          if (list) consumedNext = true;
          ctx.claim(line, line, Claim.Mapped);
        } else loose.push(text);
      }
      if (loose.length) {
        const text = plain(loose.join(' '));
        if (!init.description) init.description = text;
        else (init.notes ??= []).push({ kind: 'note', text, source: ctx.nodeSrc(block) });
        addLinks(ctx, init, loose.join(' '), startLine(block));
        ctx.claimNode(block);
      }
      if (consumedNext) i++;
    } else if (block.type === 'list') {
      readInitiativeList(ctx, init, block, scope, hooks);
    } else if (block.type === 'thematicBreak') {
      ctx.claimNode(block, Claim.Structural);
    } else if (block.type === 'code' || block.type === 'blockquote' || block.type === 'html') {
      const text = block.type === 'code' ? block.value : plain(slice(block, ctx.source));
      if (text.trim()) {
        (init.notes ??= []).push({ kind: 'other', text, source: ctx.nodeSrc(block) });
        ctx.claimNode(block);
      } else ctx.claimNode(block, Claim.Structural);
    } else {
      hooks.preserve(block, init.title);
    }
  }
}

function readInitiativeList(ctx: ImportContext, init: Initiative, list: List, scope: Scope, hooks: BodyHooks): void {
  const plainItems: ListItem[] = [];
  const flush = () => {
    if (!plainItems.length) return;
    addChecklist(ctx, init, { ...list, children: plainItems.splice(0) });
  };
  for (const li of list.children) {
    const md = itemMarkdown(li, ctx.source);
    const lab = li.checked == null ? readLooseLabel(md) : undefined;
    if (lab) {
      flush();
      const subs = nestedLists(li);
      applyField(ctx, init, lab.label, lab.value, lab.valueMarkdown, startLine(li), subs[0], scope, hooks);
      ctx.claim(startLine(li), itemOwnEnd(li), Claim.Mapped);
      for (let k = 1; k < subs.length; k++) addChecklist(ctx, init, subs[k]!);
    } else plainItems.push(li);
  }
  flush();
}

function addLinks(ctx: ImportContext, init: Initiative, md: string, line: number): void {
  for (const link of findLinks(md)) {
    const rel = /#|\/issues\/|\/pull\/|jira|linear\.app|\/browse\//i.test(link.href) ? (link.href.startsWith('#') ? 'internal-anchor' : 'ticket') : 'external';
    (init.links ??= []).push({ ...link, rel, source: ctx.src(line) });
  }
}

/** One item of a labelled list: its text (plain and as Markdown) and its own lines. */
interface ListValue {
  text: string;
  md: string;
  line: number;
  end: number;
  item: ListItem;
}

function listItems(ctx: ImportContext, list: List): ListValue[] {
  const out: ListValue[] = [];
  for (const li of list.children) {
    const md = itemMarkdown(li, ctx.source);
    out.push({ text: plain(md), md, line: startLine(li), end: itemOwnEnd(li), item: li });
  }
  return out;
}

export function applyField(ctx: ImportContext, init: Initiative, label: string, value: string, valueMd: string, line: number, list: List | undefined, scope: Scope, hooks: BodyHooks): void {
  const { kinds, key } = fieldLabel(ctx, label);
  // The list's items are read only by the fields that take them as values (a checklist reads its list itself).
  let listed: ListValue[] | undefined;
  const items = (): ListValue[] => (listed ??= list ? listItems(ctx, list) : []);
  const claimList = () => {
    if (list) for (const it of items()) ctx.claim(it.line, it.end, Claim.Mapped);
  };
  /** The value on the label's line, else the list's items. */
  const values = (): Array<Omit<ListValue, 'item'> & { item?: ListItem }> => (value ? [{ text: value, md: valueMd, line, end: line }] : items());
  const valueCount = value ? 1 : list ? list.children.length : 0;
  if (has(kinds, 'owner') && value) {
    if (!init.owner) {
      init.owner = ctx.party(value, line);
      if (init.owner.teamId && !init.teamIds?.includes(init.owner.teamId)) init.teamIds = [...(init.teamIds ?? []), init.owner.teamId];
    } else (init.fields ??= []).push({ label, key, value, source: ctx.src(line) });
  } else if (has(kinds, 'team') && value) {
    for (const name of value.split(/\s*,\s*|\s+and\s+|\s*\/\s*/).filter(Boolean)) {
      const team = ctx.team(name, line);
      if (!init.teamIds?.includes(team.id)) init.teamIds = [...(init.teamIds ?? []), team.id];
    }
  } else if ((has(kinds, 'target') || has(kinds, 'start') || has(kinds, 'end') || has(kinds, 'period')) && value) {
    const spec = ctx.time(value, scope.year ? { defaultYear: scope.year } : {});
    const sched = (init.schedule ??= {});
    const period = has(kinds, 'period') ? ctx.roadmap.periods.find((p) => p.label === value || p.shortLabel === value || p.name === value) : undefined;
    if (period) sched.periodIds = [...new Set([...(sched.periodIds ?? []), period.id])];
    else if (!spec) {
      (init.fields ??= []).push({ label, key, value, source: ctx.src(line) });
      ctx.report('warning', 'date.unparsed', `${label} "${value}" is not a date or period this importer reads; kept as text`, line, { entityId: init.id });
    } else if (has(kinds, 'start')) sched.start = spec;
    else if (has(kinds, 'end')) sched.end = spec;
    else if (spec.kind === 'absolute' && spec.start !== spec.end && spec.precision === 'month' && /[-–—]|\bto\b/.test(value)) {
      sched.start = spec;
      sched.end = spec;
    } else sched.target = spec;
    if (spec?.inferred?.includes('year')) ctx.report('info', 'date.year-inferred', `"${value}" names no year; ${spec.start?.slice(0, 4)} taken from context`, line, { entityId: init.id });
  } else if (has(kinds, 'status') && value) {
    const { status, rest } = splitStatusEmoji(value);
    init.statusLabel = rest || value;
    const s = statusFromWords(rest) ?? status;
    if (s) init.status = s;
    else ctx.report('info', 'status.unknown', `status "${value}" is not a known word; kept as written`, line, { entityId: init.id });
  } else if (has(kinds, 'priority') && value) {
    const p = readPriority(value);
    if (p) init.priority = { ...p, key: value.trim() };
    else (init.fields ??= []).push({ label, key, value, source: ctx.src(line) });
  } else if (has(kinds, 'objective') && valueCount) {
    const text = values().map((v) => v.text).join('; ');
    if (!init.objective) init.objective = text;
    else (init.fields ??= []).push({ label, key, value: text, source: ctx.src(line) });
    for (const v of values()) {
      const m = addMetric(ctx, v.text, v.line, { scope: { level: 'initiative', initiativeId: init.id } });
      if (m) (init.metricIds ??= []).push(m.id);
    }
    claimList();
  } else if (has(kinds, 'description') && valueCount) {
    const text = values().map((v) => v.text).join(' ');
    if (!init.description) init.description = text;
    else (init.notes ??= []).push({ kind: 'note', label, text, source: ctx.src(line) });
    claimList();
  } else if (has(kinds, 'checklist')) {
    if (list) addChecklist(ctx, init, list);
    if (value) (init.fields ??= []).push({ label, key, value, source: ctx.src(line) });
  } else if (has(kinds, 'criteria')) {
    for (const v of values()) {
      const criterion: NonNullable<Initiative['acceptanceCriteria']>[number] = { id: ctx.id(`${init.id}--ac-${slugify(v.text, 30)}`, `${init.id}--ac`), text: v.text, met: list ? (v.item?.checked ?? null) : null };
      const parsed = parseMetricTarget(v.text);
      if (parsed && parsed.target.direction !== 'unknown') criterion.target = parsed.target;
      criterion.source = ctx.src(v.line, v.end);
      (init.acceptanceCriteria ??= []).push(criterion);
    }
    claimList();
  } else if (has(kinds, 'metrics')) {
    for (const v of values()) {
      const lab = readLabel(v.md);
      const m = addMetric(ctx, lab ? lab.value : v.text, v.line, { label: lab?.label, scope: { level: 'initiative', initiativeId: init.id }, qualitativeOk: true, endLine: v.end });
      if (m) (init.metricIds ??= []).push(m.id);
    }
    claimList();
  } else if (has(kinds, 'dependencies')) {
    for (const v of values()) hooks.dependency(init, /^(?:requires|depends on|blocked by)\b/i.test(v.text) || !has(kinds, 'dependencies') ? v.text : `${label === 'Blocked by' ? 'Blocked by' : 'Requires'} ${v.text}`, v.line);
    claimList();
  } else if (has(kinds, 'risks')) {
    for (const v of values()) hooks.risk(init, v.text, v.line);
    claimList();
  } else if (has(kinds, 'expected') || has(kinds, 'notes') || has(kinds, 'rationale') || has(kinds, 'assumption') || has(kinds, 'constraint')) {
    const kind = has(kinds, 'expected') ? 'expected' : has(kinds, 'rationale') ? 'rationale' : has(kinds, 'assumption') ? 'assumption' : has(kinds, 'constraint') ? 'constraint' : 'note';
    for (const v of values()) {
      const note: NonNullable<Initiative['notes']>[number] = { kind, text: v.text, source: ctx.src(v.line, v.end) };
      if (kind !== 'note' || !/^notes?$/i.test(label)) note.label = label;
      const keys = allMatches(KEY_PATTERN, v.text).map((k) => k[0]);
      if (keys.length) note.refs = keys.map((k) => ({ text: k, resolution: 'unresolved' as const }));
      for (const k of keys) linkKey(ctx, init, k, v.line);
      (init.notes ??= []).push(note);
      if (kind === 'expected') {
        const m = addMetric(ctx, v.text, v.line, { scope: { level: 'initiative', initiativeId: init.id } });
        if (m) (init.metricIds ??= []).push(m.id);
      }
      addLinks(ctx, init, v.md, v.line);
    }
    claimList();
  } else if (has(kinds, 'links') && valueCount) {
    for (const v of values()) {
      const links = findLinks(v.md);
      if (links.length) addLinks(ctx, init, v.md, v.line);
      const keys = allMatches(KEY_PATTERN, v.text).concat(allMatches(ISSUE_NUMBER, v.text)).map((k) => k[0]);
      for (const k of keys) linkKey(ctx, init, k, v.line);
      if (!links.length) (init.fields ??= []).push({ label, key, value: v.text, source: ctx.src(v.line) });
    }
    claimList();
  } else if (has(kinds, 'tags') && value) {
    init.tags = [...(init.tags ?? []), ...value.split(/\s*,\s*/).map((t) => t.replace(/^#/, '')).filter(Boolean)];
  } else if (has(kinds, 'theme') && value) {
    const names = value.split(/\s*,\s*/);
    for (const n of names) {
      const theme = ctx.roadmap.themes.find((t) => t.name.toLowerCase() === n.toLowerCase());
      if (theme) init.themeIds = [...new Set([...(init.themeIds ?? []), theme.id])];
      else (init.fields ??= []).push({ label, key, value: n, source: ctx.src(line) });
    }
  } else if (list) {
    // Any other labelled list: "Platforms", "Integrations", "Regions", "Use Cases", "Scope".
    (init.lists ??= []).push({
      id: ctx.id(`${init.id}--${key}`, 'list'),
      label,
      key,
      items: items().map((it) => {
        const q = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(it.text);
        return { text: q ? q[1]! : it.text, ...(q ? { qualifier: q[2]! } : {}), source: ctx.src(it.line, it.end) };
      }),
      source: ctx.src(line, list ? endLine(list) : line),
    });
    claimList();
    if (value) (init.fields ??= []).push({ label, key, value, source: ctx.src(line) });
  } else if (value) {
    const parts = value.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*/).filter(Boolean);
    if (parts.length > 1 && parts.every((p) => p.split(/\s+/).length <= 4) && !/[.!?]$/.test(value)) {
      (init.lists ??= []).push({ id: ctx.id(`${init.id}--${key}`, 'list'), label, key, inline: true, items: parts.map((t) => ({ text: t })), source: ctx.src(line) });
    } else {
      const field: NonNullable<Initiative['fields']>[number] = { label, key, value, source: ctx.src(line) };
      const keys = allMatches(KEY_PATTERN, value).map((k) => k[0]);
      if (keys.length) field.refs = keys.map((k) => ({ text: k, resolution: 'unresolved' as const }));
      (init.fields ??= []).push(field);
      for (const k of keys) {
        linkKey(ctx, init, k, line);
        // "Security Review: SR-2024-001 (pending approval from David Kim)": a gate.
        const gate = /\(([^()]*?)(?:\s+from\s+([^()]+))?\)/.exec(value);
        const extra: Record<string, unknown> = { title: label };
        if (gate) {
          extra.status = gate[1]!.trim();
          if (gate[2]) extra.party = ctx.party(gate[2].trim(), line);
        }
        ctx.externalRef(k, line, extra as never);
        if (/review|approval|sign-?off|audit|gate/i.test(label) || /approv/i.test(value)) hooks.dependency(init, `${init.key ?? init.title} needs ${k}`, line, 'approval');
      }
    }
  } else {
    (init.fields ??= []).push({ label, key, value: '', source: ctx.src(line) });
  }
}

// ───── bullets under a period: items and milestones ─────

const RELEASE_SEGMENT = /^(.*?)\s*\(([^()]*\d[^()]*)\)$/;
const STAGES: Array<[RegExp, NonNullable<Milestone['stage']>]> = [
  [/\balpha\b/i, 'alpha'],
  [/\bbeta\b/i, 'beta'],
  [/\b(?:rc|release candidate)\b/i, 'rc'],
  [/\b(?:ga|general availability|generally available)\b/i, 'ga'],
  [/\bmvp\b/i, 'mvp'],
];

/** "RC release v0.9.0 (2025-10-24), GA v1.0.0 (2025-11-07)" → two milestones; undefined when the bullet is not releases. */
export function readMilestoneBullet(ctx: ImportContext, text: string, line: number, scope: Scope): Milestone[] | undefined {
  const segments = text.replace(/\.$/, '').split(/\s*[,;]\s+(?=[^,;]*\(\s*\d{4}-\d{2}-\d{2}\s*\))/);
  const out: Milestone[] = [];
  for (const seg of segments) {
    const m = RELEASE_SEGMENT.exec(seg.trim());
    if (!m) return undefined;
    const title = m[1]!.trim();
    const version = /\bv(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)\b/i.exec(title) ?? (/\b(?:release|version)\s+(\d+\.\d+(?:\.\d+)?)\b/i.exec(title));
    if (!version && !/\b(?:release|launch|milestone|ga|beta|alpha|mvp|go-live|cutover)\b/i.test(title)) return undefined;
    const date = ctx.time(m[2]!, scope.year ? { defaultYear: scope.year } : {});
    if (!date || date.kind !== 'absolute') return undefined;
    const milestone: Milestone = {
      id: version ? ctx.id(`v${version[1]}`, 'release') : ctx.id(title, 'milestone'),
      title,
      kind: /\blaunch\b/i.test(title) ? 'launch' : version || /release/i.test(title) ? 'release' : 'milestone',
      date,
    };
    if (version) milestone.version = version[1]!;
    const stage = STAGES.find(([re]) => re.test(title));
    if (stage) milestone.stage = stage[1];
    if (scope.periodId) milestone.periodId = scope.periodId;
    milestone.source = ctx.src(line);
    out.push(milestone);
  }
  return out.length ? out : undefined;
}

/** Read an item bullet's own words: tag prefix ("Post-1.0:"), trailing time "(Dec)", owner, status. */
export function makeItem(ctx: ImportContext, md: string, checked: boolean | null | undefined, line: number, end: number, scope: Scope): Initiative {
  let { status, rest } = splitStatusEmoji(md.trim());
  const init: Initiative = { id: '', title: '', kind: 'item' };
  const lab = readLabel(rest);
  let text = plain(rest);
  let detail: string | undefined;
  if (lab && lab.value) {
    text = lab.label;
    detail = lab.value;
  }
  const tags: string[] = [];
  const tag = /^([A-Za-z][\w.+-]*\d[\w.+-]*|[A-Z]{2,}[\w.+-]*|Post-[\w.]+|Pre-[\w.]+):\s+(.+)$/.exec(text);
  if (tag) {
    tags.push(tag[1]!);
    text = tag[2]!;
  }
  const sched: NonNullable<Initiative['schedule']> = scope.periodId ? { periodIds: [scope.periodId] } : {};
  const timeParen = /\s*\(([^()]+)\)\s*$/.exec(text);
  if (timeParen) {
    const spec = ctx.time(timeParen[1]!, scope.year ? { defaultYear: scope.year } : {});
    if (spec && spec.kind !== 'unknown') {
      sched.target = spec;
      text = text.slice(0, timeParen.index).trim();
      if (spec.inferred?.includes('year')) ctx.report('info', 'date.year-inferred', `"(${timeParen[1]})" names no year; ${spec.start?.slice(0, 4)} taken from the enclosing period`, line, { data: { from: scope.periodId ?? 'document' } });
    }
  }
  const owner = /\s*(?:[—–-]\s*|\()@([\w.-]+)\)?\s*$/.exec(text);
  if (owner) {
    init.owner = ctx.party(`@${owner[1]}`, line, { preferTeam: false });
    text = text.slice(0, owner.index).trim();
  }
  const prio = /\s*[[(](P[0-4])[\])]\s*/.exec(text);
  if (prio) {
    init.priority = readPriority(prio[1]!)!;
    text = (text.slice(0, prio.index) + ' ' + text.slice(prio.index + prio[0].length)).trim();
  }
  text = text
    .replace(/\s*\((?:#\d+|[A-Z][A-Z0-9]+-\d+)(?:\s*,\s*(?:#\d+|[A-Z][A-Z0-9]+-\d+))*\)/g, '')
    .replace(/\s*(?:[—–-]\s*)?(?:tracked in|see|ref(?:s)?|issue)\s*:?\s*(?:https?:\/\/\S+|#\d+|[A-Z][A-Z0-9]+-\d+)\s*$/i, '')
    .replace(/,?\s*https?:\/\/\S+/g, '')
    .replace(/[\s,;—–-]+$/, '')
    .trim();
  init.title = text || plain(rest) || 'Untitled item';
  init.id = ctx.id(init.title, 'item', scope.periodId);
  if (detail) init.description = detail;
  if (tags.length) init.tags = tags;
  if (Object.keys(sched).length) init.schedule = sched;
  const st = checked === true ? 'done' : status ?? (checked === false ? 'planned' : undefined);
  if (st) init.status = st;
  if (scope.productId) init.productId = scope.productId;
  if (scope.category) init.category = scope.category;
  if (scope.themeIds?.length) init.themeIds = [...scope.themeIds];
  if (scope.goalIds?.length) init.goalIds = [...scope.goalIds];
  init.source = ctx.src(line, end);
  for (const m of allMatches(KEY_PATTERN, rest)) linkKey(ctx, init, m[0], line);
  if (rest.includes('#')) for (const m of allMatches(ISSUE_NUMBER, rest)) linkKey(ctx, init, `#${m[1]}`, line);
  addLinks(ctx, init, rest, line);
  if (/;\s|,\s(?![^()]*\))/.test(text) && !/:\s/.test(text)) {
    ctx.report('info', 'structure.compound-item', `"${init.title}" holds several deliverables; kept as one item`, line, { entityId: init.id });
  }
  return init;
}

export function nodeLines(node: Nodes): [number, number] {
  return [startLine(node), endLine(node)];
}
