/**
 * Builders for the non-work sections: themes, goals, metrics, risks, dependencies, priorities,
 * resources, cadences, notes, and tables.
 */
import type { List, ListItem, Table } from 'mdast';
import type { Allocation, Cadence, Dependency, Goal, Initiative, Metric, MetricGroup, Milestone, PriorityScheme, Ref, Risk, Theme } from '../model/schema.js';
import type { Builder } from './build.js';
import { Claim, type ImportContext, slugify } from './context.js';
import { type Outline, endLine, itemMarkdown, itemOwnEnd, nestedLists, paragraphLines, plain, readLabel, readTable, slice, startLine } from './markdown.js';
import { frequencyOf } from './meta.js';
import { type Scope, KEY_PATTERN, addMetric, makeItem, readLooseLabel, readMilestoneBullet, readPriority, splitIcon, statusFromWords } from './work.js';

interface Entry {
  md: string;
  text: string;
  line: number;
  end: number;
  item?: ListItem;
  ordinal?: number;
  sub: List[];
}

/** The list items and paragraph lines of a block sequence, in order. */
function entries(ctx: ImportContext, section: Outline, builder: Builder, options: { paragraphs?: boolean } = {}): Entry[] {
  const out: Entry[] = [];
  for (const block of section.blocks) {
    if (block.type === 'list') {
      block.children.forEach((li, i) => {
        const md = itemMarkdown(li, ctx.source);
        out.push({ md, text: plain(md), line: startLine(li), end: itemOwnEnd(li), item: li, sub: nestedLists(li), ...(block.ordered ? { ordinal: (block.start ?? 1) + i } : {}) });
      });
    } else if (block.type === 'paragraph' && options.paragraphs !== false) {
      for (const { line, text } of paragraphLines(block, ctx.lines)) out.push({ md: text, text: plain(text), line, end: line, sub: [] });
    } else if (block.type === 'thematicBreak') ctx.claimNode(block, Claim.Structural);
    else if (block.type !== 'table') builder.preserveBlock(section, block);
  }
  return out;
}

/** Keep an entry no builder could read: its list item, or the paragraph holding its line. */
function keep(builder: Builder, section: Outline, e: Entry): void {
  const block = e.item ?? blockAt(section.blocks, e.line);
  builder.preserveBlock(section, block as never);
}

/** The first block holding a line. Blocks follow each other without overlap, so a binary search finds it. */
function blockAt(blocks: Outline['blocks'], line: number): Outline['blocks'][number] | undefined {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (endLine(blocks[mid]!) < line) lo = mid + 1;
    else hi = mid;
  }
  const block = blocks[lo];
  return block && startLine(block) <= line ? block : undefined;
}

function heading(ctx: ImportContext, section: Outline, kind: Claim = Claim.Mapped): string {
  ctx.claim(section.line, section.line, kind);
  return splitIcon(section.text).rest;
}

// ───── themes ─────

export function buildThemes(ctx: ImportContext, section: Outline, scope: Scope, builder: Builder): void {
  heading(ctx, section);
  const addTheme = (nameText: string, line: number, description: string | undefined, end: number, iconIn?: string) => {
    const { icon, rest } = splitIcon(nameText);
    const m = /^(?:theme|pillar|focus area)\s*(\d+)\s*[:.–—-]\s*(.+)$/i.exec(rest);
    const name = (m ? m[2]! : rest).trim();
    const theme: Theme = { id: ctx.id(name, 'theme'), name, ...(m ? { ordinal: Number(m[1]) } : {}) };
    if (description) theme.description = description;
    if (icon ?? iconIn) theme.icon = (icon ?? iconIn)!;
    if (scope.periodId) theme.periodIds = [scope.periodId];
    theme.source = ctx.src(line, end);
    if (end === line) theme.source.raw = ctx.lineText(line);
    ctx.roadmap.themes.push(theme);
    ctx.claim(line, end, Claim.Mapped);
    return theme;
  };
  for (const e of entries(ctx, section, builder)) {
    const lab = readLabel(e.md) ?? (/^(.+?)\s+[–—-]\s+(.+)$/.exec(e.text) ? { label: /^(.+?)\s+[–—-]\s+(.+)$/.exec(e.text)![1]!, value: /^(.+?)\s+[–—-]\s+(.+)$/.exec(e.text)![2]! } : undefined);
    addTheme(lab ? lab.label : e.text, e.line, lab?.value || undefined, e.end);
  }
  section.children.forEach((child) => {
    const paragraphs = child.blocks.filter((b) => b.type === 'paragraph');
    const description = paragraphs.map((p) => plain(slice(p, ctx.source))).join(' ') || undefined;
    const theme = addTheme(child.text, child.line, description, paragraphs.length ? endLine(paragraphs[paragraphs.length - 1]!) : child.line);
    theme.source = ctx.src(child.line, paragraphs.length ? endLine(paragraphs[paragraphs.length - 1]!) : child.line);
    if (ctx.repaired.has(child.line)) theme.source.repairedFrom = ctx.repaired.get(child.line)!.trim();
    for (const b of child.blocks) if (b.type !== 'paragraph') builder.preserveBlock(child, b);
    for (const g of child.children) builder.walk(g, scope);
  });
}

// ───── goals ─────

export function buildGoals(ctx: ImportContext, section: Outline, scope: Scope, builder: Builder): void {
  const title = heading(ctx, section);
  const kind: Goal['kind'] = /objective|okr/i.test(title) ? 'objective' : /year[- ]end/i.test(title) ? 'year-end' : 'strategic';
  let n = 0;
  for (const e of entries(ctx, section, builder)) {
    n++;
    const lab = readLabel(e.md);
    const statement = lab && lab.value ? lab.value : e.text;
    const goal: Goal = { id: ctx.id(lab?.label ?? statement, 'goal'), statement, kind, ordinal: e.ordinal ?? n };
    if (lab && lab.value) goal.title = lab.label;
    if (scope.periodId) goal.periodIds = [scope.periodId];
    const due = /\bby\s+(\d{4}-\d{2}-\d{2}|(?:Q[1-4]|H[12])\s*\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|end of \d{4}|year[- ]end(?: \d{4})?)\b/i.exec(statement);
    if (due) {
      const spec = ctx.time(due[1]!);
      if (spec) goal.due = spec;
    }
    goal.source = ctx.src(e.line, e.end);
    ctx.roadmap.goals.push(goal);
    if (!/\bv?\d+\.\d+\.\d+\b/.test(statement) || /\bper\b|%/.test(statement)) {
      const metric = addMetric(ctx, statement.replace(/\s+by\s+\d{4}-\d{2}-\d{2}.*$/, ''), e.line, { scope: { level: 'goal', goalId: goal.id } });
      if (metric) goal.metricIds = [metric.id];
    }
    ctx.claim(e.line, e.end, Claim.Mapped);
    for (const sub of e.sub) {
      for (const li of sub.children) {
        const t = plain(itemMarkdown(li, ctx.source));
        const metric = addMetric(ctx, t, startLine(li), { scope: { level: 'goal', goalId: goal.id }, qualitativeOk: true });
        if (metric) goal.metricIds = [...(goal.metricIds ?? []), metric.id];
        ctx.claim(startLine(li), endLine(li), Claim.Mapped);
      }
    }
  }
  for (const block of section.blocks) if (block.type === 'table') buildTable(ctx, block, scope, builder, 'goals');
  for (const child of section.children) builder.walk(child, scope);
}

// ───── metrics ─────

export function buildMetrics(ctx: ImportContext, section: Outline, scope: Scope, builder: Builder, parentGroup?: MetricGroup): void {
  const title = heading(ctx, section);
  const yearEnd = /year[- ]end/i.test(title);
  const own = entries(ctx, section, builder);
  const tables = section.blocks.filter((b): b is Table => b.type === 'table');
  let group: MetricGroup | undefined;
  if (own.length || tables.length || parentGroup) {
    group = { id: ctx.id(title, 'metrics'), name: title, order: ctx.roadmap.metricGroups.length + 1, source: ctx.src(section.line) };
    if (parentGroup) group.parentId = parentGroup.id;
    ctx.roadmap.metricGroups.push(group);
  } else {
    // A heading over metric groups ("Success Metrics"): a group too, so the headings stay.
    group = { id: ctx.id(title, 'metrics'), name: title, order: ctx.roadmap.metricGroups.length + 1, source: ctx.src(section.line) };
    ctx.roadmap.metricGroups.push(group);
  }
  let yearEndSpec = undefined as ReturnType<ImportContext['time']>;
  if (yearEnd) {
    const year = ctx.documentYear ?? scope.year;
    if (year) {
      yearEndSpec = { ...ctx.time(`end of ${year}`)!, raw: title, inferred: ['year'] };
      ctx.report('info', 'date.year-inferred', `"${title}" names no year; ${year} taken from the document`, section.line, { entityId: group.id });
    }
  }
  for (const e of own) {
    const lab = readLabel(e.md);
    const metric = addMetric(ctx, lab && lab.value ? lab.value : e.text, e.line, {
      ...(lab && lab.value ? { label: lab.label } : {}),
      scope: scope.periodId && !yearEnd ? { level: 'period', periodId: scope.periodId } : { level: 'roadmap' },
      groupId: group.id,
      qualitativeOk: true,
      endLine: e.end,
    });
    if (metric && yearEndSpec && metric.target && metric.target.mode !== 'qualitative' && !metric.target.by) metric.target = { ...metric.target, by: yearEndSpec };
    ctx.claim(e.line, e.end, Claim.Mapped);
    for (const sub of e.sub) for (const li of sub.children) ctx.claim(startLine(li), endLine(li), Claim.Mapped);
  }
  for (const table of tables) buildTable(ctx, table, scope, builder, 'metrics', group);
  for (const child of section.children) buildMetrics(ctx, child, scope, builder, group);
}

// ───── risks ─────

const RATING_WORDS: Record<string, number> = { 'very low': 1, rare: 1, low: 2, unlikely: 2, minor: 2, medium: 3, moderate: 3, possible: 3, high: 4, likely: 4, major: 4, 'very high': 5, critical: 5, severe: 5, 'almost certain': 5, catastrophic: 5 };

function rating(text: string): NonNullable<Risk['inherent']>['likelihood'] | undefined {
  const t = text.trim().toLowerCase();
  const n = /^([1-5])(?:\s*\/\s*5)?$/.exec(t);
  if (n) return { level: Number(n[1]), raw: text.trim() };
  const word = Object.keys(RATING_WORDS).find((w) => t === w || t.startsWith(`${w} `) || t.startsWith(`${w}(`));
  return word ? { level: RATING_WORDS[word]!, label: text.trim().replace(/^./, (c) => c.toUpperCase()), raw: text.trim() } : undefined;
}

export function buildRisks(ctx: ImportContext, section: Outline, scope: Scope, builder: Builder, categoryIn?: string): void {
  const title = heading(ctx, section);
  const category = categoryIn ?? (/^(?:risks?(?: (?:&|and) mitigations?)?|key risks|risk register|risks and issues)$/i.test(title) ? undefined : title.replace(/\s*risks?$/i, '').trim() || undefined);
  for (const e of entries(ctx, section, builder)) {
    if (!e.item && !e.text) continue;
    const risk = readRisk(ctx, e.md, e.line, category);
    if (!risk) continue;
    for (const sub of e.sub) {
      for (const li of sub.children) {
        const t = itemMarkdown(li, ctx.source);
        applyRiskField(ctx, risk, t, startLine(li));
        ctx.claim(startLine(li), itemOwnEnd(li), Claim.Mapped);
      }
    }
    risk.source = ctx.src(e.line, e.item ? endLine(e.item) : e.end);
    ctx.claim(e.line, e.item ? endLine(e.item) : e.end, Claim.Mapped);
  }
  for (const block of section.blocks) if (block.type === 'table') buildTable(ctx, block, scope, builder, 'risks');
  for (const child of section.children) buildRisks(ctx, child, scope, builder, splitIcon(child.text).rest.replace(/\s*risks?$/i, '').trim() || undefined);
}

function readRisk(ctx: ImportContext, md: string, line: number, category?: string): Risk | undefined {
  const text = plain(md);
  if (!text) return undefined;
  let title = text;
  let description: string | undefined;
  const bold = /^(\*\*|__)(.+?)\1\s*(?:[:–—-]\s*)?(.*)$/.exec(md.trim());
  const dash = /^(.+?)\s+[–—-]\s+(.+)$/.exec(text);
  if (bold) {
    title = plain(bold[2]!).replace(/:$/, '');
    description = plain(bold[3]!) || undefined;
  } else if (dash) {
    title = dash[1]!;
    description = dash[2]!;
  }
  const risk: Risk = { id: ctx.id(title, 'risk'), title, ordinal: ctx.roadmap.risks.length + 1 };
  if (category) risk.category = category;
  if (description) {
    const fields = description.split(/\s*[;|]\s*(?=(?:likelihood|probability|impact|severity|owner|mitigation|status)\s*:)/i);
    risk.description = fields[0]!;
    for (const f of fields.slice(1)) applyRiskField(ctx, risk, f, line);
    const ifThen = /^if\s+(.+?),\s*(?:then\s+)?(.+)$/i.exec(risk.description);
    if (ifThen) {
      risk.cause = ifThen[1]!;
      risk.effect = ifThen[2]!;
      ctx.report('info', 'risk.cause-effect', `"${risk.description}" read as cause and effect`, line, { entityId: risk.id });
    }
  }
  ctx.roadmap.risks.push(risk);
  return risk;
}

function applyRiskField(ctx: ImportContext, risk: Risk, md: string, line: number): void {
  const lab = readLabel(md, true);
  const text = plain(md);
  if (lab && /^(?:mitigations?|mitigation plan|response|plan|contingency)$/i.test(lab.label)) {
    (risk.mitigations ??= []).push({ text: lab.value, source: ctx.src(line) });
  } else if (lab && /^(?:likelihood|probability)$/i.test(lab.label) && rating(lab.value)) {
    risk.inherent = { ...(risk.inherent ?? {}), likelihood: rating(lab.value)! };
  } else if (lab && /^(?:impact|severity|consequence)$/i.test(lab.label) && rating(lab.value)) {
    risk.inherent = { ...(risk.inherent ?? {}), impact: rating(lab.value)! };
  } else if (lab && /^(?:owner|risk owner)$/i.test(lab.label)) {
    risk.owner = ctx.party(lab.value, line);
  } else if (lab && /^status$/i.test(lab.label)) {
    const s = lab.value.toLowerCase();
    risk.status = /closed|resolved|retired/.test(s) ? 'closed' : /mitigat/.test(s) ? 'mitigating' : /monitor|watch/.test(s) ? 'monitoring' : /occurred|realized|issue/.test(s) ? 'occurred' : /open|active|new/.test(s) ? 'open' : 'unknown';
  } else {
    (risk.mitigations ??= []).push({ text, source: ctx.src(line) });
  }
}

/** "- Risk: …" inside an initiative: a risk that affects it. */
export function riskFromInitiative(ctx: ImportContext, init: Initiative, text: string, line: number): void {
  const risk = readRisk(ctx, text, line);
  if (!risk) return;
  risk.affects = [{ id: init.id, targetType: 'initiative', text: init.key ?? init.title, resolution: 'exact' }];
  risk.source = ctx.src(line);
}

// ───── dependencies ─────

const SENTENCE: Array<[RegExp, Dependency['type'], boolean]> = [
  [/^(.+?)\s+(?:depends|depend)\s+on\s+(.+)$/i, 'requires', false],
  [/^(.+?)\s+(?:is\s+|are\s+)?blocked\s+by\s+(.+)$/i, 'requires', false],
  [/^(.+?)\s+(?:requires?|needs?)\s+(.+)$/i, 'requires', false],
  [/^(.+?)\s+(?:must\s+)?(?:blocks?)\s+(.+)$/i, 'blocks', true],
  [/^(.+?)\s+(?:must\s+)?(?:precedes?|comes? before|before)\s+(.+)$/i, 'precedes', true],
  [/^(.+?)\s+(?:after|follows?)\s+(.+)$/i, 'precedes', false],
  [/^(.+?)\s*(?:->|→|=>)\s*(.+)$/, 'precedes', true],
];

/** "X depends on Y and Z." → one dependency per target; refs resolved later. */
export function buildDependencySentence(ctx: ImportContext, textInput: string, line: number, options: { from?: Initiative; type?: Dependency['type'] }): void {
  const text = textInput.trim().replace(/\.$/, '');
  let from: string | undefined;
  let targets: string[] = [];
  let type: Dependency['type'] = options.type ?? 'requires';
  if (options.from) {
    const m = /^(?:requires|depends on|blocked by|needs)\s+(.+)$/i.exec(text) ?? /^.+?\s+needs\s+(.+)$/i.exec(text);
    targets = [m ? m[1]! : text];
  } else {
    for (const [re, t, reversed] of SENTENCE) {
      const m = re.exec(text);
      if (!m) continue;
      type = t;
      from = reversed ? m[2]! : m[1]!;
      const to = reversed ? m[1]! : m[2]!;
      targets = splitTargets(to);
      if (targets.length > 1) ctx.report('info', 'ref.multiple-targets', `"${to}" names ${targets.length} things; one dependency each`, line);
      break;
    }
    if (!from) {
      ctx.report('warning', 'dependency.unparsed', `"${text}" is not a dependency sentence this importer reads ("X depends on Y"); kept as text`, line);
      const dep: Dependency = { id: ctx.id(`dep-${slugify(text, 30)}`, 'dep'), from: { text, resolution: 'unresolved' }, to: { text, resolution: 'unresolved' }, type: 'relates', raw: textInput.trim(), source: ctx.src(line) };
      ctx.roadmap.dependencies.push(dep);
      return;
    }
  }
  for (const to of targets) {
    const fromRef: Ref = options.from ? { id: options.from.id, targetType: 'initiative', text: options.from.key ?? options.from.title, resolution: 'exact' } : { text: from!.trim(), resolution: 'unresolved' };
    const dep: Dependency = {
      id: ctx.id(`dep-${slugify(fromRef.text, 24)}-${slugify(to, 24)}`, 'dep'),
      from: fromRef,
      to: { text: to.trim(), resolution: 'unresolved' },
      type,
      raw: textInput.trim(),
      source: ctx.src(line),
    };
    ctx.roadmap.dependencies.push(dep);
    if (options.from) options.from.dependencyIds = [...(options.from.dependencyIds ?? []), dep.id];
  }
}

function splitTargets(text: string): string[] {
  return text
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*/)
    .map((t) => t.trim())
    .filter(Boolean);
}

// ───── priorities ─────

export function buildPriorities(ctx: ImportContext, section: Outline, scope: Scope, builder: Builder): void {
  const title = heading(ctx, section);
  const scheme: PriorityScheme = ctx.roadmap.priorityScheme ?? { id: ctx.id('priority-scheme', 'priorities'), name: title, levels: [], source: ctx.src(section.line) };
  ctx.roadmap.priorityScheme = scheme;
  const level = (key: string, source: number, label?: string, meaning?: string) => {
    let l = scheme.levels.find((x) => x.key.toLowerCase() === key.toLowerCase());
    if (!l) {
      const p = readPriority(key);
      l = { key, rank: p?.rank ?? scheme.levels.length, ...(label ? { label } : {}), ...(meaning ? { meaning } : {}), source: ctx.src(source) };
      scheme.levels.push(l);
    }
    return l;
  };
  // "1) Reliability and data safety (DLQ, retries, reaper) — P0": priorities of areas → themes.
  for (const e of entries(ctx, section, builder)) {
    const m = /^(.+?)\s*(?:\(([^()]*)\))?\s*[—–:-]+\s*(P[0-4]|high|medium|low|must have|should have|could have|nice to have)\s*$/i.exec(e.text);
    if (!m) {
      keep(builder, section, e);
      continue;
    }
    const lvl = level(m[3]!.toUpperCase().startsWith('P') ? m[3]!.toUpperCase() : m[3]!, e.line);
    const name = m[1]!.trim();
    const theme: Theme = { id: ctx.id(name, 'theme'), name, ordinal: e.ordinal ?? ctx.roadmap.themes.length + 1 };
    if (m[2]) theme.keywords = m[2].split(/\s*,\s*/).filter(Boolean);
    theme.priority = { key: lvl.key, rank: lvl.rank, basis: 'explicit', schemeId: scheme.id };
    theme.source = ctx.src(e.line, e.end);
    ctx.roadmap.themes.push(theme);
    ctx.claim(e.line, e.end, Claim.Mapped);
  }
  // "### P0 (Must Have - Blocking Launch)" + names.
  for (const child of section.children) {
    const m = /^(P[0-4]|must have|should have|could have|won'?t have|nice to have|high|medium|low)\b\s*(?:\(([^()]*)\)|[:–—-]\s*(.*))?$/i.exec(splitIcon(child.text).rest);
    if (!m) {
      builder.walk(child, scope);
      continue;
    }
    const desc = (m[2] ?? m[3] ?? '').trim();
    const [label, meaning] = desc.split(/\s+[-–—]\s+/);
    const lvl = level(m[1]!, child.line, label || undefined, meaning || undefined);
    ctx.claim(child.line, child.line, Claim.Mapped);
    for (const e of entries(ctx, child, builder)) {
      (scheme.assignments ??= []).push({ level: lvl.key, ref: { text: e.text.replace(/\.$/, ''), resolution: 'unresolved' }, source: ctx.src(e.line, e.end) });
      ctx.claim(e.line, e.end, Claim.Mapped);
    }
  }
}

// ───── resources ─────

export function buildAllocations(ctx: ImportContext, section: Outline, scope: Scope, builder: Builder, categoryIn?: string): void {
  const title = heading(ctx, section);
  const category = categoryIn ?? (/^(?:resource(?:s| allocation| requirements| plan)?|resourcing)$/i.test(title) ? undefined : title);
  const items = entries(ctx, section, builder);
  const budget = /budget|spend|investment|cost/i.test(title);
  const shares: Allocation[] = [];
  for (const e of items) {
    const lab = readLabel(e.md, true);
    if (!lab || !lab.value) {
      keep(builder, section, e);
      continue;
    }
    const time = ctx.time(lab.label, scope.year ? { defaultYear: scope.year } : {});
    const qty = /^(?:([$€£])\s*)?(\d[\d,]*(?:\.\d+)?)\s*(k|m|%|[A-Za-z][\w-]*)?/i.exec(lab.value);
    const alloc: Allocation = { id: '', kind: 'capacity' };
    if (time && time.kind !== 'unknown') {
      alloc.kind = /engineer|people|heads?|fte|developer|staff/i.test(lab.value) || /engineering|headcount|staff|team/i.test(title) ? 'headcount' : 'capacity';
      if (category) alloc.category = category;
      const period = ctx.roadmap.periods.find((p) => p.kind === time.precision && p.time.start === time.start);
      if (period) alloc.periodId = period.id;
      else alloc.time = time;
      if (time.inferred?.includes('year')) ctx.report('info', 'date.year-inferred', `"${lab.label}" names no year; ${time.start?.slice(0, 4)} taken from the document`, e.line);
    } else {
      alloc.category = lab.label;
      if (qty?.[3] === '%' || budget) alloc.kind = qty?.[3] === '%' ? 'budget-share' : 'budget';
      if (ctx.roadmap.meta.coverage) alloc.time = ctx.roadmap.meta.coverage;
    }
    if (qty) {
      const unit = qty[1] ? ({ $: 'USD', '€': 'EUR', '£': 'GBP' } as Record<string, string>)[qty[1]] : qty[3];
      alloc.quantity = {
        value: Number(qty[2]!.replace(/,/g, '')) * (qty[3]?.toLowerCase() === 'k' ? 1e3 : qty[3]?.toLowerCase() === 'm' && qty[1] ? 1e6 : 1),
        ...(unit && !/^[km]$/i.test(unit) ? { unit } : qty[1] ? { unit: unit! } : {}),
        unitKind: qty[1] ? 'currency' : qty[3] === '%' ? 'percent' : 'count',
      };
    }
    const delta = /\(([+-]\d+(?:\.\d+)?)\)/.exec(lab.value);
    if (delta) alloc.delta = { value: Number(delta[1]), ...(alloc.quantity?.unit ? { unit: alloc.quantity.unit } : {}) };
    const note = /\(([^()+-][^()]*)\)/.exec(lab.value);
    if (note) alloc.note = note[1]!;
    alloc.id = ctx.id(`${alloc.kind}-${alloc.category ?? ''}-${lab.label}`, 'allocation');
    alloc.source = ctx.src(e.line, e.end);
    ctx.roadmap.allocations.push(alloc);
    if (alloc.kind === 'budget-share') shares.push(alloc);
    ctx.claim(e.line, e.end, Claim.Mapped);
  }
  if (shares.length > 1) {
    const sum = shares.reduce((a, s) => a + (s.quantity?.value ?? 0), 0);
    if (Math.abs(sum - 100) > 0.01) ctx.report('warning', 'allocation.share-sum', `the budget shares under "${title}" add up to ${sum}%, not 100%`, section.line);
  }
  for (const block of section.blocks) if (block.type === 'table') buildTable(ctx, block, scope, builder, 'resources');
  for (const child of section.children) buildAllocations(ctx, child, scope, builder, splitIcon(child.text).rest);
}

// ───── cadences ─────

export function buildCadences(ctx: ImportContext, section: Outline, scope: Scope, builder: Builder, audience?: string, purposeIn?: Cadence['purpose']): void {
  const title = heading(ctx, section);
  const purpose: Cadence['purpose'] = purposeIn ?? (/communication/i.test(title) ? 'communication' : /review/i.test(title) ? 'review' : /planning/i.test(title) ? 'planning' : 'other');
  for (const e of entries(ctx, section, builder)) {
    const lab = readLabel(e.md);
    const freq = frequencyOf(lab ? lab.label : e.text);
    if (!freq) {
      keep(builder, section, e);
      continue;
    }
    const cadence: Cadence = { id: '', purpose: purpose === 'other' && /review/i.test(e.text) ? 'review' : purpose === 'other' && /planning/i.test(e.text) ? 'planning' : purpose, frequency: freq.frequency };
    if (freq.interval) cadence.interval = freq.interval;
    if (lab) cadence.activity = lab.value;
    else {
      const [main, ...rest] = e.text.replace(/\.$/, '').split(/\s*;\s*/);
      const on = /^(.*?)\s+(?:on|every|at)\s+(.+)$/i.exec(main!);
      cadence.activity = (on ? on[1]! : main!).replace(/\s+(?:bi-?weekly|weekly|monthly|quarterly|daily|annually|yearly)$/i, '').trim();
      if (on) cadence.rule = on[2]!;
      if (rest.length) cadence.rule = cadence.rule ? `${cadence.rule}; ${rest.join('; ')}` : rest.join('; ');
    }
    if (audience) cadence.audience = audience;
    cadence.raw = e.text;
    cadence.id = ctx.id(`${cadence.activity ?? freq.frequency}`, 'cadence');
    cadence.source = ctx.src(e.line, e.end);
    ctx.roadmap.cadences.push(cadence);
    ctx.claim(e.line, e.end, Claim.Mapped);
    if (freq.ambiguous) ctx.report('info', 'cadence.ambiguous', `"${lab ? lab.label : e.text}" read as ${freq.ambiguous}`, e.line, { entityId: cadence.id });
  }
  for (const child of section.children) buildCadences(ctx, child, scope, builder, splitIcon(child.text).rest, purpose);
}

// ───── notes ─────

export function buildNotes(ctx: ImportContext, section: Outline, scope: Scope, builder: Builder): void {
  const title = heading(ctx, section);
  if (!/^notes?$|^remarks$/i.test(title)) {
    builder.preserveSection(section, 'notes', false);
    for (const child of section.children) builder.walk(child, scope);
    return;
  }
  for (const e of entries(ctx, section, builder)) {
    const lab = readLabel(e.md) ?? readLooseLabel(e.md);
    const label = lab?.label;
    const text = lab && lab.value ? lab.value : e.text;
    if (label && /^goals?$/i.test(label)) {
      ctx.roadmap.goals.push({ id: ctx.id(text, 'goal'), statement: text, kind: 'strategic', title: label, source: ctx.src(e.line, e.end) });
    } else {
      const l = (label ?? '').toLowerCase();
      const kind = /^focus/.test(l) ? 'focus' : /^principles?/.test(l) ? 'principle' : /^vision/.test(l) ? 'vision' : /^mission/.test(l) ? 'mission' : /^summary/.test(l) ? 'summary' : 'note';
      ctx.roadmap.statements.push({ id: ctx.id(label ? `${label}` : 'note', 'statement'), kind, ...(label ? { label } : {}), text: text.replace(/^["“](.*)["”]$/, '$1'), source: ctx.src(e.line, e.end) });
    }
    ctx.claim(e.line, e.end, Claim.Mapped);
    for (const sub of e.sub) builder.preserveBlock(section, sub);
  }
  for (const block of section.blocks) if (block.type === 'table') buildTable(ctx, block, scope, builder);
  for (const child of section.children) builder.walk(child, scope);
}

// ───── tables ─────

const COL = {
  title: /^(?:initiative|initiatives|feature|features|epic|epics|project|projects|item|items|title|name|work|deliverable|deliverables|objective|theme|what)$/i,
  key: /^(?:key|id|ticket|issue|jira|ref)$/i,
  owner: /^(?:owner|lead|dri|assignee|pm|responsible)$/i,
  team: /^(?:team|squad|group)$/i,
  time: /^(?:quarter|period|target|target date|date|when|timeline|eta|due|due date|release date|half|ship date|launch date)$/i,
  start: /^(?:start|start date)$/i,
  end: /^(?:end|end date)$/i,
  status: /^(?:status|state|progress)$/i,
  priority: /^(?:priority|prio|p)$/i,
  release: /^(?:release|version|milestone)$/i,
  description: /^(?:description|details|notes|scope|summary|goal|highlights|contents|what'?s in it)$/i,
  focus: /focus|allocation|work|projects|initiatives|responsibilit/i,
  metric: /^(?:metric|kpi|measure|name|indicator)$/i,
  target: /^(?:target|goal|objective)$/i,
  current: /^(?:current|actual|today|now|value)$/i,
  baseline: /^(?:baseline|start|previous)$/i,
  likelihood: /^(?:likelihood|probability)$/i,
  impact: /^(?:impact|severity)$/i,
  mitigation: /^(?:mitigation|mitigations|response|plan)$/i,
  risk: /^(?:risk|risks|description|title)$/i,
};

export function buildTable(ctx: ImportContext, table: Table, scope: Scope, builder: Builder, context?: 'metrics' | 'risks' | 'resources' | 'goals', group?: MetricGroup): void {
  const data = readTable(table, ctx.source);
  const col = (re: RegExp) => data.header.findIndex((h) => re.test(h.trim()));
  const cell = (row: (typeof data.rows)[number], i: number) => (i >= 0 ? (row.cells[i] ?? '').trim() : '');
  ctx.claim(startLine(table), startLine(table) + 1, Claim.Mapped);
  const teamCol = col(COL.team);
  if (context === 'resources' || (teamCol >= 0 && data.header.some((h, i) => i !== teamCol && COL.focus.test(h)))) {
    const focusCol = data.header.findIndex((h, i) => i !== teamCol && COL.focus.test(h));
    const leadCol = col(COL.owner);
    const headerTime = focusCol >= 0 ? /\b(Q[1-4](?:\s*\d{4})?|H[12](?:\s*\d{4})?)\b/i.exec(data.header[focusCol]!) : null;
    for (const row of data.rows) {
      const teamName = cell(row, teamCol >= 0 ? teamCol : 0);
      if (!teamName) continue;
      const team = ctx.team(teamName, row.line);
      team.source = { ...ctx.src(row.line), ...(team.source?.alsoAt ? { alsoAt: team.source.alsoAt } : {}) };
      if (leadCol >= 0 && cell(row, leadCol)) team.lead = ctx.party(cell(row, leadCol), row.line);
      if (focusCol >= 0) {
        const alloc: Allocation = { id: ctx.id(`focus-${team.id}`, 'allocation'), kind: 'focus', teamId: team.id };
        const spec = headerTime ? ctx.time(headerTime[1]!) : undefined;
        const period = spec ? ctx.roadmap.periods.find((p) => p.time.start === spec.start && p.time.end === spec.end) : scope.periodId ? ctx.roadmap.periods.find((p) => p.id === scope.periodId) : undefined;
        if (period) alloc.periodId = period.id;
        else if (spec) alloc.time = spec;
        alloc.focus = cell(row, focusCol).split(/\s*[,;]\s*/).filter(Boolean).map((t) => ({ text: t, resolution: 'unresolved' as const }));
        if (team.lead) alloc.lead = team.lead;
        alloc.source = ctx.src(row.line);
        ctx.roadmap.allocations.push(alloc);
      }
      ctx.claim(row.line, row.line, Claim.Mapped);
    }
    return;
  }
  if (context === 'metrics') {
    const nameCol = col(COL.metric) >= 0 ? col(COL.metric) : 0;
    const targetCol = col(COL.target);
    const currentCol = col(COL.current);
    for (const row of data.rows) {
      const name = cell(row, nameCol);
      const target = targetCol >= 0 ? cell(row, targetCol) : cell(row, 1);
      if (!name) continue;
      const metric = addMetric(ctx, target || name, row.line, { label: name, scope: scope.periodId ? { level: 'period', periodId: scope.periodId } : { level: 'roadmap' }, ...(group ? { groupId: group.id } : {}), qualitativeOk: true });
      const cur = currentCol >= 0 ? /-?\d[\d,]*(?:\.\d+)?/.exec(cell(row, currentCol)) : null;
      if (metric && cur) metric.current = { value: Number(cur[0].replace(/,/g, '')), note: cell(row, currentCol) };
      if (metric) metric.raw = row.cells.join(' | ');
      ctx.claim(row.line, row.line, Claim.Mapped);
    }
    return;
  }
  if (context === 'risks') {
    const titleCol = col(COL.risk) >= 0 ? col(COL.risk) : 0;
    for (const row of data.rows) {
      const title = cell(row, titleCol);
      if (!title) continue;
      const risk: Risk = { id: ctx.id(title, 'risk'), title, ordinal: ctx.roadmap.risks.length + 1 };
      const l = rating(cell(row, col(COL.likelihood)));
      const i = rating(cell(row, col(COL.impact)));
      if (l || i) risk.inherent = { ...(l ? { likelihood: l } : {}), ...(i ? { impact: i } : {}), ...(l && i ? { score: l.level * i.level } : {}) };
      if (cell(row, col(COL.mitigation))) risk.mitigations = [{ text: cell(row, col(COL.mitigation)), source: ctx.src(row.line) }];
      if (cell(row, col(COL.owner))) risk.owner = ctx.party(cell(row, col(COL.owner)), row.line);
      risk.source = ctx.src(row.line);
      ctx.roadmap.risks.push(risk);
      ctx.claim(row.line, row.line, Claim.Mapped);
    }
    return;
  }
  const releaseCol = col(COL.release);
  const timeCol = col(COL.time);
  if (releaseCol >= 0 && timeCol >= 0) {
    const descCol = col(COL.description);
    const statusCol = col(COL.status);
    for (const row of data.rows) {
      const name = cell(row, releaseCol);
      const when = cell(row, timeCol);
      const date = ctx.time(when, scope.year ? { defaultYear: scope.year } : {});
      const ms = date ? readMilestoneBullet(ctx, `${/^v?\d/.test(name) ? `Release ${name}` : name} (${when})`, row.line, scope) : undefined;
      if (ms && ms[0]) {
        const m: Milestone = ms[0];
        if (/^v?\d/.test(name)) m.title = name;
        if (descCol >= 0 && cell(row, descCol)) m.description = cell(row, descCol);
        const st = statusCol >= 0 ? statusFromWords(cell(row, statusCol)) : undefined;
        if (st) m.status = st;
        builder.addMilestone(m);
      } else if (name) {
        ctx.report('warning', 'date.unparsed', `release "${name}" has no date this importer reads ("${when}"); kept as text`, row.line);
        builder.preserveBlock(undefined, table);
        return;
      }
      ctx.claim(row.line, row.line, Claim.Mapped);
    }
    return;
  }
  const titleCol = col(COL.title);
  if (titleCol >= 0 || (context !== 'goals' && data.header.length >= 2 && (col(COL.owner) >= 0 || timeCol >= 0 || col(COL.status) >= 0))) {
    const tcol = titleCol >= 0 ? titleCol : 0;
    for (const row of data.rows) {
      const title = row.markdown[tcol] ?? '';
      if (!plain(title)) continue;
      const init = makeItem(ctx, title, null, row.line, row.line, scope);
      init.kind = 'initiative';
      const key = cell(row, col(COL.key));
      if (key) {
        init.key = key;
      }
      if (cell(row, col(COL.owner))) init.owner = ctx.party(cell(row, col(COL.owner)), row.line);
      if (cell(row, col(COL.team))) init.teamIds = [ctx.team(cell(row, col(COL.team)), row.line).id];
      const when = cell(row, timeCol);
      if (when) {
        const spec = ctx.time(when, scope.year ? { defaultYear: scope.year } : {});
        const period = ctx.roadmap.periods.find((p) => p.shortLabel?.toLowerCase() === when.toLowerCase() || p.label.toLowerCase() === when.toLowerCase());
        const sched = (init.schedule ??= {});
        if (period) sched.periodIds = [...new Set([...(sched.periodIds ?? []), period.id])];
        else if (spec) sched.target = spec;
        else (init.fields ??= []).push({ label: data.header[timeCol]!, key: slugify(data.header[timeCol]!), value: when, source: ctx.src(row.line) });
      }
      const start = ctx.time(cell(row, col(COL.start)));
      const end = ctx.time(cell(row, col(COL.end)));
      if (start) (init.schedule ??= {}).start = start;
      if (end) (init.schedule ??= {}).end = end;
      const status = cell(row, col(COL.status));
      if (status) {
        init.statusLabel = status;
        const s = statusFromWords(status.replace(/^\p{Extended_Pictographic}\uFE0F?\s*/u, '')) ?? (/^✅/u.test(status) ? 'done' : /^🚧/u.test(status) ? 'in-progress' : undefined);
        if (s) init.status = s;
      }
      const prio = readPriority(cell(row, col(COL.priority)));
      if (prio) init.priority = prio;
      const desc = cell(row, col(COL.description));
      if (desc) init.description = desc;
      data.header.forEach((h, i) => {
        if (i === tcol || [col(COL.key), col(COL.owner), col(COL.team), timeCol, col(COL.start), col(COL.end), col(COL.status), col(COL.priority), col(COL.description)].includes(i)) return;
        if (cell(row, i)) (init.fields ??= []).push({ label: h, key: slugify(h) || `column-${i + 1}`, value: cell(row, i), source: ctx.src(row.line) });
      });
      for (const m of row.cells.join(' ').matchAll(KEY_PATTERN)) ctx.pendingKeys.push({ owner: init, key: m[0], line: row.line });
      ctx.roadmap.initiatives.push(init);
      ctx.claim(row.line, row.line, Claim.Mapped);
    }
    return;
  }
  builder.preserveBlock(undefined, table);
}

export type { Metric };
