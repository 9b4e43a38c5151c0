import { expect } from '@open-wc/testing';
import {
  formatMetricValue,
  isNinesMetric,
  meetsTarget,
  metricDirection,
  metricSeries,
  metricStatus,
  ninesOf,
  projectValue,
  targetGap,
  targetLevel,
  targetQualifiers,
} from '../../src/model/metrics.js';
import type { Metric, MetricTarget } from '../../src/model/schema.js';

const target = (t: Partial<MetricTarget>): MetricTarget => ({ raw: 'x', mode: 'level', direction: 'higher-is-better', ...t }) as MetricTarget;
const metric = (m: Partial<Metric>): Metric => ({ id: 'm', name: 'M', sameAs: [], ...m }) as Metric;
const latency = target({ raw: '< 100ms', comparator: 'lt', value: 100, unit: 'ms', unitKind: 'duration', direction: 'lower-is-better' });
const revenue = target({ raw: '$50M ARR', comparator: 'gte', comparatorImplied: true, value: 50e6, unit: 'USD', unitKind: 'currency', currency: 'USD' });
const uptime = target({ raw: '99.99%', comparator: 'gte', comparatorImplied: true, value: 99.99, unit: '%', unitKind: 'percent' });

describe('metricStatus', () => {
  it('is no-data without a current value, whatever the target', () => {
    expect(metricStatus(metric({ target: latency }))).to.deep.equal({ value: 'no-data', basis: 'computed', reason: 'no current value' });
  });

  it('keeps a stated status', () => {
    const s = metricStatus(metric({ target: latency, status: { value: 'at-risk', basis: 'stated' } }));
    expect(s.value).to.equal('at-risk');
    expect(s.basis).to.equal('stated');
  });

  it('is no-data for a qualitative target even with a number', () => {
    const s = metricStatus(metric({ target: target({ raw: 'Top quadrant in Gartner', mode: 'qualitative', direction: 'unknown' }), current: { value: 3 } }));
    expect(s.value).to.equal('no-data');
    expect(s.reason).to.equal('target is not a number');
  });

  it('lower is better: meets under the target, at risk within 10 %, off track beyond', () => {
    expect(metricStatus(metric({ target: latency, current: { value: 95 } })).value).to.equal('on-track');
    expect(metricStatus(metric({ target: latency, current: { value: 108 } }))).to.include({ value: 'at-risk', reason: '8% over target' });
    expect(metricStatus(metric({ target: latency, current: { value: 130 } })).value).to.equal('off-track');
  });

  it('higher is better: at risk just short, off track far short, tolerance configurable', () => {
    expect(metricStatus(metric({ target: revenue, current: { value: 46e6 } })).value).to.equal('at-risk');
    expect(metricStatus(metric({ target: revenue, current: { value: 30e6 } })).value).to.equal('off-track');
    expect(metricStatus(metric({ target: revenue, current: { value: 30e6 } }), { tolerance: 0.5 }).value).to.equal('at-risk');
  });

  it('a met target with a deadline is achieved; without one it is on track', () => {
    const by = { raw: 'Q2 2025', kind: 'absolute' as const, start: '2025-04-01', end: '2025-06-30' };
    expect(metricStatus(metric({ target: { ...revenue, by }, current: { value: 51e6 } })).value).to.equal('achieved');
    expect(metricStatus(metric({ target: revenue, current: { value: 51e6 } })).value).to.equal('on-track');
  });

  it('a missed target whose trend reaches it by the deadline is on track', () => {
    const by = { raw: 'end of 2025', kind: 'absolute' as const, start: '2025-12-31', end: '2025-12-31' };
    const m = metric({
      target: { ...revenue, by },
      history: [
        { value: 20e6, at: '2025-01-31' },
        { value: 26e6, at: '2025-03-31' },
      ],
      current: { value: 32e6, at: '2025-05-31' },
    });
    expect(metricStatus(m, { asOf: '2025-06-01' })).to.include({ value: 'on-track', reason: 'projected to meet target by 2025-12-31' });
    // After the deadline, the projection no longer helps.
    expect(metricStatus(m, { asOf: '2026-01-15' }).value).to.equal('off-track');
  });

  it('nines: judged by error budget, not by relative gap', () => {
    const m = (v: number) => metric({ target: uptime, current: { value: v } });
    expect(metricStatus(m(99.995)).value).to.equal('on-track');
    expect(metricStatus(m(99.985)).value).to.equal('at-risk'); // 1.5× the budget
    expect(metricStatus(m(99.9)).value).to.equal('off-track'); // 10× the budget, though only 0.09 % short
  });

  it('a change target needs a baseline; with one it becomes a level', () => {
    const cut = target({ raw: '70% cost reduction', mode: 'change', comparator: 'lte', value: -70, unit: '%', direction: 'lower-is-better' });
    expect(metricStatus(metric({ target: cut, current: { value: 50 } })).value).to.equal('no-data');
    expect(metricStatus(metric({ target: cut, baseline: { value: 100 }, current: { value: 29 } })).value).to.equal('on-track');
    expect(metricStatus(metric({ target: cut, baseline: { value: 100 }, current: { value: 32 } })).value).to.equal('at-risk');
    expect(metricStatus(metric({ target: cut, baseline: { value: 100 }, current: { value: 60 } })).value).to.equal('off-track');
  });

  it('a range target: inside is on track, just outside at risk', () => {
    const band = target({ raw: '60-80%', comparator: 'between', value: 60, valueMax: 80, unit: '%', direction: 'in-range' });
    expect(metricStatus(metric({ target: band, current: { value: 72 } })).value).to.equal('on-track');
    expect(metricStatus(metric({ target: band, current: { value: 84 } })).value).to.equal('at-risk');
    expect(metricStatus(metric({ target: band, current: { value: 30 } })).value).to.equal('off-track');
  });

  it('a zero target on a bad count: any occurrence is off track', () => {
    const zero = target({ raw: '0 data breaches', comparator: 'lte', comparatorImplied: true, value: 0, unit: 'count', direction: 'lower-is-better' });
    expect(metricStatus(metric({ target: zero, current: { value: 0 } })).value).to.equal('on-track');
    expect(metricStatus(metric({ target: zero, current: { value: 1 } })).value).to.equal('off-track');
  });

  it('thresholds decide when given', () => {
    const m = metric({
      target: latency,
      current: { value: 150 },
      thresholds: [
        { key: 'good', max: 120 },
        { key: 'satisfactory', min: 120, max: 200 },
        { key: 'poor', min: 200 },
      ],
    });
    expect(metricStatus(m).value).to.equal('at-risk');
  });
});

describe('metric helpers', () => {
  it('metricDirection: the metric’s own, else the target’s; a level range is in-range', () => {
    expect(metricDirection({ target: latency })).to.equal('lower-is-better');
    expect(metricDirection({ direction: 'higher-is-better', target: latency })).to.equal('higher-is-better');
    expect(metricDirection({ target: target({ comparator: 'between', value: 1, valueMax: 2, direction: 'unknown' }) })).to.equal('in-range');
  });

  it('targetLevel applies factors to the baseline, dividing for lower-is-better metrics', () => {
    const faster = target({ mode: 'factor', value: 10, comparator: 'gte', unit: 'x' });
    expect(targetLevel(metric({ direction: 'lower-is-better', baseline: { value: 50 } }), faster)).to.deep.equal({ comparator: 'lte', value: 5 });
    expect(targetLevel(metric({ baseline: { value: 50 } }), faster)).to.deep.equal({ comparator: 'gte', value: 500 });
    expect(targetLevel(metric({}), faster)).to.equal(undefined);
  });

  it('meetsTarget and targetGap', () => {
    expect(meetsTarget(99, { comparator: 'lt', value: 100 })).to.equal(true);
    expect(meetsTarget(100, { comparator: 'lt', value: 100 })).to.equal(false);
    expect(targetGap(120, { comparator: 'lt', value: 100 })).to.be.closeTo(0.2, 1e-9);
    expect(targetGap(99.98, { comparator: 'gte', value: 99.99 }, true)).to.be.closeTo(1, 1e-6);
  });

  it('isNinesMetric and ninesOf', () => {
    expect(isNinesMetric(metric({ target: uptime }))).to.equal(true);
    expect(isNinesMetric(metric({ target: target({ value: 80, unit: '%' }) }))).to.equal(false);
    expect(ninesOf(99.9)).to.be.closeTo(3, 1e-9);
    expect(ninesOf(99.99)).to.be.closeTo(4, 1e-9);
  });

  it('metricSeries sorts dated history and appends the current value once', () => {
    const s = metricSeries({
      history: [
        { value: 2, at: '2025-02-01' },
        { value: 1, at: '2025-01-01' },
      ],
      current: { value: 3, at: '2025-03-01' },
    });
    expect(s.map((p) => p.value)).to.deep.equal([1, 2, 3]);
    expect(metricSeries({ history: [{ value: 1, at: '2025-01-01' }], current: { value: 1, at: '2025-01-01' } })).to.have.length(1);
  });

  it('projectValue extrapolates a dated series linearly', () => {
    const p = projectValue(
      [
        { value: 10, at: '2025-01-01' },
        { value: 20, at: '2025-01-11' },
      ],
      '2025-01-21',
    );
    expect(p).to.be.closeTo(30, 1e-9);
    expect(projectValue([{ value: 1 }, { value: 2 }], '2025-01-01')).to.equal(undefined);
  });

  it('targetQualifiers lists statistic, rate, period, baseline and deadline', () => {
    const t = target({
      statistic: 'sustained',
      per: { value: 4, unit: 'vCPU node' },
      period: 'year',
      baseline: 'full replica',
      by: { raw: 'Q2', kind: 'unknown' },
    });
    expect(targetQualifiers(t)).to.deep.equal(['sustained', 'per 4 vCPU node', 'annually', 'vs full replica', 'by Q2']);
  });
});

describe('formatMetricValue', () => {
  it('percents from display units, per locale', () => {
    expect(formatMetricValue(99.99, { unit: '%' }, 'en-US')).to.equal('99.99%');
    expect(formatMetricValue(99.99, { unit: '%' }, 'de-DE')).to.equal('99,99\u00a0%');
    expect(formatMetricValue(-70, { unit: '%', signed: true }, 'en-US')).to.equal('\u221270%');
    expect(formatMetricValue(20, { unit: '%', signed: true }, 'en-US')).to.equal('+20%');
  });

  it('money compact, counts compact from 10,000', () => {
    expect(formatMetricValue(50e6, { unitKind: 'currency', currency: 'USD' }, 'en-US')).to.equal('$50M');
    expect(formatMetricValue(1e6, { unitKind: 'currency', currency: 'USD' }, 'en-US')).to.equal('$1M');
    expect(formatMetricValue(38.2e6, { unitKind: 'currency', currency: 'USD' }, 'de-DE')).to.match(/^38,2\s?Mio\.\s?\$$/);
    expect(formatMetricValue(10000, { unit: 'count' }, 'en-US')).to.equal('10K');
    expect(formatMetricValue(1150, { unit: 'jobs/min' }, 'en-US')).to.equal('1,150 jobs/min');
    expect(formatMetricValue(1150, { unit: 'jobs/min' }, 'de-DE')).to.equal('1.150 jobs/min');
  });

  it('durations in their unit with Intl', () => {
    expect(formatMetricValue(100, { unit: 'ms' }, 'en-US')).to.equal('100 ms');
    expect(formatMetricValue(2, { unit: 'min' }, 'en-US')).to.equal('2 min');
    expect(formatMetricValue(30, { unit: 's' }, 'en-US')).to.equal('30 sec');
    expect(formatMetricValue(1.5, { unit: 'h' }, 'de-DE')).to.equal('1,5 Std.');
  });

  it('ratings on their scale, factors with ×, explicit formats', () => {
    expect(formatMetricValue(4.5, { unitKind: 'score', scaleMax: 5 }, 'en-US')).to.equal('4.5 / 5');
    expect(formatMetricValue(10, { unit: 'x', unitKind: 'factor' }, 'en-US')).to.equal('10×');
    expect(formatMetricValue(52000, { format: { style: 'currency', currency: 'USD', notation: 'compact' } }, 'en-US')).to.equal('$52K');
    expect(formatMetricValue(99.985, { format: { style: 'percent' } }, 'en-US')).to.equal('99.985%');
  });
});
