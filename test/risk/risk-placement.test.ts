import { expect } from '@open-wc/testing';
import { moveInGrid } from '../../src/components/risk-matrix/grid-navigation.js';
import { layoutArrows, packCell, type CellEntry } from '../../src/layout/risk-matrix-pack.js';
import type { MatrixCell, MatrixMarker, MatrixRisk } from '../../src/layout/risk-matrix.js';
import { layoutLegend, layoutTray, placeRisks } from '../../src/layout/risk-placement.js';
import type { Risk, Roadmap } from '../../src/model/schema.js';
import { validateRoadmap } from '../../src/model/validate.js';

function roadmapWith(risks: Array<Partial<Risk> & { id: string }>): Roadmap {
  const { roadmap } = validateRoadmap({ schemaVersion: '1.0', meta: { title: 'Risks' }, risks: risks.map((r) => ({ title: r.id, ...r })) });
  return roadmap!;
}
const rate = (likelihood: number, impact: number) => ({ likelihood: { level: likelihood }, impact: { level: impact } });

function emptyCell(x: number, y: number, width: number, height: number): MatrixCell {
  return { key: '3-3', likelihood: 3, impact: 3, likelihoodLabel: 'Possible', impactLabel: 'Moderate', row: 2, col: 2, x, y, width, height, riskIds: [], markers: [] };
}
const entry = (id: string, ghost = false): CellEntry => ({
  risk: { id, number: id, title: `Risk ${id}`, rated: true, fallback: false, affects: [] },
  kind: ghost ? 'inherent' : 'residual',
  ghost,
});

describe('placeRisks', () => {
  const roadmap = roadmapWith([
    { id: 'moved', inherent: rate(5, 4), residual: rate(2, 3) },
    { id: 'inherent-only', inherent: rate(4, 4) },
    { id: 'unrated', category: 'People' },
    { id: 'stated', inherent: { band: 'High' } },
  ]);

  it('in both mode the current position is the residual one, else the inherent one', () => {
    const { risks, hasResidual, model, rescaled } = placeRisks(roadmap, { mode: 'both' });
    expect(model.likelihood).to.have.length(5);
    expect(rescaled).to.equal(undefined);
    expect(hasResidual).to.equal(true);
    const byId = new Map(risks.map((r) => [r.id, r]));
    expect(byId.get('moved')!.current).to.include({ kind: 'residual', cell: '2-3', score: 6, band: 'medium' });
    expect(byId.get('moved')!.inherent).to.include({ cell: '5-4', score: 20, band: 'critical' });
    expect(byId.get('inherent-only')!.current).to.include({ kind: 'inherent', cell: '4-4' });
    expect(byId.get('unrated')!).to.include({ rated: false, category: 'People' });
    expect(byId.get('stated')!).to.include({ rated: false, statedBand: 'High' });
  });

  it('in residual mode a risk without a residual rating falls back to its inherent one', () => {
    const risks = placeRisks(roadmap, { mode: 'residual' }).risks;
    expect(risks.find((r) => r.id === 'inherent-only')).to.include({ fallback: true });
    expect(risks.find((r) => r.id === 'moved')).to.include({ fallback: false });
  });

  it('on a 3×3 grid rescales 5-level ratings and says so', () => {
    const { rescaled, risks } = placeRisks(roadmap, { mode: 'both', size: 3 });
    expect(rescaled).to.deep.equal({ from: 5, to: 3 });
    expect(risks[0]!.inherent!.cell).to.equal('3-3');
  });

  it('the legend counts current positions per band; the tray groups unrated risks by category, uncategorised last', () => {
    const { model, risks } = placeRisks(roadmap, { mode: 'both' });
    expect(layoutLegend(model, risks).map((b) => [b.key, b.range, b.count])).to.deep.equal([
      ['low', '1–4', 0],
      ['medium', '5–9', 1],
      ['high', '10–16', 1],
      ['critical', '20–25', 0],
    ]);
    expect(layoutTray(risks)).to.deep.equal([
      { category: 'People', label: 'People', riskIds: ['unrated'] },
      { label: 'Uncategorised', riskIds: ['stated'] },
    ]);
  });
});

describe('packCell', () => {
  const opts = { markerStyle: 'dot' as const, markerHeight: 20, measure: (t: string) => t.length * 7 };

  it('flows dots left to right under the score label, then wraps', () => {
    const cell = emptyCell(100, 0, 80, 80);
    packCell(cell, [entry('a'), entry('b'), entry('c'), entry('d')], opts);
    expect(cell.markers.map((m) => [m.riskId, m.x, m.y])).to.deep.equal([
      ['a', 105, 21],
      ['b', 129, 21],
      ['c', 153, 21],
      ['d', 105, 45],
    ]);
    expect(cell.overflow).to.equal(undefined);
  });

  it('turns the last slot into "+N" standing for the risks that do not fit', () => {
    const cell = emptyCell(0, 0, 60, 40);
    packCell(cell, [entry('a'), entry('b'), entry('c'), entry('g', true)], opts);
    expect(cell.markers.map((m) => m.riskId)).to.deep.equal(['a']);
    expect(cell.overflow).to.include({ count: 3 });
    expect(cell.overflow!.riskIds).to.deep.equal(['b', 'c', 'g']);
  });
});

describe('layoutArrows', () => {
  const risk: MatrixRisk = {
    id: 'r',
    number: '1',
    title: 'R',
    rated: true,
    fallback: false,
    affects: [],
    inherent: { kind: 'inherent', likelihood: 5, impact: 5, likelihoodLabel: '', impactLabel: '', cell: '5-5' },
    residual: { kind: 'residual', likelihood: 1, impact: 5, likelihoodLabel: '', impactLabel: '', cell: '1-5' },
  };
  const marker = (kind: 'inherent' | 'residual', y: number): MatrixMarker => ({ key: `r:${kind}`, riskId: 'r', kind, ghost: kind === 'inherent', cell: '', x: 0, y, width: 20, height: 20 });

  it('runs from the edge of the inherent marker to the edge of the residual one, bent to one side', () => {
    const [arrow] = layoutArrows([risk], [marker('inherent', 0), marker('residual', 200)], []);
    expect(arrow).to.include({ riskId: 'r', x1: 10, y1: 22, x2: 10, y2: 197 });
    expect(arrow!.d).to.equal('M10,22Q-14,109.5 10,197');
  });

  it('draws nothing for markers too close to fit an arrow between them', () => {
    expect(layoutArrows([risk], [marker('inherent', 0), marker('residual', 24)], [])).to.deep.equal([]);
  });
});

describe('moveInGrid', () => {
  const size = { rows: 5, cols: 5 };
  it('arrows move one cell and stop at the edges', () => {
    expect(moveInGrid({ row: 2, col: 2 }, { key: 'ArrowUp' }, size)).to.deep.equal({ row: 1, col: 2 });
    expect(moveInGrid({ row: 0, col: 2 }, { key: 'ArrowUp' }, size)).to.deep.equal({ row: 0, col: 2 });
    expect(moveInGrid({ row: 4, col: 4 }, { key: 'ArrowRight' }, size)).to.deep.equal({ row: 4, col: 4 });
    expect(moveInGrid({ row: 4, col: 4 }, { key: 'ArrowLeft' }, size)).to.deep.equal({ row: 4, col: 3 });
  });

  it('Home / End go along the row, with Ctrl to the grid’s corners; PageUp / PageDown to the top and bottom rows', () => {
    expect(moveInGrid({ row: 2, col: 2 }, { key: 'Home' }, size)).to.deep.equal({ row: 2, col: 0 });
    expect(moveInGrid({ row: 2, col: 2 }, { key: 'End', ctrlKey: true }, size)).to.deep.equal({ row: 4, col: 4 });
    expect(moveInGrid({ row: 2, col: 2 }, { key: 'PageUp' }, size)).to.deep.equal({ row: 0, col: 2 });
    expect(moveInGrid({ row: 2, col: 2 }, { key: 'a' }, size)).to.equal(undefined);
  });
});
