// Deterministic benchmark data: N initiatives over two years (2026-01-01 → 2028-01-01) in ten
// lanes, each 2–16 weeks long, ~10 % with one finish-to-start dependency, 5 % as many milestones.
// `generateDataset` is the neutral form every adapter maps from; `toRoadmap` is our model.

const START = Date.UTC(2026, 0, 1);
const SPAN_DAYS = 730;
const DAY = 86_400_000;
const STATUSES = ['planned', 'in-progress', 'done', 'at-risk', 'blocked', 'on-hold'];
const WORDS = ['Billing', 'Search', 'Onboarding', 'Sync', 'Payments', 'Audit', 'Mobile', 'Reports', 'Alerts', 'Export',
  'Identity', 'Cache', 'Gateway', 'Pipeline', 'Insights', 'Storage', 'Routing', 'Checkout', 'Ledger', 'Console'];
const VERBS = ['revamp', 'v2', 'migration', 'hardening', 'rollout', 'redesign', 'API', 'scale-out', 'cleanup', 'beta'];

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** @returns {{tasks: {id:string,name:string,start:string,end:string,group:number,progress:number,status:string,deps:string[]}[], groups: {id:number,name:string}[], milestones: {id:string,name:string,date:string}[]}} */
export function generateDataset(n, seed = 42) {
  const r = rng(seed + n);
  const groups = Array.from({ length: 10 }, (_, i) => ({ id: i, name: `Lane ${i + 1}: ${WORDS[i * 2]} & ${WORDS[i * 2 + 1]}` }));
  const tasks = [];
  for (let i = 0; i < n; i++) {
    const weeks = 2 + Math.floor(r() * 15);
    const startDay = Math.floor(r() * (SPAN_DAYS - weeks * 7));
    const start = START + startDay * DAY;
    const end = start + (weeks * 7 - 1) * DAY;
    tasks.push({
      id: `t${i}`,
      name: `${WORDS[Math.floor(r() * WORDS.length)]} ${VERBS[Math.floor(r() * VERBS.length)]} ${i}`,
      start: iso(start),
      end: iso(end),
      group: i % 10,
      progress: Math.round(r() * 100) / 100,
      status: STATUSES[Math.floor(r() * STATUSES.length)],
      deps: [],
    });
  }
  // ~10 %: one dependency on an earlier task of the same lane.
  for (let i = 10; i < n; i++) {
    if (r() < 0.1) tasks[i].deps.push(`t${i - 10 * (1 + Math.floor(r() * Math.min(5, Math.floor(i / 10))))}`);
  }
  const milestones = Array.from({ length: Math.max(1, Math.round(n * 0.05)) }, (_, i) => ({
    id: `m${i}`,
    name: `Release ${i + 1}.0`,
    date: iso(START + Math.floor(r() * SPAN_DAYS) * DAY),
  }));
  return { tasks, groups, milestones };
}

const spec = (date) => ({ raw: date, kind: 'absolute', precision: 'day', start: date, end: date });

/** The dataset as a roadmap-elements model document. */
export function toRoadmap(data, title = `Generated roadmap (${data.tasks.length} initiatives)`) {
  return {
    schemaVersion: '1.0',
    meta: { title, asOf: spec('2026-09-15') },
    themes: data.groups.map((g) => ({ id: `lane-${g.id}`, name: g.name, ordinal: g.id })),
    initiatives: data.tasks.map((t) => ({
      id: t.id,
      title: t.name,
      status: t.status,
      themeIds: [`lane-${t.group}`],
      progress: { value: t.progress, source: 'manual' },
      schedule: { start: spec(t.start), end: spec(t.end) },
    })),
    milestones: data.milestones.map((m) => ({ id: m.id, title: m.name, kind: 'release', date: spec(m.date) })),
    dependencies: data.tasks.flatMap((t) => t.deps.map((d) => ({ id: `d-${t.id}-${d}`, from: { id: t.id, text: t.id, resolution: 'exact' }, to: { id: d, text: d, resolution: 'exact' }, type: 'requires' }))),
  };
}
