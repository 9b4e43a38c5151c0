/**
 * Read-only lookups over a roadmap: indexes by id, progress, and what is linked to what.
 * Indexes are memoised per roadmap object (the model is immutable: a change is a new object).
 */
import type { Dependency, Initiative, Metric, Milestone, Risk, Roadmap } from './schema.js';

/** Kinds of entity a view can select. */
export type EntityKind = 'initiative' | 'milestone' | 'risk' | 'metric' | 'dependency' | 'theme' | 'goal' | 'period' | 'checklist-item';

/** What is selected: `{kind, id}`. */
export interface Selection {
  kind: EntityKind;
  id: string;
}

export interface RoadmapIndex {
  initiatives: Map<string, Initiative>;
  milestones: Map<string, Milestone>;
  risks: Map<string, Risk>;
  metrics: Map<string, Metric>;
  dependencies: Map<string, Dependency>;
  /** Risks that name an initiative (or milestone) in `affects`, by that entity's id. */
  risksByTarget: Map<string, Risk[]>;
  /** Metrics scoped to an initiative or listed in its `metricIds`, by initiative id. */
  metricsByInitiative: Map<string, Metric[]>;
  /** Resolved dependencies touching an entity, by that entity's id. */
  dependenciesByEntity: Map<string, Dependency[]>;
  /** Initiative owning a checklist item, by item id. */
  initiativeByChecklistItem: Map<string, Initiative>;
}

const cache = new WeakMap<Roadmap, RoadmapIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

export function indexRoadmap(roadmap: Roadmap): RoadmapIndex {
  const hit = cache.get(roadmap);
  if (hit) return hit;
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x] as const));
  const index: RoadmapIndex = {
    initiatives: byId(roadmap.initiatives),
    milestones: byId(roadmap.milestones),
    risks: byId(roadmap.risks),
    metrics: byId(roadmap.metrics),
    dependencies: byId(roadmap.dependencies),
    risksByTarget: new Map(),
    metricsByInitiative: new Map(),
    dependenciesByEntity: new Map(),
    initiativeByChecklistItem: new Map(),
  };
  for (const risk of roadmap.risks) for (const ref of risk.affects ?? []) if (ref.id) push(index.risksByTarget, ref.id, risk);
  for (const metric of roadmap.metrics) if (metric.scope?.initiativeId) push(index.metricsByInitiative, metric.scope.initiativeId, metric);
  for (const initiative of roadmap.initiatives) {
    for (const id of initiative.metricIds ?? []) {
      const metric = index.metrics.get(id);
      if (metric) push(index.metricsByInitiative, initiative.id, metric);
    }
    for (const item of initiative.checklist ?? []) index.initiativeByChecklistItem.set(item.id, initiative);
  }
  for (const dep of roadmap.dependencies) {
    if (dep.from.id) push(index.dependenciesByEntity, dep.from.id, dep);
    if (dep.to.id) push(index.dependenciesByEntity, dep.to.id, dep);
  }
  cache.set(roadmap, index);
  return index;
}

/** Done and total of an initiative's checkable items (plain bullets are not counted). */
export function initiativeProgress(initiative: Initiative): { done: number; total: number; value?: number } {
  const items = (initiative.checklist ?? []).filter((c) => c.done !== null);
  const done = items.filter((c) => c.done === true).length;
  if (items.length) return { done, total: items.length, value: done / items.length };
  if (initiative.progress) return { done: 0, total: 0, value: initiative.progress.value };
  return { done: 0, total: 0 };
}

/**
 * Everything linked to a selection, the selection included: for an initiative, its risks,
 * metrics, dependencies, the initiatives on the other side of those, and its milestones; for a
 * risk, the initiatives it threatens; for a metric, its initiative; for a dependency, both ends.
 */
export function linkedIds(roadmap: Roadmap, selection: Selection | undefined): Set<string> {
  const out = new Set<string>();
  if (!selection) return out;
  const index = indexRoadmap(roadmap);
  out.add(selection.id);
  const addInitiative = (id: string, deep: boolean) => {
    out.add(id);
    if (!deep) return;
    for (const risk of index.risksByTarget.get(id) ?? []) out.add(risk.id);
    for (const metric of index.metricsByInitiative.get(id) ?? []) out.add(metric.id);
    for (const dep of index.dependenciesByEntity.get(id) ?? []) {
      out.add(dep.id);
      if (dep.from.id) out.add(dep.from.id);
      if (dep.to.id) out.add(dep.to.id);
    }
    for (const m of roadmap.milestones) if (m.initiativeIds?.includes(id)) out.add(m.id);
  };
  switch (selection.kind) {
    case 'initiative':
      addInitiative(selection.id, true);
      break;
    case 'checklist-item': {
      const owner = index.initiativeByChecklistItem.get(selection.id);
      if (owner) addInitiative(owner.id, false);
      break;
    }
    case 'risk':
      for (const ref of index.risks.get(selection.id)?.affects ?? []) if (ref.id) addInitiative(ref.id, false);
      break;
    case 'metric': {
      const metric = index.metrics.get(selection.id);
      if (metric?.scope?.initiativeId) addInitiative(metric.scope.initiativeId, false);
      for (const i of roadmap.initiatives) if (i.metricIds?.includes(selection.id)) out.add(i.id);
      for (const id of metric?.sameAs ?? []) out.add(id);
      break;
    }
    case 'dependency': {
      const dep = index.dependencies.get(selection.id);
      if (dep?.from.id) out.add(dep.from.id);
      if (dep?.to.id) out.add(dep.to.id);
      break;
    }
    case 'milestone':
      for (const id of index.milestones.get(selection.id)?.initiativeIds ?? []) addInitiative(id, false);
      for (const dep of index.dependenciesByEntity.get(selection.id) ?? []) out.add(dep.id);
      break;
    case 'theme':
      for (const i of roadmap.initiatives) if (i.themeIds?.includes(selection.id)) out.add(i.id);
      break;
    case 'goal':
      for (const i of roadmap.initiatives) if (i.goalIds?.includes(selection.id)) out.add(i.id);
      break;
    case 'period':
      for (const i of roadmap.initiatives) if (i.schedule?.periodIds?.includes(selection.id)) out.add(i.id);
      break;
  }
  return out;
}

/** The display name of any entity: title, name, label or key. */
export function entityLabel(entity: { title?: string; name?: string; label?: string; key?: string; id: string }): string {
  return entity.title ?? entity.name ?? entity.label ?? entity.key ?? entity.id;
}
