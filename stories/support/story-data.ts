/**
 * Story-only helpers: deterministic generated roadmaps (dense and long-label cases) and a
 * `src` that never answers, for loading states. Nothing here is part of the library.
 */

/** A small deterministic PRNG (mulberry32), so a generated roadmap is the same on every load. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES = ['planned', 'in-progress', 'done', 'at-risk', 'blocked', 'on-hold'] as const;
const WORDS = ['Billing', 'Search', 'Onboarding', 'Audit log', 'SSO', 'Exports', 'Mobile', 'Webhooks', 'Quotas', 'Reports', 'Sync', 'Alerts'];
const VERBS = ['Rebuild', 'Launch', 'Harden', 'Migrate', 'Simplify', 'Localise', 'Scale', 'Instrument'];

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A roadmap of `count` dated initiatives spread over two years in 12 themes, with a dependency
 * from every tenth initiative on the one before it, and a milestone each quarter.
 */
export function denseRoadmap(count = 500, seed = 42) {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const origin = Date.UTC(2025, 0, 6);
  const day = 86_400_000;
  const themes = WORDS.map((w, i) => ({ id: `theme-${i + 1}`, name: w, ordinal: i + 1 }));
  const initiatives = Array.from({ length: count }, (_, i) => {
    const start = origin + Math.floor(rnd() * 640) * day;
    const length = (10 + Math.floor(rnd() * 110)) * day;
    return {
      id: `gen-${i + 1}`,
      key: `GEN-${i + 1}`,
      title: `${pick(VERBS)} ${pick(WORDS).toLowerCase()} ${i + 1}`,
      status: pick(STATUSES),
      themeIds: [pick(themes).id],
      schedule: { start: iso(new Date(start)), end: iso(new Date(start + length)) },
    };
  });
  const dependencies = initiatives
    .filter((_, i) => i > 0 && i % 10 === 0)
    .map((from, n) => {
      const to = initiatives[initiatives.indexOf(from) - 1]!;
      return { id: `dep-${n + 1}`, from: { id: from.id, text: from.title, resolution: 'exact' }, to: { id: to.id, text: to.title, resolution: 'exact' }, type: 'requires' };
    });
  const milestones = Array.from({ length: 8 }, (_, q) => ({
    id: `m-${q + 1}`,
    title: `Q${(q % 4) + 1} ${2025 + Math.floor(q / 4)} release`,
    kind: 'release',
    date: iso(new Date(Date.UTC(2025 + Math.floor(q / 4), (q % 4) * 3 + 2, 28))),
  }));
  return { schemaVersion: '1.0', meta: { title: `Generated roadmap (${count} initiatives)`, asOf: '2025-09-15' }, themes, initiatives, milestones, dependencies };
}

/** 5,000 characters of ordinary words. */
export const LONG_TITLE = (() => {
  const sentence = 'Consolidate the regional billing, invoicing and tax calculation services into one ledger-backed platform. ';
  return sentence.repeat(Math.ceil(5000 / sentence.length)).slice(0, 5000).trim();
})();

/** One unbroken 300-character word (no spaces, no hyphens), the way pasted identifiers arrive. */
export const UNBROKEN_TITLE = `Supercalifragilistic${'Expialidocious'.repeat(20)}`;

/** A 5,000-character word with no break opportunity at all. */
export const UNBROKEN_5000 = 'W'.repeat(5000);

/**
 * A `src` that never answers, so a view stays in its loading state. The Storybook server answers
 * every path at once (with the file or a 404), so this one path is held open in the preview
 * instead: `fetch` for it waits until the element aborts (or its own time limit does).
 */
export const PENDING_SRC = '/__story-pending__/roadmap.json';

const w = globalThis as typeof globalThis & { __roadmapPendingFetch?: boolean };
if (typeof window !== 'undefined' && !w.__roadmapPendingFetch) {
  w.__roadmapPendingFetch = true;
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes(PENDING_SRC)) return original(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
    });
  };
}

/** `count` risks rated on a 5×5 grid (inherent and, for most, residual), each threatening a generated initiative. */
export function denseRisks(count = 500, seed = 7) {
  const rnd = seeded(seed);
  const level = () => 1 + Math.floor(rnd() * 5);
  const base = denseRoadmap(50, seed);
  const risks = Array.from({ length: count }, (_, i) => {
    const target = base.initiatives[i % base.initiatives.length]!;
    const inherent = { likelihood: { level: level() }, impact: { level: level() } };
    const residual = {
      likelihood: { level: Math.max(1, inherent.likelihood.level - Math.floor(rnd() * 3)) },
      impact: { level: Math.max(1, inherent.impact.level - Math.floor(rnd() * 2)) },
    };
    return {
      id: `risk-${i + 1}`,
      key: `R${i + 1}`,
      title: `${WORDS[i % WORDS.length]} risk ${i + 1}`,
      category: i % 3 ? 'Technical' : 'Business',
      inherent,
      ...(rnd() < 0.8 ? { residual } : {}),
      affects: [{ id: target.id, targetType: 'initiative', text: target.key, resolution: 'key' }],
    };
  });
  return { ...base, meta: { title: `Generated register (${count} risks)`, asOf: '2025-09-15' }, risks };
}

/** `count` metrics with a numeric target, a current value and a short history, in 10 groups. */
export function denseMetrics(count = 500, seed = 9) {
  const rnd = seeded(seed);
  const metricGroups = Array.from({ length: 10 }, (_, g) => ({ id: `group-${g + 1}`, name: `${WORDS[g]} metrics` }));
  const metrics = Array.from({ length: count }, (_, i) => {
    const higher = rnd() < 0.6;
    const value = 10 + Math.floor(rnd() * 990);
    const current = Math.round(value * (0.5 + rnd() * 0.7));
    const history = Array.from({ length: 5 }, (_, h) => ({ value: Math.round(current * (0.7 + 0.06 * h)), at: `2025-0${h + 1}-28` }));
    const raw = `${higher ? '≥' : '≤'} ${value} ms`;
    return {
      id: `metric-${i + 1}`,
      name: `${WORDS[i % WORDS.length]} metric ${i + 1}`,
      raw,
      groupId: metricGroups[i % metricGroups.length]!.id,
      scope: { level: 'roadmap' },
      target: { raw, mode: 'level', comparator: higher ? 'gte' : 'lte', value, unit: 'ms', direction: higher ? 'higher-is-better' : 'lower-is-better' },
      current: { value: current, at: '2025-06-30' },
      history,
      direction: higher ? 'higher-is-better' : 'lower-is-better',
    };
  });
  return { schemaVersion: '1.0', meta: { title: `Generated scorecard (${count} metrics)`, asOf: '2025-06-30' }, metricGroups, metrics };
}

/** A roadmap whose titles are 5,000 characters of words, and 300 and 5,000 characters without a break. */
export function longLabelRoadmap() {
  const long = [LONG_TITLE, UNBROKEN_TITLE, UNBROKEN_5000];
  const initiatives = long.map((title, i) => ({
    id: `long-${i + 1}`,
    key: `LONG-${i + 1}`,
    title,
    status: (['in-progress', 'planned', 'at-risk'] as const)[i]!,
    owner: { text: i === 1 ? UNBROKEN_TITLE : 'Dana Ng' },
    schedule: { start: `2025-0${i * 2 + 1}-06`, end: `2025-0${i * 2 + 4}-27` },
  }));
  const risks = long.map((title, i) => ({
    id: `long-risk-${i + 1}`,
    key: `LR${i + 1}`,
    title,
    category: i ? UNBROKEN_TITLE : 'Technical',
    inherent: { likelihood: { level: 3 + (i % 2) }, impact: { level: 4 } },
    mitigations: [{ text: title, strategy: 'mitigate' }],
    affects: [{ id: `long-${i + 1}`, targetType: 'initiative', text: `LONG-${i + 1}`, resolution: 'key' }],
  }));
  const metrics = long.map((title, i) => ({
    id: `long-metric-${i + 1}`,
    name: title,
    raw: `${title}: ≥ 99%`,
    scope: { level: 'roadmap' },
    target: { raw: '≥ 99%', mode: 'level', comparator: 'gte', value: 99, unit: '%', direction: 'higher-is-better' },
    current: { value: 97 + i, at: '2025-06-30' },
    direction: 'higher-is-better',
  }));
  return { schemaVersion: '1.0', meta: { title: LONG_TITLE, asOf: '2025-05-15' }, initiatives, risks, metrics };
}
