/**
 * Lanes of the timeline: which lane each initiative belongs to for a `group-by` mode
 * (`groupInitiatives`), row packing inside a lane so that no two bars (with their reserved label
 * space) overlap (`packRows`), and word wrapping of lane labels (`wrapText`). Pure.
 */
import { STATUS_VALUES, type Initiative, type Roadmap, type Status } from '../model/schema.js';

/** How lanes are formed. `auto` picks theme, product or team when the roadmap uses them, else `none`. */
export type GroupBy = 'auto' | 'theme' | 'team' | 'product' | 'period' | 'status' | 'priority' | 'none';

export const GROUP_BY_VALUES: readonly GroupBy[] = ['auto', 'theme', 'team', 'product', 'period', 'status', 'priority', 'none'];

export interface LaneGroup<T = Initiative> {
  id: string;
  label: string;
  /** Sort key; lanes ascend by it, "no value" lanes last. */
  order: number;
  items: T[];
}

/** Readable status names. */
export const STATUS_LABELS: Record<Status, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  'at-risk': 'At risk',
  blocked: 'Blocked',
  'on-hold': 'On hold',
  cancelled: 'Cancelled',
  unknown: 'No status',
};

const NONE_LABEL: Record<Exclude<GroupBy, 'auto' | 'none'>, string> = {
  theme: 'No theme',
  team: 'No team',
  product: 'No product',
  period: 'No period',
  status: 'No status',
  priority: 'No priority',
};

function teamOf(i: Initiative): string | undefined {
  return i.teamIds?.[0] ?? i.owner?.teamId;
}

/**
 * The group-by mode `auto` resolves to for these initiatives. With `columnOf` (ordinal layouts),
 * a grouping that only restates the columns (each lane sits in one column of its own) is skipped:
 * it would draw an empty staircase.
 */
export function resolveGroupBy(groupBy: GroupBy, items: readonly Initiative[], columnOf?: (i: Initiative) => number): Exclude<GroupBy, 'auto'> {
  if (groupBy !== 'auto') return groupBy;
  const candidates: [Exclude<GroupBy, 'auto'>, (i: Initiative) => string | undefined][] = [
    ['theme', (i) => i.themeIds?.[0]],
    ['product', (i) => i.productId],
    ['team', teamOf],
  ];
  for (const [mode, key] of candidates) {
    const values = new Set<string>();
    let covered = 0;
    for (const i of items) {
      const v = key(i);
      if (v !== undefined) {
        covered++;
        values.add(v);
      }
    }
    if (values.size >= 2 && covered >= items.length / 2 && !(columnOf && restatesColumns(items, key, columnOf))) return mode;
  }
  return 'none';
}

function restatesColumns(items: readonly Initiative[], key: (i: Initiative) => string | undefined, columnOf: (i: Initiative) => number): boolean {
  const laneColumn = new Map<string | undefined, number>();
  const columnLane = new Map<number, string | undefined>();
  for (const i of items) {
    const k = key(i);
    const c = columnOf(i);
    if ((laneColumn.has(k) && laneColumn.get(k) !== c) || (columnLane.has(c) && columnLane.get(c) !== k)) return false;
    laneColumn.set(k, c);
    columnLane.set(c, k);
  }
  return true;
}

/** Lanes for `mode`, in display order, each with its initiatives in input order. */
export function groupInitiatives(roadmap: Roadmap, items: readonly Initiative[], mode: Exclude<GroupBy, 'auto'>): LaneGroup[] {
  return groupItems(roadmap, items, (i) => i, mode);
}

/** `groupInitiatives` for anything that carries an initiative (the layout's placed bars). */
export function groupItems<T>(roadmap: Roadmap, items: readonly T[], initiativeOf: (item: T) => Initiative, mode: Exclude<GroupBy, 'auto'>): LaneGroup<T>[] {
  if (mode === 'none') return [{ id: 'lane:all', label: 'All initiatives', order: 0, items: [...items] }];
  const lanes = new Map<string, LaneGroup<T>>();
  const named = <T extends { id: string }>(list: readonly T[], label: (x: T) => string, order: (x: T, i: number) => number) => {
    const map = new Map<string, { label: string; order: number }>();
    list.forEach((x, i) => map.set(x.id, { label: label(x), order: order(x, i) }));
    return map;
  };
  let lookup: Map<string, { label: string; order: number }>;
  let keyOf: (i: Initiative) => string | undefined;
  switch (mode) {
    case 'theme':
      lookup = named(roadmap.themes, (t) => t.name, (t, i) => t.ordinal ?? i);
      keyOf = (i) => i.themeIds?.[0];
      break;
    case 'team':
      lookup = named(roadmap.teams, (t) => t.name, (_t, i) => i);
      keyOf = teamOf;
      break;
    case 'product':
      lookup = named(roadmap.products, (p) => p.name, (_p, i) => i);
      keyOf = (i) => i.productId;
      break;
    case 'period':
      lookup = named(roadmap.periods, (p) => p.label, (p, i) => (p.order || 0) * 10_000 + i);
      keyOf = (i) => i.schedule?.periodIds?.[0];
      break;
    case 'status':
      lookup = new Map(STATUS_VALUES.map((s, i) => [s, { label: STATUS_LABELS[s], order: i }]));
      keyOf = (i) => i.status ?? 'unknown';
      break;
    case 'priority': {
      lookup = new Map();
      for (const item of items) {
        const i = initiativeOf(item);
        if (i.priority) lookup.set(i.priority.key, { label: i.priority.label ? `${i.priority.key} · ${i.priority.label}` : i.priority.key, order: i.priority.rank });
      }
      keyOf = (i) => i.priority?.key;
      break;
    }
  }
  // The lane of each key value, found once per value.
  const laneOfKey = new Map<string | undefined, LaneGroup<T>>();
  for (const item of items) {
    const key = keyOf(initiativeOf(item));
    let lane = laneOfKey.get(key);
    if (!lane) {
      const known = key !== undefined ? lookup.get(key) : undefined;
      const id = known ? `${mode}:${key}` : `${mode}:__none`;
      lane = lanes.get(id);
      if (!lane) {
        lane = known ? { id, label: known.label, order: known.order, items: [] } : { id, label: NONE_LABEL[mode], order: Number.MAX_SAFE_INTEGER, items: [] };
        lanes.set(id, lane);
      }
      laneOfKey.set(key, lane);
    }
    lane.items.push(item);
  }
  return [...lanes.values()].sort((a, b) => a.order - b.order);
}

/** What packing needs of a bar: where it starts and where its footprint (bar + label) ends. */
export interface Packable {
  x0: number;
  /** End of the bar, or of the label drawn beside it, whichever is later. */
  reach: number;
}

/**
 * Greedy first-fit interval packing: items sorted by start go to the first row whose last
 * footprint ends before them (with `gap`). Returns the row of each item (same order as input)
 * and the row count. O(n log n): the lowest free row is found in a min-tree of row ends.
 */
export function packRows(items: readonly Packable[], gap: number): { rows: number[]; count: number } {
  const { rows, count } = packRowsInOrder(items, gap);
  return { rows, count };
}

/** `packRows`, plus the order in which items were placed (by start, then end). */
export function packRowsInOrder(items: readonly Packable[], gap: number): { rows: number[]; count: number; order: number[] } {
  const n = items.length;
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => items[a]!.x0 - items[b]!.x0 || items[a]!.reach - items[b]!.reach);
  // tree[1] is the smallest row end; leaves (from `size`) are the rows; unused rows hold Infinity.
  let size = 16;
  let tree = new Float64Array(2 * size).fill(Infinity);
  let count = 0;
  const setEnd = (row: number, end: number) => {
    let i = row + size;
    tree[i] = end === end ? end : Infinity; // a NaN end never frees its row
    for (i >>= 1; i >= 1; i >>= 1) tree[i] = Math.min(tree[2 * i]!, tree[2 * i + 1]!);
  };
  const rows = new Array<number>(n);
  for (const i of order) {
    const it = items[i]!;
    let row: number;
    if (tree[1]! + gap <= it.x0) {
      let node = 1;
      while (node < size) node = tree[2 * node]! + gap <= it.x0 ? 2 * node : 2 * node + 1;
      row = node - size;
    } else {
      row = count++;
      if (row === size) {
        const old = tree;
        size *= 2;
        tree = new Float64Array(2 * size).fill(Infinity);
        tree.set(old.subarray(old.length / 2), size);
        for (let j = size - 1; j >= 1; j--) tree[j] = Math.min(tree[2 * j]!, tree[2 * j + 1]!);
      }
    }
    setEnd(row, it.reach);
    rows[i] = row;
  }
  return { rows, count, order };
}

/** Break `text` into lines no wider than `width` (words longer than a line are cut with "…"). */
export function wrapText(text: string, width: number, measure: (s: string) => number, maxLines = 4): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (!line || measure(next) <= width) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  const fitted = lines.map((l) => (measure(l) > width ? truncateText(l, width, measure) : l));
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  kept[maxLines - 1] = truncateText(`${kept[maxLines - 1]!} ${fitted.slice(maxLines).join(' ')}`, width, measure);
  return kept;
}

/** The longest prefix of `text` that fits `width` with an ellipsis; "" when not even "…" fits. */
export function truncateText(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  if (measure('…') > width) return '';
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '…' : `${text.slice(0, lo).trimEnd()}…`;
}
