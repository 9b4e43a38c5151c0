import { expect } from '@open-wc/testing';
import {
  bandForScore,
  cellBand,
  defaultRiskModel,
  formatBandRange,
  isRated,
  isRiskRated,
  rescaleLevel,
  riskBand,
  riskScore,
} from '../../src/model/risk.js';
import type { RiskModel } from '../../src/model/schema.js';

const rating = (likelihood: number, impact: number) => ({ likelihood: { level: likelihood }, impact: { level: impact } });

describe('risk model', () => {
  it('defaultRiskModel(5) labels Rare … Almost certain and Negligible … Severe, scored as a product', () => {
    const model = defaultRiskModel(5);
    expect(model.likelihood.map((l) => l.label)).to.deep.equal(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']);
    expect(model.impact.map((l) => l.label)).to.deep.equal(['Negligible', 'Minor', 'Moderate', 'Major', 'Severe']);
    expect(model.scoring).to.equal('product');
    expect(model.bands.map((b) => [b.key, b.min, b.max])).to.deep.equal([
      ['low', 1, 4],
      ['medium', 5, 9],
      ['high', 10, 16],
      ['critical', 20, 25],
    ]);
  });

  it('defaultRiskModel(4) and (3) have 4 and 3 levels; 3×3 has three bands', () => {
    const four = defaultRiskModel(4);
    expect(four.likelihood.map((l) => l.label)).to.deep.equal(['Unlikely', 'Possible', 'Likely', 'Almost certain']);
    expect(four.impact.map((l) => l.label)).to.deep.equal(['Minor', 'Moderate', 'Major', 'Severe']);
    const three = defaultRiskModel(3);
    expect(three.likelihood.map((l) => l.label)).to.deep.equal(['Low', 'Medium', 'High']);
    expect(three.bands.map((b) => b.key)).to.deep.equal(['low', 'medium', 'high']);
  });

  it('every possible 5×5 product falls in exactly the band D5 names (15 is high, 20 critical)', () => {
    const model = defaultRiskModel(5);
    const expected: Record<number, string> = { 1: 'low', 2: 'low', 3: 'low', 4: 'low', 5: 'medium', 6: 'medium', 8: 'medium', 9: 'medium', 10: 'high', 12: 'high', 15: 'high', 16: 'high', 20: 'critical', 25: 'critical' };
    for (let l = 1; l <= 5; l++) {
      for (let i = 1; i <= 5; i++) {
        expect(cellBand(model, l, i)?.key, `${l}×${i}`).to.equal(expected[l * i]);
      }
    }
  });

  it('riskScore multiplies, adds, or gives nothing for lookup models and unrated assessments', () => {
    const model = defaultRiskModel(5);
    expect(riskScore(model, rating(3, 5))).to.equal(15);
    expect(riskScore({ ...model, scoring: 'sum' }, rating(3, 5))).to.equal(8);
    expect(riskScore({ ...model, scoring: 'lookup' }, rating(3, 5))).to.equal(undefined);
    expect(riskScore(model, { likelihood: { level: 3 } })).to.equal(undefined);
    expect(riskScore(model, undefined)).to.equal(undefined);
    expect(riskScore(model, rating(6, 1)), 'level beyond the scale').to.equal(undefined);
  });

  it('riskBand(model, assessment) gives score and band, a stated band without levels, or undefined', () => {
    const model = defaultRiskModel(5);
    const high = riskBand(model, rating(3, 5));
    expect(high?.score).to.equal(15);
    expect(high?.band.key).to.equal('high');
    expect(riskBand(model, { band: 'Critical' })?.band.key).to.equal('critical');
    expect(riskBand(model, { band: 'severe-ish' })).to.equal(undefined);
    expect(riskBand(model, {})).to.equal(undefined);
    expect(riskBand(model, undefined)).to.equal(undefined);
  });

  it('a lookup model bands each cell from its table', () => {
    const lookup: RiskModel = {
      likelihood: [{ level: 1, label: 'Low' }, { level: 2, label: 'High' }],
      impact: [{ level: 1, label: 'Low' }, { level: 2, label: 'High' }],
      scoring: 'lookup',
      cells: [
        ['green', 'amber'],
        ['amber', 'red'],
      ],
      bands: [
        { key: 'green', label: 'Green', color: '#0a0' },
        { key: 'amber', label: 'Amber', color: '#fa0' },
        { key: 'red', label: 'Red', color: '#d00' },
      ],
    };
    expect(riskBand(lookup, rating(2, 1))).to.deep.equal({ band: lookup.bands[1] });
    expect(cellBand(lookup, 2, 2)?.key).to.equal('red');
  });

  it('bandForScore falls back to the highest band starting below a score in a gap', () => {
    const model = defaultRiskModel(5);
    expect(bandForScore(model, 18)?.key).to.equal('high');
    expect(bandForScore(model, 7)?.key).to.equal('medium');
  });

  it('formatBandRange writes "1–4", "≥ 12", or nothing', () => {
    expect(formatBandRange({ key: 'low', label: 'Low', min: 1, max: 4 })).to.equal('1–4');
    expect(formatBandRange({ key: 'x', label: 'X', min: 12 })).to.equal('≥ 12');
    expect(formatBandRange({ key: 'x', label: 'X' })).to.equal('');
  });

  it('rescaleLevel maps by the middle of each level (5→3: 1–2→1, 3→2, 4–5→3; 3→5: 1, 3, 5)', () => {
    expect([1, 2, 3, 4, 5].map((l) => rescaleLevel(l, 5, 3))).to.deep.equal([1, 1, 2, 3, 3]);
    expect([1, 2, 3].map((l) => rescaleLevel(l, 3, 5))).to.deep.equal([1, 3, 5]);
    expect([1, 2, 3, 4, 5].map((l) => rescaleLevel(l, 5, 4))).to.deep.equal([1, 2, 3, 3, 4]);
    expect(rescaleLevel(4, 5, 5)).to.equal(4);
  });

  it('isRated needs both likelihood and impact; isRiskRated looks at every assessment', () => {
    expect(isRated(rating(1, 1))).to.equal(true);
    expect(isRated({ likelihood: { level: 2 } })).to.equal(false);
    expect(isRiskRated({ id: 'a', title: 'A' })).to.equal(false);
    expect(isRiskRated({ id: 'a', title: 'A', residual: rating(2, 2) })).to.equal(true);
  });
});
