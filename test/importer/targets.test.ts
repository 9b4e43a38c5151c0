import { expect } from '@open-wc/testing';
import { parseMetricTarget } from '../../src/importer/targets.js';
import { repairLine } from '../../src/importer/encoding.js';

const t = (raw: string, label?: string) => parseMetricTarget(raw, label ? { label } : {})!.target;

describe('parseMetricTarget: the required examples (research §4.5)', () => {
  it('"< 100ms" is a lower-is-better duration', () => {
    expect(t('< 100ms tenant switching')).to.include({ mode: 'level', comparator: 'lt', value: 100, unit: 'ms', unitKind: 'duration', direction: 'lower-is-better', subject: 'tenant switching' });
  });
  it('"99.99%" gets an implied gte from the subject', () => {
    expect(t('99.99% tenant isolation')).to.include({ comparator: 'gte', comparatorImplied: true, value: 99.99, unit: '%', direction: 'higher-is-better' });
  });
  it('"$50M ARR" is 50 million US dollars, higher is better', () => {
    expect(t('$50M ARR')).to.include({ value: 50_000_000, unit: 'USD', unitKind: 'currency', currency: 'USD', comparator: 'gte', direction: 'higher-is-better', subject: 'ARR' });
  });
  it('"4.5+ app store rating" is at least 4.5 on a 5 scale', () => {
    expect(t('4.5+ app store rating')).to.include({ comparator: 'gte', value: 4.5, scaleMax: 5, unitKind: 'score', direction: 'higher-is-better' });
  });
  it('"10x faster" is a factor', () => {
    expect(t('10x faster report creation')).to.include({ mode: 'factor', value: 10, unit: 'x', comparator: 'gte', direction: 'higher-is-better', subject: 'report creation' });
  });
  it('"70% cost reduction" is a change of at most −70%', () => {
    expect(t('70% cost reduction')).to.include({ mode: 'change', value: -70, unit: '%', comparator: 'lte', direction: 'lower-is-better', subject: 'cost' });
  });
  it('"1k jobs/min per 4 vCPU node" is a sustained rate per unit', () => {
    expect(t('Support sustained throughput of 1k jobs/min per 4 vCPU node.')).to.deep.include({ value: 1000, unit: 'jobs/min', unitKind: 'rate', per: { value: 4, unit: 'vCPU node' }, statistic: 'sustained', comparator: 'gte', direction: 'higher-is-better' });
  });
  it('"< 5% annually" under "Churn" has a yearly period', () => {
    expect(t('< 5% annually', 'Churn')).to.include({ comparator: 'lt', value: 5, unit: '%', period: 'year', direction: 'lower-is-better' });
  });
  it('"100+ API integrations" and "0 data breaches"', () => {
    expect(t('100+ API integrations')).to.include({ comparator: 'gte', value: 100, unitKind: 'count', subject: 'API integrations' });
    expect(t('0 data breaches')).to.include({ comparator: 'lte', value: 0, direction: 'lower-is-better' });
  });
  it('keeps the raw text and reads other seed forms', () => {
    expect(t('Reduces costs by 20-30%')).to.include({ mode: 'change', comparator: 'between', value: -30, valueMax: -20, raw: 'Reduces costs by 20-30%' });
    expect(t('80% cost reduction vs full replica')).to.include({ value: -80, baseline: 'full replica' });
    expect(t('< 200ms p95', 'Performance')).to.include({ statistic: 'p95', value: 200, unit: 'ms' });
    expect(t('> 4.5/5', 'Customer Satisfaction')).to.include({ comparator: 'gt', value: 4.5, scaleMax: 5 });
    expect(t('Zero data loss')).to.include({ value: 0, comparator: 'lte' });
    expect(t('5-minute model training')).to.include({ value: 5, unit: 'min', comparator: 'lte' });
    expect(t('Sub-100ms latency worldwide')).to.include({ comparator: 'lt', value: 100, unit: 'ms' });
    expect(t('20% YoY increase', 'Velocity')).to.include({ mode: 'change', value: 20, period: 'year', direction: 'higher-is-better' });
  });
  it('reports what it cannot decide instead of guessing', () => {
    const diversity = parseMetricTarget('40% underrepresented', { label: 'Diversity' })!;
    expect(diversity.target).to.include({ comparator: 'eq', direction: 'unknown' });
    expect(diversity.notes.map((n) => n.code)).to.deep.equal(['metric.direction-ambiguous']);
    expect(parseMetricTarget('50% faster decision making')!.notes.map((n) => n.code)).to.include('metric.semantics-ambiguous');
    expect(parseMetricTarget('Top quadrant in Gartner')).to.equal(undefined);
    expect(parseMetricTarget('Ship v1.0.0')).to.equal(undefined);
  });
});

describe('repairLine: mojibake, line by line', () => {
  it('repairs UTF-8 read as Windows-1252 and as Mac Roman', () => {
    expect(repairLine('### âœ… Completed', 5, true).text).to.equal('### ✅ Completed');
    expect(repairLine('### ðŸš§ In Progress', 11, true).text).to.equal('### 🚧 In Progress');
    const mac = repairLine('## \uF8FFüó∫Ô∏è Horizon 1', 11, true);
    expect(mac.text).to.equal('## 🗺️ Horizon 1');
    expect(mac.repairs[0]).to.include({ scheme: 'macroman-as-utf8', line: 11 });
  });
  it('recombines UTF-16 low bytes when both survive, strips them when one is lost', () => {
    const ok = repairLine('### <¯ Theme 1: Enterprise Scale', 9, true);
    expect(ok.text).to.equal('### 🎯 Theme 1: Enterprise Scale');
    const lost = repairLine('### = Theme 2: Real-time Everything', 12, true);
    expect(lost.text).to.equal('### Theme 2: Real-time Everything');
    expect(lost.unrecoverable[0]).to.include({ original: '=' });
  });
  it('never touches valid UTF-8 or ordinary text', () => {
    for (const line of ['  - South America (São Paulo)', 'Café — naïve résumé', '## < 5 ms is fine', '- Price: €10 – £8', '### Über Zürich']) {
      expect(repairLine(line, 1, /^#/.test(line)).text).to.equal(line);
    }
  });
});
