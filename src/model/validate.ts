/**
 * `validateRoadmap`: shape (from the schema), then what a schema cannot say: unique ids,
 * references that point nowhere, dependency cycles. Never throws; returns a clean roadmap the
 * views can trust (bad entities dropped, dangling ids removed) with a diagnostic for each change.
 */
import { checkValue, isPlainObject } from './schema-kit.js';
import { RoadmapSchema, timeText, type Diagnostic, type Ref, type Roadmap, type TimeTextReader } from './schema.js';
import { parseTimeText } from './time.js';

export interface ValidationResult {
  /** The checked roadmap; undefined when the input could not be read as a roadmap at all. */
  roadmap?: Roadmap;
  diagnostics: Diagnostic[];
}

/** Stop listing after this many diagnostics of one code, then say how many more there were. */
const MAX_PER_CODE = 50;

export interface ValidateOptions {
  /**
   * The input is the caller's own, just built and handed over (as the importer's is): what comes
   * out unchanged is not copied, so the roadmap returned shares its objects and lists, and the
   * checks that drop dangling links write into them. Leave it unset for data anyone else holds.
   */
  inPlace?: boolean;
}

export function validateRoadmap(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return checkRoadmap(input, options, parseTimeText);
}

/**
 * `validateRoadmap` with the reader of times written as text ("Q3 2025") handed in, for the
 * views' bundles, which load that reader on first need (see `timeText` in schema.ts). Without it,
 * a roadmap that writes a time as text comes back as `{needsTimeText: true}`, checked no further
 * and unchanged, to be checked again once the reader is there.
 */
export function checkRoadmap(input: unknown, options: ValidateOptions, read: TimeTextReader | undefined): ValidationResult & { needsTimeText?: true } {
  timeText.read = read;
  timeText.missed = false;
  try {
    return validate(input, options.inPlace === true);
  } catch (error) {
    // A getter that throws, a revoked proxy: report instead of throwing.
    return {
      diagnostics: [{ severity: 'error', code: 'input.unreadable', message: `the roadmap could not be read: ${String((error as Error)?.message ?? error).slice(0, 200)}` }],
    };
  } finally {
    timeText.read = undefined;
  }
}

function validate(input: unknown, inPlace: boolean): ValidationResult & { needsTimeText?: true } {
  if (!isPlainObject(input)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input === 'string' ? 'text' : typeof input;
    return { diagnostics: [{ severity: 'error', code: 'input.not-object', path: '', message: `a roadmap must be a JSON object with schemaVersion and meta; got ${got}` }] };
  }
  const { value, issues } = checkValue(RoadmapSchema, input, inPlace);
  if (timeText.missed) return { diagnostics: [], needsTimeText: true };
  const diagnostics: Diagnostic[] = issues.map((i) => ({ severity: i.severity ?? 'error', code: i.code, path: i.path, message: i.message }));
  if (!value) return { diagnostics: capDiagnostics(diagnostics) };
  const roadmap = value;
  const seen = checkIds(roadmap, diagnostics);
  checkReferences(roadmap, seen, diagnostics);
  checkDependencyCycles(roadmap, diagnostics);
  checkDateOrder(roadmap, diagnostics);
  return { roadmap, diagnostics: capDiagnostics(diagnostics) };
}

function capDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const counts = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const n = (counts.get(d.code) ?? 0) + 1;
    counts.set(d.code, n);
    if (n <= MAX_PER_CODE) out.push(d);
  }
  for (const [code, n] of counts) {
    if (n > MAX_PER_CODE) {
      const severity = diagnostics.find((d) => d.code === code)!.severity;
      out.push({ severity, code, message: `…and ${n - MAX_PER_CODE} more ${code} diagnostics` });
    }
  }
  return out;
}

type Collection = 'statements' | 'products' | 'periods' | 'themes' | 'goals' | 'initiatives' | 'milestones' | 'dependencies' | 'risks' | 'metrics' | 'metricGroups' | 'people' | 'teams' | 'allocations' | 'cadences' | 'externalRefs' | 'sections';
const COLLECTIONS: Collection[] = ['statements', 'products', 'periods', 'themes', 'goals', 'initiatives', 'milestones', 'dependencies', 'risks', 'metrics', 'metricGroups', 'people', 'teams', 'allocations', 'cadences', 'externalRefs', 'sections'];

/**
 * Where each id was first seen, as a number so that 10,000 ids cost no strings: `index * 32 +
 * collection`, or for a checklist item `-(initiative * 2^26 + item) - 1` (a 25 MB document holds
 * far fewer than 2^26 items). Read with `where` only when a diagnostic needs it.
 */
type Seen = Map<string, number>;
const ITEMS = 2 ** 26;
const where = (at: number): string =>
  at < 0 ? `initiatives[${Math.floor((-at - 1) / ITEMS)}].checklist[${(-at - 1) % ITEMS}]` : `${COLLECTIONS[at % 32]}[${Math.floor(at / 32)}]`;

/** Ids are unique across the whole roadmap; a later duplicate is dropped. */
function checkIds(roadmap: Roadmap, diagnostics: Diagnostic[]): Seen {
  const seen: Seen = new Map();
  for (let c = 0; c < COLLECTIONS.length; c++) {
    const name = COLLECTIONS[c]!;
    const items = roadmap[name] as Array<{ id: string }>;
    let dropped: Set<number> | undefined;
    for (let index = 0; index < items.length; index++) {
      const id = items[index]!.id;
      const first = seen.get(id);
      if (first !== undefined) {
        const here = `${name}[${index}]`;
        diagnostics.push({ severity: 'error', code: 'model.duplicate-id', path: `${here}.id`, entityId: id, message: `${here}.id: '${id}' is already used by ${where(first)}; this one was left out` });
        (dropped ??= new Set()).add(index);
      } else seen.set(id, index * 32 + c);
    }
    if (dropped) (roadmap as unknown as Record<string, unknown>)[name] = items.filter((_, index) => !dropped.has(index));
  }
  roadmap.initiatives.forEach((initiative, i) => {
    const checklist = initiative.checklist;
    if (!checklist) return;
    for (let j = 0; j < checklist.length; j++) {
      const id = checklist[j]!.id;
      const first = seen.get(id);
      if (first !== undefined) diagnostics.push({ severity: 'warning', code: 'model.duplicate-id', path: `initiatives[${i}].checklist[${j}].id`, entityId: id, message: `initiatives[${i}].checklist[${j}].id: '${id}' is already used by ${where(first)}` });
      else seen.set(id, -(i * ITEMS + j) - 1);
    }
  });
  return seen;
}

function checkReferences(roadmap: Roadmap, seen: Seen, diagnostics: Diagnostic[]): void {
  // An id names an entity of a collection when it was first seen there (later duplicates were dropped).
  const isIn = (id: string, name: Collection) => {
    const at = seen.get(id);
    return at !== undefined && at >= 0 && COLLECTIONS[at % 32] === name;
  };
  // Paths are written only for a diagnostic: `${base}[${index}].${field}`.
  const pathOf = (base: string, index: number, field: string) => `${base}[${index}].${field}`;
  /** The ids that name an entity of `name`: the same list when all do, else a filtered copy (with a diagnostic per dropped id). */
  const keep = (base: string, index: number, field: string, ids: string[] | undefined, name: Collection, what: string): string[] | undefined => {
    if (!ids) return ids;
    let all = true;
    for (let k = 0; k < ids.length; k++) if (!isIn(ids[k]!, name)) all = false;
    if (all) return ids;
    const path = pathOf(base, index, field);
    return ids.filter((id, k) => {
      if (isIn(id, name)) return true;
      diagnostics.push({ severity: 'warning', code: 'model.missing-reference', path: `${path}[${k}]`, message: `${path}[${k}]: no ${what} with id '${id}'; the link was dropped` });
      return false;
    });
  };
  const one = (base: string, index: number, field: string, id: string | undefined, name: Collection, what: string): string | undefined => {
    if (id === undefined || isIn(id, name)) return id;
    const at = pathOf(base, index, field);
    diagnostics.push({ severity: 'warning', code: 'model.missing-reference', path: at, message: `${at}: no ${what} with id '${id}'; the link was dropped` });
    return undefined;
  };
  const ref = (at: string, r: Ref): Ref => {
    if (r.id === undefined || seen.has(r.id)) return r;
    diagnostics.push({ severity: 'warning', code: 'model.missing-reference', path: `${at}.id`, message: `${at}.id: nothing in this roadmap has id '${r.id}'; kept as unresolved text` });
    const { id: _dropped, ...rest } = r;
    return { ...rest, resolution: 'unresolved' };
  };
  /** Writes a checked link back when it changed (deleting it when nothing is left of it). */
  const set = <T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined) => {
    if (obj[key] === value) return;
    if (value === undefined) delete obj[key];
    else obj[key] = value;
  };

  const initiatives = roadmap.initiatives;
  for (let i = 0; i < initiatives.length; i++) {
    const x = initiatives[i]!;
    const B = 'initiatives';
    if (x.schedule) set(x.schedule, 'periodIds', keep(B, i, 'schedule.periodIds', x.schedule.periodIds, 'periods', 'period'));
    set(x, 'themeIds', keep(B, i, 'themeIds', x.themeIds, 'themes', 'theme'));
    set(x, 'goalIds', keep(B, i, 'goalIds', x.goalIds, 'goals', 'goal'));
    set(x, 'teamIds', keep(B, i, 'teamIds', x.teamIds, 'teams', 'team'));
    set(x, 'metricIds', keep(B, i, 'metricIds', x.metricIds, 'metrics', 'metric'));
    set(x, 'dependencyIds', keep(B, i, 'dependencyIds', x.dependencyIds, 'dependencies', 'dependency'));
    set(x, 'externalRefIds', keep(B, i, 'externalRefIds', x.externalRefIds, 'externalRefs', 'external reference'));
    set(x, 'productId', one(B, i, 'productId', x.productId, 'products', 'product'));
    set(x, 'parentId', one(B, i, 'parentId', x.parentId, 'initiatives', 'initiative'));
  }
  roadmap.milestones.forEach((m, i) => {
    set(m, 'periodId', one('milestones', i, 'periodId', m.periodId, 'periods', 'period'));
    set(m, 'initiativeIds', keep('milestones', i, 'initiativeIds', m.initiativeIds, 'initiatives', 'initiative'));
  });
  roadmap.dependencies.forEach((d, i) => {
    if (d.from.id !== undefined && !seen.has(d.from.id)) d.from = ref(`dependencies[${i}].from`, d.from);
    if (d.to.id !== undefined && !seen.has(d.to.id)) d.to = ref(`dependencies[${i}].to`, d.to);
  });
  roadmap.risks.forEach((r, i) => {
    if (r.affects) r.affects = r.affects.map((a, k) => ref(`risks[${i}].affects[${k}]`, a));
  });
  roadmap.metrics.forEach((m, i) => {
    set(m, 'groupId', one('metrics', i, 'groupId', m.groupId, 'metricGroups', 'metric group'));
    if (m.scope?.initiativeId && !isIn(m.scope.initiativeId, 'initiatives')) {
      one('metrics', i, 'scope.initiativeId', m.scope.initiativeId, 'initiatives', 'initiative');
      delete m.scope.initiativeId;
    }
  });
  roadmap.themes.forEach((t, i) => set(t, 'periodIds', keep('themes', i, 'periodIds', t.periodIds, 'periods', 'period')));
  roadmap.goals.forEach((g, i) => {
    set(g, 'themeIds', keep('goals', i, 'themeIds', g.themeIds, 'themes', 'theme'));
    set(g, 'periodIds', keep('goals', i, 'periodIds', g.periodIds, 'periods', 'period'));
    set(g, 'metricIds', keep('goals', i, 'metricIds', g.metricIds, 'metrics', 'metric'));
  });
}

/** Dependency cycles between initiatives: reported once per cycle, not removed. */
function checkDependencyCycles(roadmap: Roadmap, diagnostics: Diagnostic[]): void {
  const edges = new Map<string, string[]>();
  const dependencies = roadmap.dependencies;
  for (let i = 0; i < dependencies.length; i++) {
    const d = dependencies[i]!;
    if (!d.from.id || !d.to.id) continue;
    const list = edges.get(d.from.id) ?? [];
    list.push(d.to.id);
    edges.set(d.from.id, list);
  }
  const state = new Map<string, 1 | 2>();
  const reported = new Set<string>();
  for (const startId of edges.keys()) {
    if (state.has(startId)) continue;
    // Iterative DFS so that 10,000 chained dependencies cannot overflow the stack.
    const stack: Array<{ id: string; next: number }> = [{ id: startId, next: 0 }];
    const path: string[] = [startId];
    state.set(startId, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const targets = edges.get(top.id) ?? [];
      if (top.next >= targets.length) {
        state.set(top.id, 2);
        stack.pop();
        path.pop();
        continue;
      }
      const to = targets[top.next++]!;
      const st = state.get(to);
      if (st === 1) {
        const cycle = path.slice(path.indexOf(to));
        const key = [...cycle].sort().join(' ');
        if (!reported.has(key) && reported.size < 20) {
          reported.add(key);
          diagnostics.push({ severity: 'warning', code: 'model.dependency-cycle', entityId: to, message: `dependencies form a cycle: ${[...cycle, to].join(' → ')}` });
        }
      } else if (st === undefined) {
        state.set(to, 1);
        stack.push({ id: to, next: 0 });
        path.push(to);
      }
    }
  }
}

function checkDateOrder(roadmap: Roadmap, diagnostics: Diagnostic[]): void {
  const check = (base: string, index: number, field: string, t: { start?: string; end?: string } | undefined) => {
    if (t?.start && t.end && t.start > t.end) {
      const at = `${base}[${index}].${field}`;
      diagnostics.push({ severity: 'warning', code: 'model.reversed-dates', path: at, message: `${at}: starts (${t.start}) after it ends (${t.end}); drawn from ${t.end} to ${t.start}` });
    }
  };
  const initiatives = roadmap.initiatives;
  for (let i = 0; i < initiatives.length; i++) {
    const s = initiatives[i]!.schedule;
    if (!s) continue;
    check('initiatives', i, 'schedule.start', s.start);
    check('initiatives', i, 'schedule.end', s.end);
    check('initiatives', i, 'schedule.target', s.target);
    if (s.start?.start && s.end?.end && s.start.start > s.end.end)
      diagnostics.push({ severity: 'warning', code: 'model.reversed-dates', path: `initiatives[${i}].schedule`, message: `initiatives[${i}].schedule: start ${s.start.start} is after end ${s.end.end}; drawn reversed` });
  }
  roadmap.periods.forEach((p, i) => check('periods', i, 'time', p.time));
}
