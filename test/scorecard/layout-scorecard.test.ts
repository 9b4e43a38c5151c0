import { expect } from '@open-wc/testing';
import { layoutBullet, layoutScorecard, layoutSparkline, layoutTrend, type MetricTile } from '../../src/layout/scorecard.js';
import type { Roadmap } from '../../src/model/schema.js';
import { validateRoadmap } from '../../src/model/validate.js';

async function load(path: string): Promise<Roadmap> {
  const { roadmap } = validateRoadmap(await (await fetch(path)).json());
  if (!roadmap) throw new Error(`fixture ${path} is not a roadmap`);
  return roadmap;
}

const tileOf = (layout: ReturnType<typeof layoutScorecard>, id: string): MetricTile => {
  const tile = layout.sections.flatMap((s) => s.tiles).find((t) => t.id === id);
  if (!tile) throw new Error(`no tile ${id}`);
  return tile;
};

describe('layoutScorecard: targets only (seed 001 metrics)', () => {
  let seed: Roadmap;
  before(async () => {
    seed = await load('/test/fixtures/metrics/seed-001.json');
  });

  it('sections follow the metric groups, then the initiatives’ success metrics', () => {
    const layout = layoutScorecard(seed, { locale: 'en-US' });
    expect(layout.sections.map((s) => s.label)).to.deep.equal([
      'Year-End Goals',
      'Business Metrics',
      'Technical Metrics',
      'Team Metrics',
      'Initiative success metrics',
    ]);
    expect(layout.total).to.equal(48);
    expect(layout.count).to.equal(45); // three sameAs pairs shown once
    expect(layout.counts['no-data']).to.equal(45);
    expect(layout.withData).to.equal(0);
  });

  it('a sameAs duplicate is shown once, on the first, with a note naming the other', () => {
    const layout = layoutScorecard(seed, { locale: 'en-US' });
    const arr = tileOf(layout, 'ye-arr');
    expect(arr.duplicates).to.deep.equal([{ id: 'revenue', name: 'Revenue', group: 'Business Metrics' }]);
    expect(layout.sections.flatMap((s) => s.tiles).some((t) => t.id === 'revenue')).to.equal(false);
  });

  it('naming both duplicates in metricIds shows both; a group filter keeps the group’s own copy', () => {
    expect(layoutScorecard(seed, { metricIds: ['ye-arr', 'revenue'] }).count).to.equal(2);
    const business = layoutScorecard(seed, { group: 'business metrics' });
    expect(business.sections.flatMap((s) => s.tiles).map((t) => t.id)).to.deep.equal(['revenue', 'customers', 'nps', 'churn']);
    expect(layoutScorecard(seed, { group: 'team-metrics' }).count).to.equal(4);
  });

  it('the target is the headline, with its kind, qualifiers and the initiative', () => {
    const layout = layoutScorecard(seed, { locale: 'en-US' });
    const switching = tileOf(layout, 'm-multi-tenant-architecture-2');
    expect(switching.target).to.include({ text: '< 100 ms', words: 'under 100 ms', implied: false, qualitative: false });
    expect(switching.modeLabel).to.equal('Level');
    expect(switching.directionLabel).to.equal('lower is better');
    expect(switching.owner).to.deep.equal({ kind: 'initiative', id: 'multi-tenant-architecture', label: 'Multi-Tenant Architecture' });
    expect(switching.summary).to.equal('Tenant switching: target under 100 ms, no current value');
    expect(switching.bullet).to.equal(undefined);
    expect(switching.sparkline).to.equal(undefined);

    expect(tileOf(layout, 'ye-arr').target).to.include({ text: '$50M', implied: true });
    expect(tileOf(layout, 'churn').target?.qualifiers).to.deep.equal(['annually']);
    expect(tileOf(layout, 'performance').target?.qualifiers).to.deep.equal(['p95']);
    expect(tileOf(layout, 'm-kubernetes-migration-2')).to.deep.include({ modeLabel: 'Change' });
    expect(tileOf(layout, 'm-kubernetes-migration-2').target?.text).to.equal('\u221270%');
    expect(tileOf(layout, 'm-kubernetes-migration-2').target?.words).to.equal('70% reduction');
    expect(tileOf(layout, 'm-advanced-analytics-dashboard-2').target).to.include({ text: '10×' });
    expect(tileOf(layout, 'm-advanced-analytics-dashboard-2').modeLabel).to.equal('Multiplier');
    expect(tileOf(layout, 'm-mobile-application-mvp-1').target?.text).to.equal('≥ 4.5 / 5');
    expect(tileOf(layout, 'quality').target).to.include({ text: '< 0.1%', subject: 'error rate' });
  });

  it('an unparseable target shows its words, never NaN, and no graph', () => {
    const gartner = tileOf(layoutScorecard(seed, { locale: 'en-US' }), 'ye-gartner');
    expect(gartner.target).to.include({ text: 'Top quadrant in Gartner', qualitative: true });
    expect(gartner.modeLabel).to.equal('Qualitative');
    expect(gartner.summary).to.equal('Gartner position: target: Top quadrant in Gartner, no current value');
    expect(JSON.stringify(layoutScorecard(seed))).not.to.contain('NaN');
  });

  it('group-by initiative puts each initiative’s metrics under it, roadmap-wide metrics last', () => {
    const layout = layoutScorecard(seed, { groupBy: 'initiative' });
    expect(layout.sections[0]).to.deep.include({ label: 'Multi-Tenant Architecture', kind: 'initiative', entityId: 'multi-tenant-architecture' });
    expect(layout.sections[0]!.tiles.map((t) => t.name)).to.deep.equal(['Tenant isolation', 'Tenant switching']);
    expect(layout.sections.length).to.equal(17);
    expect(layout.sections[16]!.label).to.equal('Roadmap-wide metrics');
  });

  it('group-by none is one unlabelled section', () => {
    const layout = layoutScorecard(seed, { groupBy: 'none' });
    expect(layout.sections).to.have.length(1);
    expect(layout.sections[0]).to.include({ label: '', kind: 'all' });
  });

  it('says why it is empty', () => {
    expect(layoutScorecard({ ...seed, metrics: [] }).empty).to.equal('no-metrics');
    expect(layoutScorecard(seed, { group: 'nope' }).empty).to.equal('filtered');
    expect(layoutScorecard(seed, { metricIds: ['missing'] }).empty).to.equal('filtered');
  });
});

describe('layoutScorecard: with current values and history', () => {
  let actuals: Roadmap;
  before(async () => {
    actuals = await load('/test/fixtures/metrics/actuals.json');
  });
  const layout = () => layoutScorecard(actuals, { locale: 'en-US', asOf: '2025-06-30' });

  it('derives every status from current vs target and direction', () => {
    const status = Object.fromEntries(layout().sections.flatMap((s) => s.tiles).map((t) => [t.id, t.status.value]));
    expect(status).to.deep.equal({
      arr: 'on-track', // short of $50M, but the trend reaches it by the end of 2025
      customers: 'achieved',
      churn: 'off-track',
      rating: 'on-track',
      'dev-sat': 'at-risk', // stated
      gartner: 'no-data',
      uptime: 'at-risk',
      switching: 'at-risk',
      breaches: 'on-track',
      utilisation: 'on-track',
      throughput: 'on-track',
      'infra-cost': 'off-track',
      'report-time': 'off-track',
    });
  });

  it('group-by status orders sections worst first', () => {
    const sections = layoutScorecard(actuals, { groupBy: 'status', asOf: '2025-06-30' }).sections;
    expect(sections.map((s) => s.entityId)).to.deep.equal(['off-track', 'at-risk', 'on-track', 'achieved', 'no-data']);
  });

  it('summaries read current value, target and status', () => {
    expect(tileOf(layout(), 'switching').summary).to.equal('Tenant switching: 108 ms, target under 100 ms p95, at risk');
    expect(tileOf(layout(), 'dev-sat').summary).to.equal('Developer satisfaction: target at least 90%, no current value, at risk (stated)');
  });

  it('higher is better: poor → satisfactory → good from left to right, measure short of the target', () => {
    const bullet = tileOf(layout(), 'arr').bullet!;
    expect(bullet.scale).to.equal('linear');
    expect(bullet.reversed).to.equal(false);
    expect(bullet.bands.map((b) => b.key)).to.deep.equal(['poor', 'satisfactory', 'good']);
    expect(bullet.measure.x0).to.equal(0);
    expect(bullet.measure.x1).to.be.below(bullet.target.x);
    expect(bullet.ticks.map((t) => t.label)).to.deep.equal(['$0', '$20M', '$40M', '$60M']);
  });

  it('lower is better: the ranges are reversed, good at the low end', () => {
    const bullet = tileOf(layout(), 'switching').bullet!;
    expect(bullet.reversed).to.equal(true);
    expect(bullet.bands.map((b) => b.key)).to.deep.equal(['good', 'satisfactory', 'poor']);
    expect(bullet.measure.x1).to.be.above(bullet.target.x);
  });

  it('a range target marks both ends, good between them', () => {
    const bullet = tileOf(layout(), 'utilisation').bullet!;
    expect(bullet.bands.map((b) => b.key)).to.deep.equal(['poor', 'satisfactory', 'good', 'satisfactory', 'poor']);
    expect(bullet.target.x).to.equal(0.6);
    expect(bullet.target.x2).to.equal(0.8);
    expect(bullet.measure.x1).to.equal(0.72);
  });

  it('availability is drawn in nines', () => {
    const bullet = tileOf(layout(), 'uptime').bullet!;
    expect(bullet.scale).to.equal('nines');
    expect(bullet.ticks.map((t) => t.label)).to.deep.equal(['99%', '99.9%', '99.99%', '99.999%']);
    expect(bullet.target.x).to.be.closeTo(2 / 3, 1e-3);
  });

  it('a change target with a baseline shows its level and a baseline marker', () => {
    const cost = tileOf(layout(), 'infra-cost');
    expect(cost.target).to.include({ text: '\u221270%', levelText: '≤ $36K' });
    expect(cost.bullet!.baseline!.x).to.be.above(cost.bullet!.target.x);
    expect(cost.current!.text).to.equal('$52K');
  });

  it('sparkline and trend from history plus the current value', () => {
    const switching = tileOf(layout(), 'switching');
    expect(switching.sparkline!.points).to.equal(6);
    expect(switching.sparkline!.path).to.match(/^M2,/);
    expect(switching.sparkline!.last.x).to.equal(0.98);
    expect(switching.sparkline!.targetY).to.be.within(0, 1);
    expect(switching.trend).to.deep.equal({ text: '\u22126.1%', direction: 'down', good: true, since: 'May 31' });
    expect(tileOf(layout(), 'churn').trend!.text).to.equal('\u22120.2 pp');
    expect(tileOf(layout(), 'uptime').trend!.good).to.equal(false);
  });

  it('formats per locale', () => {
    const de = layoutScorecard(actuals, { locale: 'de-DE', asOf: '2025-06-30' });
    expect(tileOf(de, 'uptime').current!.text).to.equal('99,985\u00a0%');
    expect(tileOf(de, 'throughput').current!.text).to.equal('1.150 jobs/min');
    expect(tileOf(de, 'switching').trend!.since).to.equal('31. Mai');
  });
});

describe('layout pieces', () => {
  it('layoutSparkline needs two points and places dated points by date', () => {
    expect(layoutSparkline([{ value: 1 }])).to.equal(undefined);
    const spark = layoutSparkline([
      { value: 1, at: '2025-01-01' },
      { value: 2, at: '2025-01-02' },
      { value: 3, at: '2025-01-11' },
    ])!;
    expect(spark.path.startsWith('M2,22')).to.equal(true);
    // The middle point is one tenth of the way along, not half.
    expect(spark.path).to.contain('11.6,');
  });

  it('layoutTrend: percent change, or points for percentages', () => {
    expect(layoutTrend([{ value: 100 }, { value: 110 }], 'higher-is-better', {}, 'en-US')).to.deep.equal({ text: '+10%', direction: 'up', good: true });
    expect(layoutTrend([{ value: 5 }, { value: 5.5 }], 'lower-is-better', { unit: '%' }, 'en-US')).to.deep.equal({ text: '+0.5 pp', direction: 'up', good: false });
    expect(layoutTrend([{ value: 5 }], 'lower-is-better', {}, 'en-US')).to.equal(undefined);
  });

  it('layoutBullet on a rating ends at the scale maximum', () => {
    const b = layoutBullet(4.6, { comparator: 'gte', value: 4.5 }, { direction: 'higher-is-better', scaleMax: 5, valueFormat: { unitKind: 'score', scaleMax: 5 } });
    expect(b.ticks[b.ticks.length - 1]).to.deep.equal({ x: 1, label: '5' });
    expect(b.target.x).to.equal(0.9);
  });

  it('does not depend on the time zone: the same input gives the same geometry', () => {
    const a = layoutSparkline([{ value: 1, at: '2025-03-09' }, { value: 2, at: '2025-03-10' }, { value: 3, at: '2025-11-02' }]);
    const b = layoutSparkline([{ value: 1, at: '2025-03-09' }, { value: 2, at: '2025-03-10' }, { value: 3, at: '2025-11-02' }]);
    expect(a).to.deep.equal(b);
    expect(a!.path).to.contain('2.4,'); // one day of 238 after the DST change, in whole days
  });
});

describe('layoutScorecard on the five imported seeds', () => {
  for (const n of ['000', '001', '002', '003', '004']) {
    it(`seed ${n}: every metric is a sensible tile`, async () => {
      const roadmap = await load(`/test/fixtures/seeds/${n}.json`);
      const layout = layoutScorecard(roadmap, { locale: 'en-US' });
      const shown = layout.sections.flatMap((s) => s.tiles);
      const hidden = shown.reduce((sum, t) => sum + t.duplicates.length, 0);
      expect(shown.length + hidden).to.equal(roadmap.metrics.length);
      if (!roadmap.metrics.length) expect(layout.empty).to.equal('no-metrics');
      for (const tile of shown) {
        const texts = [tile.target?.text, tile.target?.words, tile.summary, ...(tile.target?.qualifiers ?? [])].join(' | ');
        expect(texts, tile.id).not.to.match(/NaN|undefined|Infinity|\[object/);
        expect(tile.summary.startsWith(`${tile.name}: `), tile.id).to.equal(true);
        expect(tile.status.value, tile.id).to.equal('no-data'); // the seeds have targets, no actuals
        expect(tile.target?.text.trim(), tile.id).to.not.equal('');
      }
    });
  }

  it('seed 001: Business / Technical / Team as sections, each sameAs pair once', async () => {
    const roadmap = await load('/test/fixtures/seeds/001.json');
    const layout = layoutScorecard(roadmap, { locale: 'en-US' });
    const labels = layout.sections.map((s) => s.label);
    expect(labels).to.include.members(['Year-End Goals', 'Business Metrics', 'Technical Metrics', 'Team Metrics']);
    const ids = layout.sections.flatMap((s) => s.tiles).map((t) => t.id);
    expect(ids).to.include('arr');
    expect(ids).not.to.include('revenue');
  });
});
