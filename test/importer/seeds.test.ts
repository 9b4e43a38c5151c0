import { expect } from '@open-wc/testing';
import { parseRoadmapMarkdown } from '../../src/importer/index.js';
import type { Roadmap } from '../../src/model/schema.js';
import { validateRoadmap } from '../../src/model/validate.js';

const SEEDS = ['000', '001', '002', '003', '004'];
const text = async (path: string) => (await fetch(path)).text();
const seeds = new Map<string, { md: string; json: Roadmap & { diagnostics: unknown[] }; result: ReturnType<typeof parseRoadmapMarkdown> }>();

before(async () => {
  for (const n of SEEDS) {
    const md = await text(`/test/fixtures/seeds/${n}.md`);
    const json = JSON.parse(await text(`/test/fixtures/seeds/${n}.json`));
    seeds.set(n, { md, json, result: parseRoadmapMarkdown(md, { file: `${n}.md` }) });
  }
});
const seed = (n: string) => seeds.get(n)!.result.roadmap;
const diag = (n: string, code: string) => seeds.get(n)!.result.diagnostics.filter((d) => d.code === code);

describe('importer: the five seed roadmaps', () => {
  for (const n of SEEDS) {
    it(`seed ${n}: re-importing ${n}.md gives exactly the committed ${n}.json (run scripts/write-fixtures.mjs after importer changes)`, () => {
      const { result, json } = seeds.get(n)!;
      expect({ ...result.roadmap, diagnostics: result.diagnostics }).to.deep.equal(json);
    });
    it(`seed ${n}: 100% line coverage, and a schema-valid model with no error diagnostics`, () => {
      const { result } = seeds.get(n)!;
      const c = result.coverage;
      expect(c.unaccounted).to.deep.equal([]);
      expect(c.ratio).to.equal(1);
      expect(c.blank + c.mapped + c.preserved + c.structural).to.equal(c.lines);
      const checked = validateRoadmap(result.roadmap);
      expect(checked.diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
      expect(checked.roadmap).to.deep.equal(result.roadmap);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
    });
  }

  it('000: products, keyed initiatives with owners, teams and month targets', () => {
    const r = seed('000');
    expect(r.products.map((p) => p.name)).to.deep.equal(['NexusDB', 'GraphSync', 'QueryStudio']);
    expect(r.initiatives.map((i) => i.key)).to.deep.equal(['NEXUS-2000', 'NEXUS-2001', 'GSYNC-500', 'GSYNC-501', 'QS-300']);
    const n2000 = r.initiatives.find((i) => i.key === 'NEXUS-2000')!;
    expect(n2000.id).to.equal('nexus-2000');
    expect(n2000.productId).to.equal('nexusdb');
    expect(n2000.owner).to.deep.equal({ text: 'Emily Watson', personId: 'emily-watson', teamId: 'platform' });
    expect(n2000.schedule?.target).to.include({ raw: 'December 2024', precision: 'month', start: '2024-12-01', end: '2024-12-31' });
    expect(n2000.source).to.include({ line: 15, endLine: 22 });
    expect(n2000.checklist!.map((c) => c.text)).to.deep.equal(['New query planner with cost-based optimization', 'Improved index selection algorithm']);
    expect(n2000.notes![0]).to.include({ kind: 'expected', text: '2x improvement in complex query latency' });
    expect(r.teams.find((t) => t.id === 'platform')).to.include({ name: 'Platform' });
    expect(r.teams.find((t) => t.id === 'platform')!.lead).to.deep.equal({ text: 'Emily Watson', personId: 'emily-watson' });
  });

  it('000: metadata, goals, allocations, risks linked to what they threaten, external references', () => {
    const r = seed('000');
    expect(r.meta.title).to.equal('Q4 2024 Product Roadmap');
    expect(r.meta.authors).to.deep.equal([{ text: 'Lisa Park', personId: 'lisa-park', role: 'VP Product' }]);
    expect(r.meta.approvals!.map((a) => [a.party.text, a.party.role, a.status])).to.deep.equal([['Sarah Chen', 'CEO', 'approved'], ['Marcus Williams', 'CTO', 'approved']]);
    expect(r.meta.date).to.include({ start: '2024-10-01', precision: 'day' });
    expect(r.goals.map((g) => [g.kind, g.ordinal])).to.deep.equal([['strategic', 1], ['strategic', 2], ['strategic', 3]]);
    const platform = r.allocations.find((a) => a.teamId === 'platform')!;
    expect(platform).to.include({ kind: 'focus', periodId: 'q4-2024' });
    expect(platform.focus!.map((f) => [f.id, f.resolution])).to.deep.equal([['nexus-2000', 'key'], ['nexus-2001', 'key']]);
    const security = r.allocations.find((a) => a.teamId === 'security')!;
    expect(security.focus!.map((f) => f.resolution)).to.deep.equal(['unresolved', 'external']);
    const [sr, nexus, person] = r.risks;
    expect(sr!.affects!.map((a) => a.id)).to.deep.equal(['qs-300']);
    expect(sr!.refs!.map((a) => a.id)).to.deep.equal(['sr-2024-001']);
    expect(sr).to.include({ cause: 'security review not approved', effect: 'QS-300 slips' });
    expect(nexus!.affects!.map((a) => a.id)).to.deep.equal(['nexus-2000']);
    expect(nexus!.refs!.map((a) => a.id)).to.deep.equal(['nexus-1542']);
    expect(person!.refs!.map((a) => a.id)).to.deep.equal(['emily-watson']);
    expect(person!.proximity).to.include({ start: '2024-11-01', end: '2024-11-30' });
    expect(r.externalRefs.map((e) => [e.key, e.kind])).to.deep.include.members([['SR-2024-001', 'security-review'], ['INC-2024-003', 'incident'], ['NEXUS-1542', 'issue']]);
    expect(r.externalRefs.find((e) => e.key === 'SR-2024-001')).to.deep.include({ status: 'pending approval', party: { text: 'David Kim', personId: 'david-kim' } });
    expect(r.externalRefs.find((e) => e.kind === 'person-work')!.party!.personId).to.equal('nina-patel');
    expect(r.dependencies.map((d) => [d.from.id, d.to.id, d.type])).to.deep.equal([['nexus-2000', 'nina-patels-query-planner-v2-work', 'requires'], ['qs-300', 'sr-2024-001', 'approval']]);
    expect(r.people.map((p) => p.name)).to.include.members(['Daniel Kim', 'David Kim', 'Alex Chen', 'Sarah Chen']);
  });

  it('001: themes cleaned of damaged icons (reported), quarters with month ranges, sixteen initiatives', () => {
    const r = seed('001');
    expect(r.themes.map((t) => [t.ordinal, t.name, t.icon])).to.deep.equal([[1, 'Enterprise Scale', '🎯'], [2, 'Real-time Everything', undefined], [3, 'AI-Powered Insights', undefined], [4, 'Global Expansion', undefined]]);
    expect(diag('001', 'encoding.mojibake-unrecoverable').map((d) => d.source!.line)).to.deep.equal([12, 15, 18]);
    expect(r.periods.map((p) => [p.id, p.time.start, p.time.end])).to.deep.equal([['q1-2025', '2025-01-01', '2025-03-31'], ['q2-2025', '2025-04-01', '2025-06-30'], ['q3-2025', '2025-07-01', '2025-09-30'], ['q4-2025', '2025-10-01', '2025-12-31']]);
    const major = r.initiatives.filter((i) => i.kind === 'initiative');
    expect(major).to.have.length(16);
    expect(major.every((i) => i.objective && i.metricIds!.length >= 2 && i.category === 'Major Initiatives')).to.equal(true);
    const mobile = major.find((i) => i.title === 'Mobile Application MVP')!;
    expect(mobile.lists).to.deep.equal([{ id: 'mobile-application-mvp-platforms', label: 'Platforms', key: 'platforms', inline: true, items: [{ text: 'iOS' }, { text: 'Android' }], source: { line: 49, raw: '- **Platforms**: iOS and Android' } }]);
    const cdn = major.find((i) => i.title === 'Global CDN Deployment')!;
    expect(cdn.lists![0]!.items.map((x) => [x.text, x.qualifier])).to.deep.equal([['North America', 'existing'], ['Europe', 'Frankfurt, London'], ['Asia-Pacific', 'Singapore, Tokyo'], ['South America', 'São Paulo']]);
    expect(major.flatMap((i) => (i.lists ?? []).map((l) => l.label))).to.deep.equal(['Platforms', 'Integrations', 'Scope', 'Regions', 'Use Cases']);
    expect(r.initiatives.filter((i) => i.kind === 'bundle').map((i) => [i.title, i.schedule!.periodIds![0], i.checklist!.length])).to.deep.equal([['Technical Debt & Infrastructure', 'q1-2025', 4], ['Platform Improvements', 'q2-2025', 4], ['Security Enhancements', 'q3-2025', 4]]);
  });

  it('001: resources, budget shares, metric groups, risks with mitigations, cadences, metadata', () => {
    const r = seed('001');
    const headcount = r.allocations.filter((a) => a.kind === 'headcount');
    expect(headcount.map((a) => [a.periodId, a.quantity!.value, a.delta?.value, a.note])).to.deep.equal([['q1-2025', 25, undefined, 'current'], ['q2-2025', 35, 10, undefined], ['q3-2025', 45, 10, undefined], ['q4-2025', 55, 10, undefined]]);
    expect(r.allocations.filter((a) => a.kind === 'budget-share').map((a) => [a.category, a.quantity!.value])).to.deep.equal([['Engineering', 60], ['Infrastructure', 20], ['Security', 10], ['Innovation', 10]]);
    expect(r.metricGroups.map((g) => g.name)).to.deep.equal(['Year-End Goals', 'Success Metrics', 'Business Metrics', 'Technical Metrics', 'Team Metrics']);
    const revenue = r.metrics.find((m) => m.name === 'Revenue')!;
    expect(revenue.target).to.include({ value: 50_000_000, unit: 'USD', comparator: 'gte', direction: 'higher-is-better' });
    expect(revenue.sameAs).to.have.length(1);
    expect(r.metrics.find((m) => m.target?.mode === 'qualitative')!.raw).to.equal('Top quadrant in Gartner');
    expect(r.risks.map((x) => [x.category, x.title, x.mitigations!.length])).to.deep.equal([
      ['Technical', 'Scalability challenges', 1], ['Technical', 'Legacy system migration', 1], ['Technical', 'Security vulnerabilities', 1],
      ['Business', 'Competitor features', 1], ['Business', 'Market downturn', 1], ['Business', 'Talent shortage', 1],
    ]);
    expect(r.cadences.filter((c) => c.purpose === 'communication').map((c) => [c.audience, c.frequency, c.activity])).to.deep.equal([
      ['Internal', 'weekly', 'Engineering standups'], ['Internal', 'biweekly', 'Cross-team syncs'], ['Internal', 'monthly', 'All-hands updates'], ['Internal', 'quarterly', 'Board reviews'],
      ['External', 'monthly', 'Customer newsletters'], ['External', 'quarterly', 'Feature webinars'], ['External', 'semiannual', 'User conference'], ['External', 'continuous', 'Developer blog'],
    ]);
    expect(r.meta).to.include({ version: '1.0' });
    expect(r.meta.updated).to.include({ start: '2025-01-01', precision: 'month' });
    expect(r.meta.owners).to.deep.equal([{ text: 'Product Management Team', teamId: 'product-management' }]);
    expect(r.cadences.find((c) => c.purpose === 'review')).to.include({ frequency: 'monthly' });
    expect(r.statements.map((s) => s.kind)).to.deep.equal(['summary', 'conclusion']);
  });

  it('002: mission, current state, relative horizons that stay relative, every checklist item', () => {
    const r = seed('002');
    expect(r.statements.map((s) => s.kind)).to.deep.equal(['mission', 'current-state']);
    expect(r.milestones[0]).to.include({ title: 'MVP Complete', kind: 'state', status: 'done' });
    expect(r.periods.map((p) => [p.id, p.kind, p.icon, p.time.kind, p.time.offset, p.time.ordinal, p.time.start])).to.deep.equal([
      ['horizon-1', 'horizon', '🗺️', 'relative', { from: 0, to: 3, unit: 'month' }, 1, undefined],
      ['horizon-2', 'horizon', '🚀', 'relative', { from: 3, to: 6, unit: 'month' }, 2, undefined],
      ['horizon-3', 'horizon', '🏢', 'relative', { from: 6, to: 12, unit: 'month' }, 3, undefined],
    ]);
    expect(r.themes.map((t) => [t.name, t.periodIds])).to.deep.equal([['From Localhost to Cloud', ['horizon-1']], ['Less Staring, More Knowing', ['horizon-2']], ['Platform for Everyone', ['horizon-3']]]);
    expect(r.goals.map((g) => g.kind)).to.deep.equal(['period-goal', 'period-goal', 'period-goal']);
    expect(r.initiatives).to.have.length(9);
    const items = r.initiatives.flatMap((i) => i.checklist ?? []);
    expect(items).to.have.length(20);
    expect(items[0]).to.include({ title: 'Kubernetes Support', detail: 'Create Helm charts for Ingestion, Trino, and Cube.', done: false, status: 'planned' });
    expect(r.metrics).to.deep.equal([]);
    expect(diag('002', 'date.relative-unanchored')).to.have.length(3);
  });

  it('002: an as-of date anchors the horizons', () => {
    const r = parseRoadmapMarkdown(seeds.get('002')!.md, { asOf: '2025-01-15' }).roadmap;
    expect(r.meta.asOf).to.include({ start: '2025-01-15' });
    expect(r.periods.map((p) => [p.time.start, p.time.end])).to.deep.equal([['2025-01-15', '2025-04-14'], ['2025-04-15', '2025-07-14'], ['2025-07-15', '2026-01-14']]);
  });

  it('003: status groups, initiatives with goals, features, criteria, metrics, priorities resolved by name', () => {
    const r = seed('003');
    const foundation = r.initiatives.find((i) => i.kind === 'synthetic')!;
    expect(foundation).to.include({ title: 'Foundation (MVP)', status: 'in-progress' });
    expect(foundation.progress).to.deep.equal({ value: 0.4, source: 'checklist' });
    expect(foundation.checklist!.map((c) => `${c.group}:${c.status}:${c.done}`)).to.deep.equal([
      ...Array(4).fill('Completed:done:true'), ...Array(3).fill('In Progress:in-progress:false'), ...Array(3).fill('Planned:planned:false'),
    ]);
    const provisioning = r.initiatives.find((i) => i.title === 'Fully Automated Provisioning')!;
    expect(provisioning.objective).to.equal('Create sharded database in < 2 minutes');
    expect(provisioning.acceptanceCriteria!.map((c) => c.text)).to.include('Connection string available within 2 minutes');
    const goalMetric = r.metrics.find((m) => m.id === provisioning.metricIds![0])!;
    expect(goalMetric.target).to.include({ comparator: 'lt', value: 2, unit: 'min' });
    expect(r.priorityScheme!.levels.map((l) => [l.key, l.label, l.meaning])).to.deep.equal([['P0', 'Must Have', 'Blocking Launch'], ['P1', 'Should Have', 'Core Value'], ['P2', 'Nice to Have', 'Differentiation']]);
    const res = r.priorityScheme!.assignments!.map((a) => a.ref.resolution);
    expect(res).to.deep.equal(['exact', 'exact', 'exact', 'exact', 'exact', 'exact', 'fuzzy', 'exact', 'exact', 'exact', 'exact', 'ambiguous']);
    expect(r.priorityScheme!.assignments![0]!.ref).to.include({ targetType: 'checklist-item' });
    expect(foundation.checklist!.find((c) => c.text === 'One-click database creation')!.priority).to.include({ key: 'P0' });
    expect(r.initiatives.find((i) => i.title === 'SDKs & Libraries')!.priority).to.include({ key: 'P1', basis: 'framework' });
    expect(diag('003', 'ref.ambiguous')[0]!.source!.line).to.equal(323);
    expect(r.initiatives.filter((i) => i.kind === 'bundle').map((i) => [i.title, i.schedule])).to.deep.equal([['Infrastructure', undefined], ['Performance', undefined], ['Reliability', undefined]]);
    const acquisition = r.metrics.find((m) => m.name === 'Customer Acquisition')!;
    expect(acquisition.target!.by!.candidates).to.have.length(2);
    expect(diag('003', 'date.year-ambiguous')).to.have.length(1);
    expect(r.statements.map((s) => s.kind)).to.deep.equal(['focus', 'principle', 'vision']);
    expect(r.goals.map((g) => g.statement)).to.deep.equal(['Make sharding as easy as using PlanetScale']);
  });

  it('004: objectives, the (Sep) focus, releases (one named twice, two in one bullet), sentence dependencies, priorities, cadence', () => {
    const r = seed('004');
    expect(r.meta.updated).to.include({ start: '2025-09-12' });
    expect(r.goals).to.have.length(3);
    const throughput = r.metrics.find((m) => m.scope?.goalId === r.goals[1]!.id)!;
    expect(throughput.target).to.deep.include({ value: 1000, unit: 'jobs/min', unitKind: 'rate', per: { value: 4, unit: 'vCPU node' }, statistic: 'sustained', direction: 'higher-is-better' });
    expect(r.periods[0]!.time.focus).to.deep.equal({ raw: 'Sep', start: '2025-09-01', end: '2025-09-30', precision: 'month' });
    expect(r.milestones.map((m) => [m.id, m.version, m.stage, m.date.start, m.periodId])).to.deep.equal([
      ['v0-4-0', '0.4.0', 'alpha', '2025-09-26', 'q3-2025'], ['v0-9-0', '0.9.0', 'rc', '2025-10-24', 'q4-2025'], ['v1-0-0', '1.0.0', 'ga', '2025-11-07', 'q4-2025'],
    ]);
    expect(r.milestones[2]!.source!.alsoAt).to.deep.equal([{ line: 19 }]);
    expect(r.goals[0]!.milestoneIds).to.deep.equal(['v1-0-0']);
    const helm = r.initiatives.find((i) => i.title === 'Helm chart and Docker Compose examples')!;
    expect(helm.tags).to.deep.equal(['Post-1.0']);
    expect(helm.schedule!.target).to.include({ start: '2025-12-01', end: '2025-12-31' });
    expect(helm.schedule!.start!.anchor).to.deep.equal({ entityId: 'v1-0-0', edge: 'end', basis: 'entity' });
    expect(r.dependencies.map((d) => [d.from.resolution, d.to.resolution])).to.deep.equal([['fuzzy', 'unresolved'], ['fuzzy', 'unresolved'], ['unresolved', 'unresolved'], ['fuzzy', 'fuzzy'], ['fuzzy', 'unresolved']]);
    expect(r.dependencies.every((d) => d.raw && d.source)).to.equal(true);
    expect(r.themes.map((t) => t.priority!.key)).to.deep.equal(['P0', 'P0', 'P1', 'P1', 'P2']);
    expect(r.cadences.map((c) => [c.frequency, c.rule])).to.deep.equal([['monthly', 'first business day of each month'], ['biweekly', 'adjust scope based on findings']]);
    expect(r.sections.find((s) => s.role === 'toc')).to.include({ hidden: true });
  });
});
