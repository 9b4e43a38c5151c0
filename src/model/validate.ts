/**
 * `validateRoadmap`: shape (from the schema), then what a schema cannot say: unique ids,
 * references that point nowhere, dependency cycles. Never throws; returns a clean roadmap the
 * views can trust (bad entities dropped, dangling ids removed) with a diagnostic for each change.
 */
import { checkValue, isPlainObject } from './schema-kit.js';
import { RoadmapSchema, type Diagnostic, type Ref, type Roadmap } from './schema.js';

export interface ValidationResult {
  /** The checked roadmap; undefined when the input could not be read as a roadmap at all. */
  roadmap?: Roadmap;
  diagnostics: Diagnostic[];
}

/** Stop listing after this many diagnostics of one code, then say how many more there were. */
const MAX_PER_CODE = 50;

export function validateRoadmap(input: unknown): ValidationResult {
  try {
    return validate(input);
  } catch (error) {
    // A getter that throws, a revoked proxy: report instead of throwing.
    return {
      diagnostics: [{ severity: 'error', code: 'input.unreadable', message: `the roadmap could not be read: ${String((error as Error)?.message ?? error).slice(0, 200)}` }],
    };
  }
}

function validate(input: unknown): ValidationResult {
  if (!isPlainObject(input)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input === 'string' ? 'text' : typeof input;
    return { diagnostics: [{ severity: 'error', code: 'input.not-object', path: '', message: `a roadmap must be a JSON object with schemaVersion and meta; got ${got}` }] };
  }
  const { value, issues } = checkValue(RoadmapSchema, input);
  const diagnostics: Diagnostic[] = issues.map((i) => ({ severity: i.severity ?? 'error', code: i.code, path: i.path, message: i.message }));
  if (!value) return { diagnostics: capDiagnostics(diagnostics) };
  const roadmap = value;
  checkIds(roadmap, diagnostics);
  checkReferences(roadmap, diagnostics);
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

/** Ids are unique across the whole roadmap; a later duplicate is dropped. */
function checkIds(roadmap: Roadmap, diagnostics: Diagnostic[]): void {
  const seen = new Map<string, string>();
  for (const name of COLLECTIONS) {
    const items = roadmap[name] as Array<{ id: string }>;
    const kept = items.filter((item, index) => {
      const where = `${name}[${index}]`;
      const first = seen.get(item.id);
      if (first) {
        diagnostics.push({ severity: 'error', code: 'model.duplicate-id', path: `${where}.id`, entityId: item.id, message: `${where}.id: '${item.id}' is already used by ${first}; this one was left out` });
        return false;
      }
      seen.set(item.id, where);
      return true;
    });
    (roadmap as unknown as Record<string, unknown>)[name] = kept;
  }
  roadmap.initiatives.forEach((initiative, i) => {
    for (const [j, item] of (initiative.checklist ?? []).entries()) {
      const first = seen.get(item.id);
      if (first) diagnostics.push({ severity: 'warning', code: 'model.duplicate-id', path: `initiatives[${i}].checklist[${j}].id`, entityId: item.id, message: `initiatives[${i}].checklist[${j}].id: '${item.id}' is already used by ${first}` });
      else seen.set(item.id, `initiatives[${i}].checklist[${j}]`);
    }
  });
}

function checkReferences(roadmap: Roadmap, diagnostics: Diagnostic[]): void {
  const idsOf = (name: Collection) => new Set((roadmap[name] as Array<{ id: string }>).map((e) => e.id));
  const all = new Set<string>();
  for (const name of COLLECTIONS) for (const id of idsOf(name)) all.add(id);
  for (const i of roadmap.initiatives) for (const c of i.checklist ?? []) all.add(c.id);
  const sets = {
    periods: idsOf('periods'), themes: idsOf('themes'), goals: idsOf('goals'), initiatives: idsOf('initiatives'),
    milestones: idsOf('milestones'), metrics: idsOf('metrics'), teams: idsOf('teams'), products: idsOf('products'),
    dependencies: idsOf('dependencies'), metricGroups: idsOf('metricGroups'), people: idsOf('people'), externalRefs: idsOf('externalRefs'),
  };
  const keep = (path: string, ids: string[] | undefined, set: Set<string>, what: string): string[] | undefined => {
    if (!ids) return ids;
    const kept = ids.filter((id, k) => {
      if (set.has(id)) return true;
      diagnostics.push({ severity: 'warning', code: 'model.missing-reference', path: `${path}[${k}]`, message: `${path}[${k}]: no ${what} with id '${id}'; the link was dropped` });
      return false;
    });
    return kept;
  };
  const one = (path: string, id: string | undefined, set: Set<string>, what: string): string | undefined => {
    if (id === undefined || set.has(id)) return id;
    diagnostics.push({ severity: 'warning', code: 'model.missing-reference', path, message: `${path}: no ${what} with id '${id}'; the link was dropped` });
    return undefined;
  };
  const ref = (path: string, r: Ref): Ref => {
    if (r.id === undefined || all.has(r.id)) return r;
    diagnostics.push({ severity: 'warning', code: 'model.missing-reference', path: `${path}.id`, message: `${path}.id: nothing in this roadmap has id '${r.id}'; kept as unresolved text` });
    const { id: _dropped, ...rest } = r;
    return { ...rest, resolution: 'unresolved' };
  };
  const set = <T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined) => {
    if (value === undefined) delete obj[key];
    else obj[key] = value;
  };

  roadmap.initiatives.forEach((x, i) => {
    const p = `initiatives[${i}]`;
    if (x.schedule) set(x.schedule, 'periodIds', keep(`${p}.schedule.periodIds`, x.schedule.periodIds, sets.periods, 'period'));
    set(x, 'themeIds', keep(`${p}.themeIds`, x.themeIds, sets.themes, 'theme'));
    set(x, 'goalIds', keep(`${p}.goalIds`, x.goalIds, sets.goals, 'goal'));
    set(x, 'teamIds', keep(`${p}.teamIds`, x.teamIds, sets.teams, 'team'));
    set(x, 'metricIds', keep(`${p}.metricIds`, x.metricIds, sets.metrics, 'metric'));
    set(x, 'dependencyIds', keep(`${p}.dependencyIds`, x.dependencyIds, sets.dependencies, 'dependency'));
    set(x, 'externalRefIds', keep(`${p}.externalRefIds`, x.externalRefIds, sets.externalRefs, 'external reference'));
    set(x, 'productId', one(`${p}.productId`, x.productId, sets.products, 'product'));
    set(x, 'parentId', one(`${p}.parentId`, x.parentId, sets.initiatives, 'initiative'));
  });
  roadmap.milestones.forEach((m, i) => {
    set(m, 'periodId', one(`milestones[${i}].periodId`, m.periodId, sets.periods, 'period'));
    set(m, 'initiativeIds', keep(`milestones[${i}].initiativeIds`, m.initiativeIds, sets.initiatives, 'initiative'));
  });
  roadmap.dependencies.forEach((d, i) => {
    d.from = ref(`dependencies[${i}].from`, d.from);
    d.to = ref(`dependencies[${i}].to`, d.to);
  });
  roadmap.risks.forEach((r, i) => {
    if (r.affects) r.affects = r.affects.map((a, k) => ref(`risks[${i}].affects[${k}]`, a));
  });
  roadmap.metrics.forEach((m, i) => {
    set(m, 'groupId', one(`metrics[${i}].groupId`, m.groupId, sets.metricGroups, 'metric group'));
    if (m.scope?.initiativeId && !sets.initiatives.has(m.scope.initiativeId)) {
      one(`metrics[${i}].scope.initiativeId`, m.scope.initiativeId, sets.initiatives, 'initiative');
      delete m.scope.initiativeId;
    }
  });
  roadmap.themes.forEach((t, i) => set(t, 'periodIds', keep(`themes[${i}].periodIds`, t.periodIds, sets.periods, 'period')));
  roadmap.goals.forEach((g, i) => {
    set(g, 'themeIds', keep(`goals[${i}].themeIds`, g.themeIds, sets.themes, 'theme'));
    set(g, 'periodIds', keep(`goals[${i}].periodIds`, g.periodIds, sets.periods, 'period'));
    set(g, 'metricIds', keep(`goals[${i}].metricIds`, g.metricIds, sets.metrics, 'metric'));
  });
}

/** Dependency cycles between initiatives: reported once per cycle, not removed. */
function checkDependencyCycles(roadmap: Roadmap, diagnostics: Diagnostic[]): void {
  const edges = new Map<string, string[]>();
  for (const d of roadmap.dependencies) {
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
  const check = (path: string, t: { start?: string; end?: string } | undefined) => {
    if (t?.start && t.end && t.start > t.end)
      diagnostics.push({ severity: 'warning', code: 'model.reversed-dates', path, message: `${path}: starts (${t.start}) after it ends (${t.end}); drawn from ${t.end} to ${t.start}` });
  };
  roadmap.initiatives.forEach((x, i) => {
    check(`initiatives[${i}].schedule.start`, x.schedule?.start);
    check(`initiatives[${i}].schedule.end`, x.schedule?.end);
    check(`initiatives[${i}].schedule.target`, x.schedule?.target);
    if (x.schedule?.start?.start && x.schedule.end?.end && x.schedule.start.start > x.schedule.end.end)
      diagnostics.push({ severity: 'warning', code: 'model.reversed-dates', path: `initiatives[${i}].schedule`, message: `initiatives[${i}].schedule: start ${x.schedule.start.start} is after end ${x.schedule.end.end}; drawn reversed` });
  });
  roadmap.periods.forEach((p, i) => check(`periods[${i}].time`, p.time));
}
