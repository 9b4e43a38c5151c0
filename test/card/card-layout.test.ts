import { expect } from '@open-wc/testing';
import { describeInitiative, formatDate, formatDateRange, initiativeForSelection, knownInitiatives, progressRing } from '../../src/layout/card.js';
import type { Roadmap } from '../../src/model/schema.js';
import { validateRoadmap } from '../../src/model/validate.js';

let roadmap: Roadmap;

before(async () => {
  const input = await (await fetch('/test/fixtures/card/rich.json')).json();
  const result = validateRoadmap(input);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
  roadmap = result.roadmap!;
});

describe('formatDate / formatDateRange', () => {
  it('formats calendar dates in UTC whatever the local zone (tests run in Los Angeles)', () => {
    expect(formatDate('2024-10-01', 'en-GB')).to.equal('1 Oct 2024');
    expect(formatDate('2025-01-01', 'en-US')).to.equal('Jan 1, 2025');
    expect(formatDateRange('2024-10-01', '2024-12-31', 'en-GB')).to.equal('1 Oct – 31 Dec 2024');
    expect(formatDateRange('2024-12-31', '2024-12-31', 'en-GB')).to.equal('31 Dec 2024');
    expect(formatDate('not a date')).to.equal('not a date');
  });
});

describe('describeInitiative', () => {
  it('NEXUS-2000: header, schedule as written and resolved, owner and team', () => {
    const c = describeInitiative(roadmap, 'nexus-2000', { locale: 'en-GB' })!;
    expect(c).to.include({ id: 'nexus-2000', key: 'NEXUS-2000', title: 'Query Performance 2.0', status: 'in-progress', statusLabel: 'In Progress', product: 'NexusDB' });
    expect(c.health).to.deep.equal({ value: 'at-risk', label: 'At risk', note: 'NEXUS-1542 still open' });
    expect(c.priority).to.deep.equal({ key: 'P0', rank: 0, label: 'Must Have' });
    expect(c.owner).to.deep.equal({ text: 'Emily Watson' });
    expect(c.teams).to.deep.equal(['Platform Team']);
    expect(c.goals.map((g) => g.text)).to.deep.equal(['Improve NexusDB performance by 2x for enterprise customers']);
    expect(c.schedule.written).to.deep.equal([
      { label: 'Period', text: 'Q4 2024' },
      { label: 'Target', text: 'December 2024' },
    ]);
    expect(c.schedule.resolvedText).to.equal('1 Oct – 31 Dec 2024 (start not stated)');
    expect(c.schedule.asOf).to.deep.include({ date: '2024-10-01', basis: 'meta.date' });
    expect(c.schedule.overdue).to.equal(false);
    expect(c.schedule.dueText).to.equal('Due in 3 months');
    expect(c.source).to.deep.equal({ file: 'card-fixture.md', line: 15, endLine: 22, text: 'card-fixture.md, lines 15–22' });
  });

  it('a target without a start resolves from the period start, and says the start is not stated', () => {
    const c = describeInitiative(roadmap, 'qs-300', { locale: 'en-GB' })!;
    expect(c.schedule.written).to.deep.equal([{ label: 'Target', text: 'November 2024' }]);
    expect(c.schedule.resolvedText).to.equal('1 Oct – 30 Nov 2024 (start not stated)');
  });

  it('overdue is the resolved end before as-of, unless done or cancelled', () => {
    const late = describeInitiative(roadmap, 'nexus-2000', { asOf: '2025-01-15' })!;
    expect(late.schedule.overdue).to.equal(true);
    expect(late.schedule.days).to.equal(15);
    expect(late.schedule.dueText).to.equal('Overdue by 2 weeks');
    expect(late.schedule.asOf).to.deep.include({ date: '2025-01-15', basis: 'caller' });
    const done = { ...roadmap, initiatives: roadmap.initiatives.map((i) => (i.id === 'nexus-2000' ? { ...i, status: 'done' as const } : i)) };
    expect(describeInitiative(done, 'nexus-2000', { asOf: '2025-01-15' })!.schedule.overdue).to.equal(false);
    const onDay = describeInitiative(roadmap, 'nexus-2000', { asOf: '2024-12-31' })!;
    expect(onDay.schedule).to.include({ overdue: false, dueText: 'Due today' });
  });

  it('relative horizons stay undated without an anchor and resolve with one', () => {
    const undated = { ...roadmap, meta: { title: 'no date' } } as Roadmap;
    expect(describeInitiative(undated, 'cloud-native-infrastructure')!.schedule).to.include({ resolvedText: 'Next 3 Months (relative; no date to count from)', overdue: false });
    const anchored = describeInitiative(undated, 'cloud-native-infrastructure', { asOf: '2025-02-10', locale: 'en-GB' })!;
    expect(anchored.schedule.resolvedText).to.match(/^10 Feb – \d+ May 2025/);
    expect(anchored.schedule.written).to.deep.equal([{ label: 'Period', text: 'Horizon 1: Production Readiness (Next 3 Months)' }]);
  });

  it('progress from the checklist, with a ring dashed to the value; plain bullets are not tracked', () => {
    const af = describeInitiative(roadmap, 'automatic-failover', { locale: 'en' })!;
    expect(af.progress).to.include({ done: 2, total: 5, value: 0.4, source: 'checklist', text: '2 of 5 done (40%)' });
    expect(af.progress.ring).to.deep.equal(progressRing(0.4));
    const nexus = describeInitiative(roadmap, 'nexus-2000')!;
    expect(nexus.progress).to.include({ done: 0, total: 0, source: 'none', text: 'Not tracked (2 items, no checkboxes)' });
    expect(nexus.progress.value).to.equal(undefined);
    expect(nexus.checklist[0]!.items.map((i) => i.state)).to.deep.equal(['plain', 'plain']);
  });

  it('progressRing: circumference and a stroke-dasharray filled to the value, nothing for 0, clamped', () => {
    expect(progressRing(0.4, 10, 4)).to.deep.equal({ radius: 10, thickness: 4, circumference: 62.83, dashArray: '25.13 62.83' });
    expect(progressRing(1, 10, 4).dashArray).to.equal('62.83 62.83');
    expect(progressRing(0, 10, 4).dashArray).to.equal('');
    expect(progressRing(undefined).dashArray).to.equal('');
    expect(progressRing(7, 10, 4).dashArray).to.equal('62.83 62.83');
    expect(progressRing(-1, 10, 4).dashArray).to.equal('');
  });

  it('checklist, acceptance criteria with parsed targets, priority', () => {
    const c = describeInitiative(roadmap, 'automatic-failover', { locale: 'en' })!;
    expect(c.checklist).to.have.length(1);
    expect(c.checklist[0]!.items.map((i) => i.state)).to.deep.equal(['done', 'done', 'open', 'open', 'open']);
    expect(c.criteria).to.deep.equal([
      { id: 'af-a1', text: 'Failover completes in < 30 seconds', met: null, target: '< 30 s' },
      { id: 'af-a2', text: 'Zero data loss', met: true },
      { id: 'af-a3', text: 'Zero manual steps', met: false },
      { id: 'af-a4', text: 'Automatic rollback if promotion fails' },
    ]);
    expect(c.objective).to.equal('99.95% uptime with zero manual intervention');
    expect(c.category).to.equal('Core Features');
    expect(c.schedule.overdue).to.equal(true);
  });

  it('metrics with target chips, labelled lists with qualifiers, themes', () => {
    const c = describeInitiative(roadmap, 'multi-tenant-architecture', { locale: 'en' })!;
    expect(c.metrics.map((m) => [m.id, m.name, m.targets.map((t) => t.text)])).to.deep.equal([
      ['mta-isolation', 'Tenant isolation', ['≥ 99.99%']],
      ['mta-switching', 'Tenant switching', ['< 100 ms']],
    ]);
    expect(c.metrics[1]!.targets[0]).to.deep.include({ raw: '< 100ms tenant switching', direction: 'lower is better' });
    expect(c.lists).to.deep.equal([
      { id: 'mta-regions', label: 'Regions', items: [{ text: 'North America', qualifier: 'existing' }, { text: 'Europe', qualifier: 'Frankfurt, London' }, { text: 'Asia Pacific', qualifier: 'Singapore, Tokyo' }] },
    ]);
    expect(c.themes).to.deep.equal([{ id: 'enterprise-scale', name: 'Enterprise Scale', icon: '🎯' }]);
  });

  it('dependencies: unresolved as text, resolved ones select the other initiative, both directions', () => {
    const c = describeInitiative(roadmap, 'nexus-2000')!;
    expect(c.dependencies.map((d) => [d.id, d.relation, d.direction, d.other.text, d.other.select ?? null])).to.deep.equal([
      ['dep-nexus-planner', 'Needs', 'outgoing', "Nina Patel's query planner v2 work", null],
      ['dep-tracing', 'Needed by', 'incoming', 'Tracing propagation from Job TraceID/SpanID', { kind: 'initiative', id: 'tracing-propagation' }],
    ]);
    const tracing = describeInitiative(roadmap, 'tracing-propagation')!;
    expect(tracing.dependencies[0]!.other).to.deep.include({ text: 'Query Performance 2.0', key: 'NEXUS-2000', select: { kind: 'initiative', id: 'nexus-2000' } });
    expect(tracing.milestones).to.deep.equal([{ id: 'v0-4-0', title: 'Alpha release v0.4.0', date: '26 Nov 2024' }]);
  });

  it('risks that threaten it, fields and external references', () => {
    const nexus = describeInitiative(roadmap, 'nexus-2000')!;
    expect(nexus.risks.map((r) => r.title)).to.deep.equal(['NEXUS-1542 not fixed', 'Key person risk']);
    expect(nexus.risks[1]!.mitigations).to.deep.equal(['Pair a second engineer on the planner']);
    expect(nexus.notes).to.deep.equal([{ kind: 'expected', label: 'Expected', text: '2x improvement in complex query latency' }]);
    const qs = describeInitiative(roadmap, 'qs-300')!;
    expect(qs.fields).to.deep.equal([{ label: 'Security Review', value: 'SR-2024-001 (pending approval from David Kim)' }]);
    // SR-2024-001 is the other end of its approval dependency, so it is not listed twice.
    expect(qs.externalRefs).to.deep.equal([]);
    expect(qs.dependencies[0]).to.deep.include({ relation: 'Needs approval', type: 'approval' });
    expect(qs.dependencies[0]!.other).to.deep.include({ key: 'SR-2024-001', resolution: 'external', note: 'pending approval, David Kim' });
    expect(qs.dependencies[0]!.other.select).to.equal(undefined);
    expect(qs.risks.map((r) => r.id)).to.deep.equal(['risk-sr-delay']);
  });

  it('external references: listed unless a dependency shows them; the kind only when the title does not say it', () => {
    const noDeps = { ...roadmap, dependencies: [] } as Roadmap;
    expect(describeInitiative(noDeps, 'qs-300')!.externalRefs).to.deep.equal([
      { id: 'sr-2024-001', key: 'SR-2024-001', status: 'pending approval', kind: 'security-review', party: 'David Kim' },
    ]);
    const titled = { ...noDeps, externalRefs: noDeps.externalRefs.map((e) => ({ ...e, title: 'Security Review' })) } as Roadmap;
    expect(describeInitiative(titled, 'qs-300')!.externalRefs).to.deep.equal([
      { id: 'sr-2024-001', key: 'SR-2024-001', title: 'Security Review', status: 'pending approval', party: 'David Kim' },
    ]);
  });

  it('priority: its meaning from the priority scheme of the roadmap', () => {
    const withScheme = {
      ...roadmap,
      priorityScheme: { id: 'ps', levels: [{ key: 'P0', rank: 0, label: 'Must Have', meaning: 'Blocking Launch' }] },
    } as Roadmap;
    expect(describeInitiative(withScheme, 'automatic-failover')!.priority).to.deep.equal({ key: 'P0', rank: 0, label: 'Must Have', meaning: 'Blocking Launch' });
  });

  it('schedule as written: the milestone a relative start counts from, and the year it took for "Dec"', () => {
    const doc = validateRoadmap({
      schemaVersion: '1.0',
      meta: { title: 'Queue', updated: '2025-09-12' },
      periods: [{ id: 'q4', label: 'Q4 2025 (Oct–Dec)', kind: 'quarter', time: 'Q4 2025' }],
      milestones: [{ id: 'ga', title: 'GA v1.0.0', date: '2025-11-07' }],
      initiatives: [
        {
          id: 'helm',
          title: 'Helm chart',
          source: { line: 39, raw: '- Post-1.0: Helm chart and Docker Compose examples (Dec)' },
          schedule: {
            periodIds: ['q4'],
            start: { raw: 'Post-1.0', kind: 'relative', precision: 'day', start: '2025-11-07', anchor: { entityId: 'ga', edge: 'end', basis: 'entity' } },
            target: { raw: 'Dec', kind: 'absolute', precision: 'month', start: '2025-12-01', end: '2025-12-31', inferred: ['year'] },
          },
        },
      ],
    }).roadmap!;
    const c = describeInitiative(doc, 'helm', { locale: 'en-GB' })!;
    expect(c.schedule.written).to.deep.equal([
      { label: 'Period', text: 'Q4 2025 (Oct–Dec)' },
      { label: 'Start', text: 'Post-1.0', anchor: { id: 'ga', title: 'GA v1.0.0', date: '7 Nov 2025' } },
      { label: 'Target', text: 'Dec', note: 'taken as Dec 2025' },
    ]);
    expect(c.schedule.resolvedText).to.equal('7 Nov – 31 Dec 2025');
    expect(c.schedule.dueText).to.equal('Due in 4 months');
    expect(c.source).to.deep.equal({ line: 39, text: 'Line 39', raw: '- Post-1.0: Helm chart and Docker Compose examples (Dec)' });
  });

  it('acceptance criteria: a target chip only when it adds to the words', () => {
    const doc = {
      ...roadmap,
      initiatives: roadmap.initiatives.map((i) =>
        i.id === 'automatic-failover'
          ? { ...i, acceptanceCriteria: [{ id: 'z', text: 'Zero data loss', met: null, target: { raw: 'Zero data loss', mode: 'level' as const, comparator: 'lte' as const, value: 0, direction: 'lower-is-better' as const } }] }
          : i,
      ),
    } as Roadmap;
    expect(describeInitiative(doc, 'automatic-failover')!.criteria).to.deep.equal([{ id: 'z', text: 'Zero data loss', met: null }]);
  });

  it('undefined for an unknown id; known initiatives for the message', () => {
    expect(describeInitiative(roadmap, 'nope')).to.equal(undefined);
    const known = knownInitiatives(roadmap, 2);
    expect(known.shown).to.deep.equal([
      { id: 'nexus-2000', label: 'NEXUS-2000 Query Performance 2.0' },
      { id: 'qs-300', label: 'QS-300 Public Sharing Feature' },
    ]);
    expect(known.more).to.equal(roadmap.initiatives.length - 2);
  });
});

describe('initiativeForSelection', () => {
  it('follows initiatives, checklist items, and risks/metrics/milestones linked to exactly one initiative', () => {
    expect(initiativeForSelection(roadmap, { kind: 'initiative', id: 'qs-300' })).to.equal('qs-300');
    expect(initiativeForSelection(roadmap, { kind: 'initiative', id: 'missing' })).to.equal(undefined);
    expect(initiativeForSelection(roadmap, { kind: 'checklist-item', id: 'af-c3' })).to.equal('automatic-failover');
    expect(initiativeForSelection(roadmap, { kind: 'risk', id: 'risk-sr-delay' })).to.equal('qs-300');
    expect(initiativeForSelection(roadmap, { kind: 'metric', id: 'mta-switching' })).to.equal('multi-tenant-architecture');
    expect(initiativeForSelection(roadmap, { kind: 'milestone', id: 'v0-4-0' })).to.equal('tracing-propagation');
    expect(initiativeForSelection(roadmap, { kind: 'theme', id: 'enterprise-scale' })).to.equal(undefined);
    expect(initiativeForSelection(roadmap, undefined)).to.equal(undefined);
  });

  it('gives nothing for a risk that threatens several initiatives', () => {
    const shared = {
      ...roadmap,
      risks: [{ id: 'r', title: 'Shared', affects: [{ id: 'qs-300', text: 'a', resolution: 'exact' as const }, { id: 'nexus-2000', text: 'b', resolution: 'exact' as const }] }],
    } as Roadmap;
    expect(initiativeForSelection(shared, { kind: 'risk', id: 'r' })).to.equal(undefined);
  });
});
