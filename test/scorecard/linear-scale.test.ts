import { expect } from '@open-wc/testing';
import { tickIncrement as d3TickIncrement, ticks as d3Ticks } from 'd3-array';
import { linearScale, niceDomain, tickIncrement, ticks } from '../../src/layout/linear-scale.js';
import { monotoneXPath } from '../../src/layout/scorecard-graphs.js';

/** The numbers of a path `d`, in order. */
const numbers = (d: string) => (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);

describe('linearScale', () => {
  it('maps the domain onto the range, and back with invert', () => {
    const x = linearScale([0, 200], [0, 1]);
    expect(x(50)).to.equal(0.25);
    expect(x(300)).to.equal(1.5);
    expect(x.invert(0.25)).to.equal(50);
    expect(x.domain).to.deep.equal([0, 200]);
    expect(x.range).to.deep.equal([0, 1]);
  });

  it('clamps outputs to the range and inverted values to the domain when asked', () => {
    const x = linearScale([0, 200], [0, 1], { clamp: true });
    expect(x(300)).to.equal(1);
    expect(x(-10)).to.equal(0);
    expect(x.invert(2)).to.equal(200);
  });

  it('handles descending domains and ranges (a y axis runs downwards)', () => {
    expect(linearScale([10, 0], [0, 100])(2.5)).to.equal(75);
    const y = linearScale([0, 10], [22, 2]);
    expect(y(0)).to.equal(22);
    expect(y(10)).to.equal(2);
    expect(y.invert(12)).to.equal(5);
  });

  it('puts every value of a one-value domain in the middle of the range; NaN stays NaN', () => {
    expect(linearScale([5, 5], [0, 100])(7)).to.equal(50);
    expect(Number.isNaN(linearScale([0, 1])(NaN))).to.equal(true);
  });

  it('ticks are d3-array’s round values', () => {
    expect(linearScale([0, 1]).ticks(5)).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearScale([-20, 60]).ticks(4)).to.deep.equal([-20, 0, 20, 40, 60]);
  });
});

describe('ticks and tickIncrement (ported from d3-array)', () => {
  it('give exactly d3-array’s values over 5,000 seeded random domains, both directions', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let k = 0; k < 5000; k++) {
      const scale = 10 ** Math.floor(random() * 12 - 6);
      const a = Math.round((random() * 2 - 1) * 1e4) * scale;
      const b = a + Math.round(random() * 1e4) * scale;
      const count = [1, 2, 4, 5, 10, 0.7][k % 6]!;
      expect(ticks(a, b, count), `${a} ${b} ${count}`).to.deep.equal(d3Ticks(a, b, count));
      expect(ticks(b, a, count), `${b} ${a} ${count}`).to.deep.equal(d3Ticks(b, a, count));
      expect(tickIncrement(a, b, count)).to.equal(d3TickIncrement(a, b, count));
    }
  });

  it('handle the degenerate cases as d3-array does', () => {
    expect(ticks(3, 3, 4)).to.deep.equal([3]);
    expect(ticks(0, 1, 0)).to.deep.equal([]);
    expect(ticks(0, 1, NaN)).to.deep.equal([]);
    expect(ticks(-0.3, 0.3, 4)).to.deep.equal([-0.2, 0, 0.2]);
    expect(ticks(-0.3, 0.3, 6)).to.deep.equal([-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3]);
  });
});

describe('niceDomain (as d3-scale’s linear.nice)', () => {
  it('widens to round ends', () => {
    expect(niceDomain([0, 97], 4)).to.deep.equal([0, 100]);
    expect(niceDomain([0.13, 0.87], 10)).to.deep.equal([0.1, 0.9]);
    expect(niceDomain([-3.2, 47], 4)).to.deep.equal([-20, 60]);
    expect(niceDomain([0, 1.05e6], 4)).to.deep.equal([0, 1.2e6]);
  });

  it('keeps a descending domain descending, and leaves a one-value domain alone', () => {
    expect(niceDomain([97, 0], 4)).to.deep.equal([100, 0]);
    expect(niceDomain([1150, 1150], 4)).to.deep.equal([1150, 1150]);
  });
});

describe('monotoneXPath', () => {
  it('two points are a straight line; fewer draw nothing', () => {
    expect(monotoneXPath([[0, 0], [10, 10]])).to.equal('M0,0L10,10');
    expect(monotoneXPath([])).to.equal('');
  });

  it('matches d3-shape’s curveMonotoneX (control points to hundredths)', () => {
    // d3: M0,20C3.333,15,6.667,10,10,10C13.333,10,16.667,10,20,10C26.667,10,33.333,5,40,0
    expect(monotoneXPath([[0, 20], [10, 10], [20, 10], [40, 0]])).to.equal('M0,20C3.33,15,6.67,10,10,10C13.33,10,16.67,10,20,10C26.67,10,33.33,5,40,0');
  });

  it('never overshoots: a plateau stays flat, control points stay within the data', () => {
    const d = monotoneXPath([[0, 0], [10, 10], [20, 10], [30, 10], [40, 3]]);
    const ys = numbers(d).filter((_, i) => i % 2 === 1);
    expect(Math.max(...ys)).to.equal(10);
    expect(Math.min(...ys)).to.equal(0);
  });

  it('skips coincident points and a non-finite one', () => {
    expect(monotoneXPath([[0, 0], [0, 0], [10, 10], [Number.NaN, 3]])).to.equal('M0,0L10,10');
  });
});
