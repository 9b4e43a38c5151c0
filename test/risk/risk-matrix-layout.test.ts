import { expect } from '@open-wc/testing';
import { layoutRiskMatrix, type MatrixLayout } from '../../src/layout/risk-matrix.js';
import type { Risk, Roadmap } from '../../src/model/schema.js';
import { validateRoadmap } from '../../src/model/validate.js';

async function load(path: string): Promise<Roadmap> {
  const { roadmap, diagnostics } = validateRoadmap(await (await fetch(path)).json());
  if (!roadmap) throw new Error(`${path}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return roadmap;
}

function roadmapWith(risks: Array<Partial<Risk> & { id: string }>): Roadmap {
  const { roadmap } = validateRoadmap({
    schemaVersion: '1.0',
    meta: { title: 'Risks' },
    initiatives: [{ id: 'i1', key: 'I-1', title: 'One' }],
    risks: risks.map((r) => ({ title: r.id, ...r })),
  });
  return roadmap!;
}

const rate = (likelihood: number, impact: number) => ({ likelihood: { level: likelihood }, impact: { level: impact } });
/** A fixed-width text measure, so geometry does not depend on fonts. */
const measureText = (text: string) => text.length * 7;

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every marker (and "+N") lies inside its cell and overlaps no other. */
function expectPacked(layout: MatrixLayout): void {
  for (const cell of layout.cells) {
    const boxes = [...cell.markers, ...(cell.overflow ? [cell.overflow] : [])];
    for (const b of boxes) {
      expect(b.x, `${cell.key} left`).to.be.at.least(cell.x);
      expect(b.y, `${cell.key} top`).to.be.at.least(cell.y);
      expect(b.x + b.width, `${cell.key} right`).to.be.at.most(cell.x + cell.width + 0.01);
      expect(b.y + b.height, `${cell.key} bottom`).to.be.at.most(cell.y + cell.height + 0.01);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${cell.key}: ${i} and ${j} overlap`).to.equal(false);
    }
  }
}

describe('layoutRiskMatrix', () => {
  let rated: Roadmap;
  before(async () => {
    rated = await load('/test/fixtures/risks/rated.json');
  });

  it('layoutRiskMatrix(rated, {width: 860}) draws a 5×5 grid, likelihood rising up the side', () => {
    const layout = layoutRiskMatrix(rated, { width: 860, measureText });
    expect(layout.size).to.equal(5);
    expect(layout.cells).to.have.length(25);
    expect(layout.rows.map((r) => r.header.label)).to.deep.equal(['Almost certain', 'Likely', 'Possible', 'Unlikely', 'Rare']);
    expect(layout.columnHeaders.map((h) => h.label)).to.deep.equal(['Negligible', 'Minor', 'Moderate', 'Major', 'Severe']);
    expect(layout.rowAxis.title).to.equal('Likelihood');
    expect(layout.columnAxis.title).to.equal('Impact');
    const topRight = layout.rows[0]!.cells[4]!;
    expect([topRight.likelihood, topRight.impact, topRight.score, topRight.band]).to.deep.equal([5, 5, 25, 'critical']);
    const bottomLeft = layout.rows[4]!.cells[0]!;
    expect([bottomLeft.likelihood, bottomLeft.impact, bottomLeft.band]).to.deep.equal([1, 1, 'low']);
    expect(layout.cells.find((c) => c.key === '3-5')?.band, '15 is high').to.equal('high');
    expect(layout.width).to.be.at.most(860);
    expect(layout.markerStyle).to.equal('pill');
  });

  it('places each rated risk in its cell and lists the unrated ones in the tray', () => {
    const layout = layoutRiskMatrix(rated, { width: 860, mode: 'inherent', measureText });
    const risk = (id: string) => layout.risks.find((r) => r.id === id)!;
    expect(risk('vault-cutover').current?.cell).to.equal('3-5');
    expect(risk('vault-cutover').current?.score).to.equal(15);
    expect(risk('vault-cutover').number).to.equal('R1');
    expect(layout.cells.find((c) => c.key === '4-4')?.riskIds).to.deep.equal(['fx-provider', 'audit-findings', 'ledger-load', 'payout-fraud']);
    expect(layout.counts).to.deep.equal({ total: 11, rated: 8, unrated: 3 });
    expect(layout.tray.map((g) => [g.label, g.riskIds])).to.deep.equal([
      ['Resource', ['hiring']],
      ['Compliance', ['regulation']],
      ['Uncategorised', ['vendor-lockin']],
    ]);
    expect(risk('hiring').number, 'unkeyed risks are numbered by position').to.equal('9');
    expect(layout.arrows).to.have.length(0);
  });

  it('in both mode draws ghosts at inherent cells and an arrow to each residual cell', () => {
    const layout = layoutRiskMatrix(rated, { width: 860, mode: 'both', measureText });
    expect(layout.hasResidual).to.equal(true);
    expect(layout.arrows.map((a) => a.riskId).sort()).to.deep.equal(['audit-findings', 'fx-provider', 'payout-fraud', 'scope-creep', 'vault-cutover']);
    const ghosts = layout.markers.filter((m) => m.ghost).map((m) => `${m.riskId}@${m.cell}`);
    expect(ghosts).to.include('vault-cutover@3-5');
    const r1 = layout.markers.find((m) => m.riskId === 'vault-cutover' && m.kind === 'residual')!;
    expect(r1.cell).to.equal('2-4');
    // Unchanged by mitigation: one marker, no arrow.
    expect(layout.markers.filter((m) => m.riskId === 'key-person').map((m) => m.kind)).to.deep.equal(['both']);
    const arrow = layout.arrows.find((a) => a.riskId === 'vault-cutover')!;
    expect(arrow.d).to.match(/^M[\d.]+,[\d.]+Q[\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
    // The arrow ends at the residual marker's edge, not inside it.
    expect(overlaps({ x: arrow.x2 - 0.5, y: arrow.y2 - 0.5, width: 1, height: 1 }, r1)).to.equal(false);
    expectPacked(layout);
  });

  it('in residual mode shows residual ratings and falls back to inherent where there is none', () => {
    const layout = layoutRiskMatrix(rated, { width: 860, mode: 'residual', measureText });
    const risk = (id: string) => layout.risks.find((r) => r.id === id)!;
    expect(risk('vault-cutover').current).to.include({ kind: 'residual', cell: '2-4', score: 8, band: 'medium' });
    expect(risk('ledger-load').current?.kind).to.equal('inherent');
    expect(risk('ledger-load').fallback).to.equal(true);
    expect(risk('vault-cutover').fallback).to.equal(false);
    expect(layout.legend.map((b) => [b.key, b.count])).to.deep.equal([
      ['low', 1],
      ['medium', 5],
      ['high', 2],
      ['critical', 0],
    ]);
  });

  it('at size 3 rescales 5-level ratings onto Low/Medium/High and says so', () => {
    const layout = layoutRiskMatrix(rated, { width: 860, size: 3, mode: 'inherent', measureText });
    expect(layout.size).to.equal(3);
    expect(layout.rescaled).to.deep.equal({ from: 5, to: 3 });
    expect(layout.cells).to.have.length(9);
    expect(layout.rows.map((r) => r.header.label)).to.deep.equal(['High', 'Medium', 'Low']);
    expect(layout.legend.map((b) => `${b.label} ${b.range}`)).to.deep.equal(['Low 1–2', 'Medium 3–4', 'High 6–9']);
    const risk = (id: string) => layout.risks.find((r) => r.id === id)!;
    expect(risk('scope-creep').current?.cell, '(5, 4) → (3, 3)').to.equal('3-3');
    expect(risk('vault-cutover').current?.cell, '(3, 5) → (2, 3)').to.equal('2-3');
    expect(risk('bank-api').current?.cell, '(2, 2) → (1, 1)').to.equal('1-1');
    const crowded = layout.cells.find((c) => c.key === '3-3')!;
    expect(crowded.riskIds).to.have.length(5);
    expectPacked(layout);
  });

  it('keeps ratings as written when they fit the grid and the roadmap has no model', () => {
    const roadmap = roadmapWith([{ id: 'a', inherent: rate(3, 2) }]);
    const layout = layoutRiskMatrix(roadmap, { width: 600, size: 3, measureText });
    expect(layout.rescaled).to.equal(undefined);
    expect(layout.risks[0]!.current?.cell).to.equal('3-2');
  });

  it('uses the roadmap riskModel (labels, bands, lookup) when its size is not overridden', () => {
    const { roadmap } = validateRoadmap({
      schemaVersion: '1.0',
      meta: { title: 'Lookup' },
      riskModel: {
        likelihood: [{ level: 1, label: 'Seldom' }, { level: 2, label: 'Often' }],
        impact: [{ level: 1, label: 'Small' }, { level: 2, label: 'Large' }],
        scoring: 'lookup',
        cells: [
          ['green', 'amber'],
          ['amber', 'red'],
        ],
        bands: [
          { key: 'green', label: 'Green', color: '#2da44e' },
          { key: 'amber', label: 'Amber', color: '#d4a72c' },
          { key: 'red', label: 'Red', color: '#cf222e' },
        ],
      },
      risks: [{ id: 'x', title: 'X', inherent: rate(2, 2) }],
    });
    const layout = layoutRiskMatrix(roadmap!, { width: 500, measureText });
    expect(layout.size).to.equal(2);
    expect(layout.rows.map((r) => r.header.label)).to.deep.equal(['Often', 'Seldom']);
    expect(layout.cells.find((c) => c.key === '2-2')).to.include({ band: 'red', bandColor: '#cf222e' });
    expect(layout.cells.find((c) => c.key === '2-2')?.score).to.equal(undefined);
    expect(layout.legend.map((b) => [b.key, b.range, b.count])).to.deep.equal([
      ['green', '', 0],
      ['amber', '', 0],
      ['red', '', 1],
    ]);
  });

  it('orientation likelihood-x puts likelihood along the bottom and impact up the side', () => {
    const layout = layoutRiskMatrix(rated, { width: 860, orientation: 'likelihood-x', measureText });
    expect(layout.rowAxis.title).to.equal('Impact');
    expect(layout.columnAxis.title).to.equal('Likelihood');
    expect(layout.rows.map((r) => r.header.label)).to.deep.equal(['Severe', 'Major', 'Moderate', 'Minor', 'Negligible']);
    expect(layout.columnHeaders[0]!.label).to.equal('Rare');
    const cell = layout.rows[0]!.cells[2]!;
    expect([cell.impact, cell.likelihood]).to.deep.equal([5, 3]);
    expect(cell.riskIds).to.include('vault-cutover');
  });

  it('packs a crowded cell without overlap and counts the rest in a "+N" marker', () => {
    const risks = Array.from({ length: 12 }, (_, i) => ({ id: `r${i + 1}`, title: `Risk number ${i + 1}`, inherent: rate(4, 4) }));
    for (const width of [360, 520, 860]) {
      const layout = layoutRiskMatrix(roadmapWith(risks), { width, measureText });
      const cell = layout.cells.find((c) => c.key === '4-4')!;
      expect(cell.riskIds, `width ${width}`).to.have.length(12);
      expect(cell.overflow, `width ${width}`).to.not.equal(undefined);
      expect(cell.markers.length + cell.overflow!.count, `width ${width}`).to.equal(12);
      expect(cell.overflow!.riskIds).to.deep.equal(risks.slice(cell.markers.length).map((r) => r.id));
      expectPacked(layout);
    }
  });

  it('uses numbered dots in narrow cells and pills with titles in wide ones', () => {
    expect(layoutRiskMatrix(rated, { width: 360, measureText }).markerStyle).to.equal('dot');
    expect(layoutRiskMatrix(rated, { width: 860, measureText }).markerStyle).to.equal('pill');
    expectPacked(layoutRiskMatrix(rated, { width: 360, measureText }));
  });

  it('grows rows so a cell of four risks shows them all when the width allows', () => {
    const layout = layoutRiskMatrix(rated, { width: 860, mode: 'inherent', measureText });
    const cell = layout.cells.find((c) => c.key === '4-4')!;
    expect(cell.markers).to.have.length(4);
    expect(cell.overflow).to.equal(undefined);
  });

  it('with no rated risk is compact and places nothing; the tray keeps every risk', () => {
    const roadmap = roadmapWith([
      { id: 'a', title: 'Scalability challenges', category: 'Technical' },
      { id: 'b', title: 'Competitor features', category: 'Business' },
      { id: 'c', title: 'Legacy system migration', category: 'Technical' },
    ]);
    const layout = layoutRiskMatrix(roadmap, { width: 800, measureText });
    expect(layout.compact).to.equal(true);
    expect(layout.markers).to.have.length(0);
    expect(layout.cells.every((c) => c.height === 40)).to.equal(true);
    expect(layout.tray.map((g) => [g.category, g.riskIds])).to.deep.equal([
      ['Technical', ['a', 'c']],
      ['Business', ['b']],
    ]);
    expect(layout.counts).to.deep.equal({ total: 3, rated: 0, unrated: 3 });
  });

  it('honours a height limit, never below 40 px a row', () => {
    const layout = layoutRiskMatrix(rated, { width: 860, height: 300, measureText });
    expect(layout.height).to.be.at.most(300);
    const tiny = layoutRiskMatrix(rated, { width: 860, height: 100, measureText });
    expect(tiny.rows.every((r) => r.height === 40)).to.equal(true);
  });

  it('is pure: same input, same output, and the roadmap is not changed', () => {
    const before = JSON.stringify(rated);
    const a = layoutRiskMatrix(rated, { width: 700, measureText });
    const b = layoutRiskMatrix(rated, { width: 700, measureText });
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
    expect(JSON.stringify(rated)).to.equal(before);
  });

  it('ignores levels outside the scale rather than inventing a cell', () => {
    const layout = layoutRiskMatrix(roadmapWith([{ id: 'a', inherent: { likelihood: { level: 0 } as never, impact: { level: 3 } } }]), { width: 600, measureText });
    expect(layout.risks[0]!.rated).to.equal(false);
    expect(layout.tray[0]!.riskIds).to.deep.equal(['a']);
  });
});
