/**
 * After every section is built: references written as text (keys, names, people's work) are
 * resolved in stages (key → exact → fuzzy), duplicates linked, and what is only a guess is
 * reported, never written as fact. Rules: research/model-and-domain.md §5.4.
 */
import type { ChecklistItem, Initiative, Metric, Ref } from '../model/schema.js';
import { anchorTimeSpec } from '../model/time.js';
import { type ImportContext, NON_ASCII, slugify } from './context.js';
import { KEY_PATTERN } from './work.js';

const STOP = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'with', 'from', 'by', 'via', 'at', 'as', 'is', 'be', 'our', 'its', 'their', 'all', 'into', 'per', 'vs']);

export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t && !STOP.has(t))
    .map((t) => (t.length > 4 && t.endsWith('ies') ? `${t.slice(0, -3)}y` : t.length > 3 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t));
}

function same(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a) || a.slice(0, 7) === b.slice(0, 7)));
}

const KEY_EXACT = new RegExp(`^${KEY_PATTERN.source}$`);

/** Lower case, every run of characters other than letters and digits one space, trimmed. */
function norm(s: string): string {
  const lower = s.toLowerCase();
  // For ASCII text the letters and digits are a-z and 0-9, which a plain class matches faster.
  return (NON_ASCII.test(lower) ? lower.replace(/[^\p{L}\p{N}]+/gu, ' ') : lower.replace(/[^a-z0-9]+/g, ' ')).trim();
}

interface Candidate {
  id: string;
  title: string;
  targetType: NonNullable<Ref['targetType']>;
}

/**
 * Lookup tables over what names can resolve to, built once per resolution pass so that each
 * name costs what its matches cost rather than a scan of every initiative.
 */
export interface NameIndex {
  /** Initiatives by key; the first one wins. */
  byKey: Map<string, Initiative>;
  /** Milestones by version; the first one wins. */
  byVersion: Map<string, string>;
  /** Initiatives by normalised title or key, in document order. */
  initiatives: Map<string, Candidate[]>;
  /** Checklist items by normalised title or text, then milestones by normalised title. */
  others: Map<string, Candidate[]>;
  /** Non-synthetic initiatives with their title words, in document order. */
  fuzzy: Array<{ id: string; title: string; words: string[] }>;
  /** `fuzzy` positions by whole word, and (words of five letters or more) by their first five letters. */
  byWord: Map<string, number[]>;
  byPrefix: Map<string, Array<[number, string]>>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function nameIndex(ctx: ImportContext): NameIndex {
  const { roadmap } = ctx;
  const index: NameIndex = { byKey: new Map(), byVersion: new Map(), initiatives: new Map(), others: new Map(), fuzzy: [], byWord: new Map(), byPrefix: new Map() };
  for (const i of roadmap.initiatives) {
    if (i.key !== undefined && !index.byKey.has(i.key)) index.byKey.set(i.key, i);
    const candidate: Candidate = { id: i.id, title: i.title, targetType: 'initiative' };
    const title = norm(i.title);
    push(index.initiatives, title, candidate);
    if (i.key) {
      const key = norm(i.key);
      if (key !== title) push(index.initiatives, key, candidate);
    }
    for (const c of i.checklist ?? []) {
      const item: Candidate = { id: c.id, title: c.text, targetType: 'checklist-item' };
      const a = norm(c.title ?? c.text);
      const b = c.title === undefined ? a : norm(c.text);
      push(index.others, a, item);
      if (b !== a) push(index.others, b, item);
    }
    if (i.kind === 'synthetic') continue;
    const words = tokens(i.title);
    const at = index.fuzzy.length;
    index.fuzzy.push({ id: i.id, title: i.title, words });
    for (const w of new Set(words)) {
      push(index.byWord, w, at);
      if (w.length >= 5) push(index.byPrefix, w.slice(0, 5), [at, w] as [number, string]);
    }
  }
  for (const m of roadmap.milestones) {
    if (m.version !== undefined && !index.byVersion.has(m.version)) index.byVersion.set(m.version, m.id);
    push(index.others, norm(m.title), { id: m.id, title: m.title, targetType: 'milestone' });
  }
  return index;
}

/**
 * Fuzzy candidates for the query words: positions in `index.fuzzy` with how many query words
 * match one of their words. Two words can match only when equal or when both have five letters
 * or more and share the first five, so the word and prefix tables find every match.
 */
function sharedWords(index: NameIndex, q: string[]): Map<number, number> {
  const shared = new Map<number, number>();
  for (const w of q) {
    const hit = new Set<number>(index.byWord.get(w));
    if (w.length >= 5) for (const [at, u] of index.byPrefix.get(w.slice(0, 5)) ?? []) if (!hit.has(at) && same(w, u)) hit.add(at);
    for (const at of hit) shared.set(at, (shared.get(at) ?? 0) + 1);
  }
  return shared;
}

/** key → exact (case-folded) → fuzzy over initiatives; checklist items and milestones exact only. */
export function resolveName(ctx: ImportContext, textInput: string, line: number, options: { quiet?: boolean; severity?: 'warning' | 'info' } = {}, index: NameIndex = nameIndex(ctx)): Ref {
  const text = textInput.trim().replace(/\.$/, '');
  const key = KEY_EXACT.exec(text);
  if (key) {
    const init = index.byKey.get(text);
    if (init) return { id: init.id, targetType: 'initiative', text, resolution: 'key' };
    const ext = ctx.externalRef(text, line);
    return { id: ext.id, targetType: 'external', text, resolution: 'external' };
  }
  const version = /^v?(\d+\.\d+(?:\.\d+)?)$/.exec(text);
  if (version) {
    const id = index.byVersion.get(version[1]!);
    if (id) return { id, targetType: 'milestone', text, resolution: 'key' };
  }
  const n = norm(text);
  const exact: Candidate[] = index.initiatives.get(n) ?? index.others.get(n) ?? [];
  if (exact.length === 1) return { id: exact[0]!.id, targetType: exact[0]!.targetType, text, resolution: 'exact' };
  if (exact.length > 1) {
    if (!options.quiet) ctx.report('warning', 'ref.ambiguous', `"${text}" matches ${exact.length} things (${exact.map((c) => c.title).join('; ')}); left unresolved`, line, { data: { candidates: exact.map((c) => c.id) } });
    return { text, resolution: 'ambiguous', candidates: exact.map((c) => ({ id: c.id, score: 1 })) };
  }
  // Fuzzy, over initiatives: share of the words matched, a bonus when the first words agree.
  const q = tokens(text);
  const scored = q.length
    ? [...sharedWords(index, q)]
        .sort((a, b) => a[0] - b[0])
        .map(([at, shared]) => {
          const { id, title, words: t } = index.fuzzy[at]!;
          const score = shared / q.length + (t[0] && same(q[0]!, t[0]) ? 0.25 : 0);
          return { id, title, score: Math.round(score * 100) / 100 };
        })
        .filter((c) => c.score >= 0.5)
        .sort((a, b) => b.score - a.score)
    : [];
  const best = scored[0];
  if (best && best.score > 0.5) {
    const second = scored[1];
    if (second && best.score - second.score <= 0.5) {
      if (!options.quiet) ctx.report('warning', 'ref.ambiguous', `"${text}" could be "${best.title}" or "${second.title}"; left unresolved`, line, { data: { candidates: scored.slice(0, 3).map((c) => ({ id: c.id, score: c.score })) } });
      return { text, resolution: 'ambiguous', candidates: scored.slice(0, 3).map((c) => ({ id: c.id, score: c.score })) };
    }
    const confidence = Math.min(0.9, Math.round(best.score * 0.72 * 100) / 100);
    if (!options.quiet) ctx.report('info', 'ref.fuzzy', `"${text}" read as "${best.title}" (similar words; confidence ${confidence})`, line, { entityId: best.id, data: { score: best.score } });
    return { id: best.id, targetType: 'initiative', text, resolution: 'fuzzy', confidence };
  }
  if (!options.quiet) ctx.report(options.severity ?? 'warning', 'ref.unresolved', `nothing in this roadmap is called "${text}"; kept as text`, line);
  return { text, resolution: 'unresolved' };
}

export function resolveAll(ctx: ImportContext, options: { asOf?: string }): void {
  const { roadmap } = ctx;
  const byKey = new Map(roadmap.initiatives.filter((i) => i.key).map((i) => [i.key!, i]));
  // The name tables and initiatives by id are made when the first name or id is looked up: many
  // roadmaps name no work (no dependencies, priorities or allocations), and nothing before that
  // first look-up changes what they hold (initiatives, checklist items, milestones).
  let nameTables: NameIndex | undefined;
  const index = () => (nameTables ??= nameIndex(ctx));
  let initiativesById: Map<string, Initiative> | undefined;
  const byId = () => {
    if (!initiativesById) {
      initiativesById = new Map();
      for (const i of roadmap.initiatives) if (!initiativesById.has(i.id)) initiativesById.set(i.id, i);
    }
    return initiativesById;
  };
  let items: Map<string, ChecklistItem> | undefined;
  const checklistItem = (id: string) => {
    if (!items) {
      items = new Map();
      for (const i of roadmap.initiatives) for (const c of i.checklist ?? []) if (!items.has(c.id)) items.set(c.id, c);
    }
    return items.get(id);
  };

  // Keys met in initiatives' text.
  for (const { owner, key, line } of ctx.pendingKeys) {
    const target = byKey.get(key);
    if (target) continue;
    const ext = ctx.externalRef(key, line);
    if (!owner.externalRefIds?.includes(ext.id)) owner.externalRefIds = [...(owner.externalRefIds ?? []), ext.id];
  }
  const refFor = (text: string, line: number): Ref => {
    const init = byKey.get(text);
    if (init) return { id: init.id, targetType: 'initiative', text, resolution: 'key' };
    const ext = ctx.externalRef(text, line);
    return { id: ext.id, targetType: 'external', text, resolution: 'external' };
  };
  for (const i of roadmap.initiatives) {
    for (const n of i.notes ?? []) if (n.refs) n.refs = n.refs.map((r) => (r.resolution === 'unresolved' ? refFor(r.text, n.source?.line ?? 1) : r));
    for (const f of i.fields ?? []) if (f.refs) f.refs = f.refs.map((r) => (r.resolution === 'unresolved' ? refFor(r.text, f.source?.line ?? 1) : r));
  }

  // Dependencies (one sentence may give several; resolve each subject once).
  const seen = new Map<string, Ref>();
  for (const dep of roadmap.dependencies) {
    const line = dep.source?.line ?? 1;
    if (dep.type === 'relates' && dep.from.text === dep.to.text) continue;
    if (!dep.from.id) {
      const k = `${line}\u0000${dep.from.text}`;
      dep.from = seen.get(k) ?? resolveName(ctx, dep.from.text, line, {}, index());
      seen.set(k, dep.from);
    }
    if (!dep.to.id) dep.to = resolveDependencyTarget(ctx, dep.to.text, line, index());
    if (dep.from.id) {
      const from = byId().get(dep.from.id);
      if (from && !from.dependencyIds?.includes(dep.id)) (from.dependencyIds ??= []).push(dep.id);
    }
  }

  // The priority framework's names.
  const scheme = roadmap.priorityScheme;
  if (scheme?.assignments?.length) {
    let applied = 0;
    for (const a of scheme.assignments) {
      const line = a.source?.line ?? 1;
      a.ref = resolveName(ctx, a.ref.text, line, {}, index());
      const level = scheme.levels.find((l) => l.key === a.level);
      if (!a.ref.id || !level) continue;
      const priority = { key: level.key, rank: level.rank, ...(level.label ? { label: level.label } : {}), schemeId: scheme.id, basis: 'framework' as const };
      const init = byId().get(a.ref.id);
      const item = init ? undefined : checklistItem(a.ref.id);
      const target = init ?? item;
      if (!target) continue;
      if (target.priority && target.priority.key !== level.key) {
        ctx.report('warning', 'priority.conflict', `"${a.ref.text}" is already ${target.priority.key}; ${level.key} ignored`, line, { entityId: a.ref.id });
        continue;
      }
      target.priority = priority;
      applied++;
    }
    if (applied) ctx.report('info', 'priority.framework-applied', `priorities from "${scheme.name ?? 'the framework'}" were copied to ${applied} of ${scheme.assignments.length} named items`, scheme.source?.line);
  }

  // Allocation focus: keys resolve; free words stay text.
  for (const alloc of roadmap.allocations) {
    if (!alloc.focus) continue;
    alloc.focus = alloc.focus.map((r) => {
      const line = alloc.source?.line ?? 1;
      if (KEY_EXACT.test(r.text)) return refFor(r.text, line);
      const resolved = resolveName(ctx, r.text, line, { quiet: true }, index());
      return resolved.resolution === 'exact' ? resolved : r;
    });
    const loose = alloc.focus.filter((r) => r.resolution === 'unresolved').map((r) => r.text);
    if (loose.length) ctx.report('info', 'ref.unresolved', `focus ${loose.map((t) => `"${t}"`).join(', ')} names work that is not in this roadmap; kept as text`, alloc.source?.line);
  }

  // Risks: keys name what they threaten (initiatives) or cite (external); people are referenced.
  let owners: Map<string, string[]> | undefined;
  const ownedBy = (personId: string): string[] => {
    if (!owners) {
      owners = new Map();
      for (const i of roadmap.initiatives) if (i.owner?.personId !== undefined) push(owners, i.owner.personId, i.key ?? i.id);
    }
    return owners.get(personId) ?? [];
  };
  for (const risk of roadmap.risks) {
    const line = risk.source?.line ?? 1;
    const text = `${risk.title} ${risk.description ?? ''}`;
    for (const m of text.matchAll(KEY_PATTERN)) {
      const ref = refFor(m[0], line);
      if (ref.targetType === 'initiative') {
        if (!risk.affects?.some((a) => a.id === ref.id)) risk.affects = [...(risk.affects ?? []), ref];
      } else if (!risk.refs?.some((a) => a.id === ref.id)) risk.refs = [...(risk.refs ?? []), ref];
    }
    for (const person of ctx.knownPeople()) {
      if (text.includes(person.name) && new RegExp(`\\b${person.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text)) {
        risk.refs = [...(risk.refs ?? []), { id: person.id, targetType: 'person', text: person.name, resolution: 'exact' }];
        const owned = [...ownedBy(person.id)];
        if (owned.length) ctx.report('info', 'ref.suggested-link', `${person.name} owns ${owned.join(', ')}; this risk may affect them (not linked)`, line, { entityId: risk.id, data: { candidates: owned } });
      }
    }
    const when = /\b(?:in|during|by|until)\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?|Q[1-4](?:\s+\d{4})?)\b/i.exec(risk.description ?? '');
    if (when) {
      const spec = ctx.time(when[1]!);
      if (spec) {
        risk.proximity = spec;
        if (spec.inferred?.includes('year')) ctx.report('info', 'date.year-inferred', `"${when[1]}" names no year; ${spec.start?.slice(0, 4)} taken from the document`, line, { entityId: risk.id });
      }
    }
  }
  if (roadmap.risks.length) {
    const unrated = roadmap.risks.filter((r) => !r.inherent?.likelihood || !r.inherent?.impact);
    if (unrated.length) ctx.report('info', 'risk.unrated', `${unrated.length} of ${roadmap.risks.length} risks have no likelihood or impact; they appear in the matrix's unrated tray`);
    const ownerless = roadmap.risks.filter((r) => !r.owner).length;
    if (ownerless) ctx.report('info', 'risk.no-owner', `${ownerless} of ${roadmap.risks.length} risks have no owner`);
  }

  // Goals that name a release: link it, and merge the restated date.
  for (const goal of roadmap.goals) {
    for (const m of goal.statement.matchAll(/\bv(\d+\.\d+(?:\.\d+)?)\b/g)) {
      const ms = roadmap.milestones.find((x) => x.version === m[1]);
      if (!ms) continue;
      goal.milestoneIds = [...new Set([...(goal.milestoneIds ?? []), ms.id])];
      const line = goal.source?.line;
      if (line && ms.source && ms.source.line !== line && !ms.source.alsoAt?.some((a) => a.line === line)) {
        ms.source = { ...ms.source, derivation: 'merged', alsoAt: [...(ms.source.alsoAt ?? []), { line }] };
        const agrees = !goal.due || goal.due.start === ms.date.start;
        ctx.report(agrees ? 'info' : 'warning', agrees ? 'dup.merged' : 'date.conflict', agrees ? `${ms.title} is also named here; linked to milestone ${ms.id}` : `this goal dates ${ms.title} ${goal.due?.start}, the milestone says ${ms.date.start}`, line, { entityId: ms.id });
      }
    }
  }

  // "Post-1.0:" items start after the release they name.
  for (const init of roadmap.initiatives) {
    const tag = init.tags?.find((t) => /^post-/i.test(t));
    if (!tag) continue;
    const v = /^post-v?(\d+(?:\.\d+)*)$/i.exec(tag);
    const ms = v ? roadmap.milestones.find((m) => m.version && (m.version === v[1] || m.version.replace(/(\.0)+$/, '') === v[1]!.replace(/(\.0)+$/, ''))) : undefined;
    if (!ms || !ms.date.end) continue;
    init.schedule = { ...(init.schedule ?? {}), start: { raw: tag, kind: 'relative', precision: 'day', anchor: { entityId: ms.id, edge: 'end', basis: 'entity' }, start: ms.date.end, edtf: `${ms.date.end}/..` } };
  }

  // Restated roadmap-level targets: "$50M ARR" in Year-End Goals and in Success Metrics.
  const roadmapMetrics = roadmap.metrics.filter((m) => m.scope?.level === 'roadmap' && m.target?.value !== undefined);
  // Only metrics with the same value, unit and mode can restate each other: compare within those.
  for (const [a, b] of laterPairs(roadmapMetrics, (m) => `${m.target!.value}\u0000${m.target!.unit ?? ''}\u0000${m.target!.mode}`)) {
    const x = roadmapMetrics[a]!;
    const y = roadmapMetrics[b]!;
    if (x.groupId === y.groupId || !sameTarget(x, y)) continue;
    (x.sameAs ??= []).push(y.id);
    (y.sameAs ??= []).push(x.id);
    ctx.report('info', 'dup.merged', `"${y.raw}" restates "${x.raw}" (line ${x.source?.line}); linked with sameAs`, y.source?.line, { entityId: y.id });
  }

  // A period only in the title ("Q4 2024 Product Roadmap").
  const coverage = roadmap.meta.coverage;
  if (!roadmap.periods.length && coverage?.start && coverage.precision && ['quarter', 'half', 'month'].includes(coverage.precision)) {
    const period = { id: ctx.id(coverage.raw, 'period'), label: coverage.raw, shortLabel: coverage.raw, kind: coverage.precision as 'quarter', time: coverage, order: 1, source: { line: 1, derivation: 'inferred' as const } };
    roadmap.periods.push(period);
    ctx.report('info', 'structure.period-from-title', `the period ${coverage.raw} comes from the title`, 1, { entityId: period.id });
    for (const i of roadmap.initiatives) if (!i.schedule?.periodIds?.length) i.schedule = { periodIds: [period.id], ...(i.schedule ?? {}) };
    for (const a of roadmap.allocations) if (!a.periodId && (!a.time || (a.time.start === coverage.start && a.time.end === coverage.end))) {
      a.periodId = period.id;
      delete a.time;
    }
  }

  // People whose names differ by one word stay apart; say so.
  const people = ctx.knownPeople();
  const names = people.map((p) => p.name.split(/\s+/));
  for (const [a, b] of laterPairs(names, (n) => `${n.length}\u0000${n[n.length - 1]}`)) {
    const x = names[a]!;
    const y = names[b]!;
    if (x.length === y.length && x.length > 1 && x[x.length - 1] === y[y.length - 1] && x[0] !== y[0]) {
      ctx.report('info', 'person.similar-names', `"${people[a]!.name}" and "${people[b]!.name}" are kept as two people`, people[b]!.source?.line, { entityId: people[b]!.id });
    }
  }

  // Theme keywords that appear in item titles: suggestions only.
  const titleWords = new Map<Initiative, string[]>();
  const wordsOf = (i: Initiative) => {
    let words = titleWords.get(i);
    if (!words) titleWords.set(i, (words = tokens(i.title)));
    return words;
  };
  for (const theme of roadmap.themes) {
    if (!theme.keywords?.length) continue;
    const keywords = theme.keywords.map(tokens);
    const hits = roadmap.initiatives.filter((i) => keywords.some((k) => wordsOf(i).some((t) => k.some((u) => same(t, u)))));
    if (hits.length) ctx.report('info', 'ref.suggested-link', `"${theme.name}" (${theme.keywords.join(', ')}) may cover ${hits.map((h) => `"${h.title}"`).join(', ')}; not linked`, theme.source?.line, { entityId: theme.id, data: { candidates: hits.map((h) => h.id) } });
  }

  // Time.
  const meta = roadmap.meta;
  if (options.asOf) {
    const spec = ctx.time(options.asOf);
    if (spec?.start) {
      meta.asOf = { ...spec, raw: options.asOf };
      for (const p of roadmap.periods) if (p.time.kind === 'relative' && !p.time.start) p.time = anchorTimeSpec(p.time, spec.start, 'meta.asOf');
    }
  }
  if (!meta.asOf && !meta.updated && !meta.date) ctx.report('info', 'date.no-document-date', 'the document has no date; relative times stay relative and "today" is unknown');
}

/**
 * The pairs (a, b), a < b, of positions whose items share a bucket, in the order of a nested loop
 * over all pairs; items in different buckets are never paired.
 */
function* laterPairs<T>(items: T[], bucket: (item: T) => string): Generator<[number, number]> {
  const groups = new Map<string, number[]>();
  const keys = items.map((item, i) => {
    const key = bucket(item);
    push(groups, key, i);
    return key;
  });
  const seen = new Map<string, number>();
  for (let a = 0; a < items.length; a++) {
    const group = groups.get(keys[a]!)!;
    const at = seen.get(keys[a]!) ?? 0;
    seen.set(keys[a]!, at + 1);
    for (let k = at + 1; k < group.length; k++) yield [a, group[k]!];
  }
}

function sameTarget(x: Metric, y: Metric): boolean {
  const a = x.target!;
  const b = y.target!;
  if (a.value !== b.value || (a.unit ?? '') !== (b.unit ?? '') || a.mode !== b.mode) return false;
  const words = (m: Metric) => tokens(`${m.name} ${m.target?.subject ?? ''}`);
  const wa = words(x);
  const wb = words(y);
  return wa.some((w) => wb.some((u) => same(w, u))) || (a.unitKind === 'currency' && b.unitKind === 'currency');
}

/** A dependency's target: a key, someone's work ("Nina Patel's query planner v2 work"), or a name. */
function resolveDependencyTarget(ctx: ImportContext, text: string, line: number, index: NameIndex): Ref {
  const key = KEY_EXACT.exec(text.trim());
  if (key) return resolveName(ctx, text, line, {}, index);
  const work = /^([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){1,2})['’]s?\s+(.+)$/u.exec(text.trim());
  if (work) {
    const person = ctx.person(work[1]!, line);
    const title = text.trim();
    const ext = ctx.externalRef(title, line, { kind: 'person-work', title, party: { text: person.name, personId: person.id } });
    return { id: ext.id, targetType: 'external', text: title, resolution: 'external' };
  }
  return resolveName(ctx, text, line, {}, index);
}

export { slugify };
