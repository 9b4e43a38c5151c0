import { expect } from '@open-wc/testing';
import { formatMetricValue, formatQuantity, formatTarget } from '../../src/model/metrics.js';
import type { MetricTarget } from '../../src/model/schema.js';

const t = (target: Partial<MetricTarget> & Pick<MetricTarget, 'raw' | 'mode'>): MetricTarget => ({ direction: 'unknown', ...target });

describe('formatQuantity', () => {
  it('formats a value with its unit, minus signs and currencies', () => {
    expect(formatQuantity(100, { unit: 'ms' }, 'en')).to.equal('100 ms');
    expect(formatQuantity(99.99, { unitKind: 'percent' }, 'en')).to.equal('99.99%');
    expect(formatQuantity(50_000_000, { unitKind: 'currency', currency: 'USD' }, 'en')).to.equal('$50M');
    expect(formatQuantity(1_000_000, { unitKind: 'currency', unit: '$' }, 'en')).to.equal('$1M');
    expect(formatQuantity(4.5, { unitKind: 'score', scaleMax: 5 }, 'en')).to.equal('4.5 / 5');
    expect(formatQuantity(10, { unitKind: 'factor' }, 'en')).to.equal('10×');
    expect(formatQuantity(-70, { unitKind: 'percent', signed: true }, 'en')).to.equal('\u221270%');
    expect(formatQuantity(20, { unitKind: 'percent', signed: true }, 'en')).to.equal('+20%');
    expect(formatQuantity(10_000, {}, 'en')).to.equal('10,000');
    expect(formatQuantity(10_000, {}, 'de')).to.equal('10.000');
    expect(formatQuantity(2, { unit: 'minutes' }, 'en')).to.equal('2 min');
    expect(formatQuantity(30, { unit: 'seconds' }, 'en')).to.equal('30 s');
  });

  it('writes percents as Intl does, so card and scorecard read the same', () => {
    for (const [value, locale] of [[99.99, 'en'], [40, 'de'], [0.5, 'fr'], [12.5, 'en-GB']] as const) {
      const intl = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 4 }).format(value / 100);
      expect(formatQuantity(value, { unitKind: 'percent' }, locale), `${value} in ${locale}`).to.equal(intl);
      expect(formatQuantity(value, { unit: '%' }, locale), `unit % in ${locale}`).to.equal(intl);
    }
    expect(formatQuantity(40, { unitKind: 'percent' }, 'de')).to.equal('40\u00a0%');
    expect(formatQuantity(-5, { unitKind: 'percent' }, 'en')).to.equal('\u22125%');
    for (const value of [99.99, 99.9, 80, 0.5]) expect(formatQuantity(value, { unitKind: 'percent' }, 'en')).to.equal(formatMetricValue(value, { unitKind: 'percent' }, 'en'));
  });
});

describe('formatTarget', () => {
  it('writes the chips of the required seed examples', () => {
    expect(formatTarget(t({ raw: '< 100ms', mode: 'level', comparator: 'lt', value: 100, unit: 'ms', unitKind: 'duration' }), 'en')).to.equal('< 100 ms');
    expect(formatTarget(t({ raw: '99.99%', mode: 'level', comparator: 'gte', comparatorImplied: true, value: 99.99, unit: '%', unitKind: 'percent' }), 'en')).to.equal('≥ 99.99%');
    expect(formatTarget(t({ raw: '$50M ARR', mode: 'level', comparator: 'gte', comparatorImplied: true, value: 5e7, unit: 'USD', unitKind: 'currency', currency: 'USD' }), 'en')).to.equal('$50M');
    expect(formatTarget(t({ raw: '4.5+ app store rating', mode: 'level', comparator: 'gte', value: 4.5, unit: 'rating', unitKind: 'score', scaleMax: 5 }), 'en')).to.equal('≥ 4.5 / 5');
    expect(formatTarget(t({ raw: '70% cost reduction', mode: 'change', comparator: 'lte', value: -70, unit: '%', unitKind: 'percent', subject: 'cost' }), 'en')).to.equal('\u221270% cost');
    expect(formatTarget(t({ raw: '10x faster report creation', mode: 'factor', comparator: 'gte', comparatorImplied: true, value: 10, unit: 'x', unitKind: 'factor' }), 'en')).to.equal('10×');
  });

  it('adds statistic, per, period, baseline and deadline', () => {
    expect(formatTarget(t({ raw: '< 200ms p95', mode: 'level', comparator: 'lt', value: 200, unit: 'ms', statistic: 'p95' }), 'en')).to.equal('< 200 ms p95');
    expect(
      formatTarget(t({ raw: '1k jobs/min per 4 vCPU node', mode: 'level', comparator: 'gte', value: 1000, unit: 'jobs/min', unitKind: 'rate', per: { value: 4, unit: 'vCPU node' } }), 'en'),
    ).to.equal('≥ 1,000 jobs/min per 4 vCPU node');
    expect(formatTarget(t({ raw: '< 5% annually', mode: 'level', comparator: 'lt', value: 5, unitKind: 'percent', period: 'year' }), 'en')).to.equal('< 5% / year');
    expect(formatTarget(t({ raw: '80% cost reduction vs full replica', mode: 'change', comparator: 'lte', value: -80, unitKind: 'percent', baseline: 'full replica' }), 'en')).to.equal('\u221280% vs full replica');
    expect(
      formatTarget(t({ raw: '100 customers by Q2', mode: 'level', comparator: 'gte', comparatorImplied: true, value: 100, unit: 'customers', unitKind: 'count', by: { raw: 'Q2', kind: 'unknown' } }), 'en'),
    ).to.equal('≥ 100 customers by Q2');
  });

  it('writes ranges, zero targets and qualitative targets', () => {
    expect(formatTarget(t({ raw: 'Reduces costs by 20-30%', mode: 'change', comparator: 'between', value: -30, valueMax: -20, unitKind: 'percent' }), 'en')).to.equal('\u221230 to \u221220%');
    expect(formatTarget(t({ raw: '0 data breaches', mode: 'level', comparator: 'lte', value: 0, unitKind: 'count' }), 'en')).to.equal('≤ 0');
    expect(formatTarget(t({ raw: 'Top quadrant in Gartner', mode: 'qualitative' }), 'en')).to.equal('Top quadrant in Gartner');
    expect(formatTarget(t({ raw: ' about 40 % ', mode: 'level', comparator: 'eq', value: 40, unitKind: 'percent' }), 'en')).to.equal('40%');
    expect(formatTarget(t({ raw: '2-3x', mode: 'factor', comparator: 'between', value: 2, valueMax: 3 }), 'en')).to.equal('2–3×');
  });

  it('never throws on odd input', () => {
    expect(formatTarget(t({ raw: 'NaN', mode: 'level', value: Number.NaN }), 'en')).to.equal('NaN');
    expect(formatTarget(t({ raw: 'x', mode: 'level', value: 5, currency: 'not-a-currency' }), 'xx-invalid-locale-!!')).to.be.a('string');
  });
});
