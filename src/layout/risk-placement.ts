/**
 * Where a roadmap's risks fall on the matrix, before any geometry: the risk model drawn (the
 * roadmap's own, or a default square one), each risk's inherent and residual placement on it
 * (rescaled when the ratings were written on another scale), the band legend with counts, and
 * the tray of unrated risks grouped by category. Pure: no DOM.
 */
import {
  cellBand,
  cellScore,
  defaultRiskModel,
  formatBandRange,
  isRated,
  isRiskMatrixSize,
  rescaleLevel,
  type RiskBand,
  type RiskMatrixSize,
} from '../model/risk.js';
import type { Risk, RiskAssessment, RiskModel, Roadmap } from '../model/schema.js';
import type { LegendItem, MatrixMode, MatrixRisk, Placement, TrayGroup } from './risk-matrix.js';
import { safeColor } from './safe-color.js';

/** The model drawn and every risk placed on it, in roadmap order. */
export interface RiskPlacements {
  model: RiskModel;
  /** Ratings were written on a scale of `from` levels and are placed on `to` levels. */
  rescaled?: { from: number; to: number };
  risks: MatrixRisk[];
  /** Residual ratings exist, so the mode toggle means something. */
  hasResidual: boolean;
}

function titleOf(risk: Risk): string {
  return risk.title;
}

function numberOf(risk: Risk, index: number): string {
  return risk.key && risk.key.length <= 4 ? risk.key : String(index + 1);
}

/** Largest level written on each axis across all assessments. */
function maxLevels(risks: Risk[]): { likelihood: number; impact: number } {
  let likelihood = 0;
  let impact = 0;
  for (const r of risks) {
    for (const a of [r.inherent, r.residual, r.target]) {
      if (!isRated(a)) continue;
      likelihood = Math.max(likelihood, a.likelihood.level);
      impact = Math.max(impact, a.impact.level);
    }
  }
  return { likelihood, impact };
}

/** The model drawn, and the scale the ratings were written on. */
function chooseModel(roadmap: Roadmap, size: RiskMatrixSize | undefined): { model: RiskModel; from: { likelihood: number; impact: number } } {
  const own = roadmap.riskModel && roadmap.riskModel.likelihood.length > 0 && roadmap.riskModel.impact.length > 0 ? roadmap.riskModel : undefined;
  const seen = maxLevels(roadmap.risks);
  const ownSquare = own && own.likelihood.length === own.impact.length ? own.likelihood.length : undefined;
  let model: RiskModel;
  if (own && (size === undefined || ownSquare === size)) model = own;
  else model = defaultRiskModel(size ?? (isRiskMatrixSize(ownSquare) ? ownSquare : 5));
  const n = { likelihood: model.likelihood.length, impact: model.impact.length };
  // Ratings are on the roadmap's own scale when it has one; otherwise on the drawn scale when they
  // fit it, else on the default five levels (or the largest level written, if above five).
  const from = own
    ? { likelihood: own.likelihood.length, impact: own.impact.length }
    : {
        likelihood: seen.likelihood <= n.likelihood ? n.likelihood : Math.max(5, seen.likelihood),
        impact: seen.impact <= n.impact ? n.impact : Math.max(5, seen.impact),
      };
  return { model, from };
}

export function labelOf(scale: RiskModel['likelihood'], level: number): string {
  return scale.find((s) => s.level === level)?.label ?? String(level);
}

export function bandFields(band: RiskBand | undefined): { band?: string; bandLabel?: string } {
  return band ? { band: band.key, bandLabel: band.label } : {};
}

/**
 * Place every risk of the roadmap on the model drawn for `size` (default: the roadmap's own
 * model, else 5×5). `mode` picks each risk's current position: residual (else inherent) for
 * `both`, or the asked-for rating, falling back to the other one (`fallback: true`).
 */
export function placeRisks(roadmap: Roadmap, options: { size?: RiskMatrixSize | undefined; mode: MatrixMode }): RiskPlacements {
  const { mode } = options;
  const { model, from } = chooseModel(roadmap, isRiskMatrixSize(options.size) ? options.size : undefined);
  const nL = model.likelihood.length;
  const nI = model.impact.length;
  const rescaled = from.likelihood !== nL || from.impact !== nI ? { from: Math.max(from.likelihood, from.impact), to: Math.max(nL, nI) } : undefined;

  const place = (a: RiskAssessment | undefined, kind: 'inherent' | 'residual'): Placement | undefined => {
    if (!isRated(a)) return undefined;
    const rawL = a.likelihood.level;
    const rawI = a.impact.level;
    if (rawL < 1 || rawI < 1 || rawL > from.likelihood || rawI > from.impact) return undefined;
    const l = rescaleLevel(rawL, from.likelihood, nL);
    const i = rescaleLevel(rawI, from.impact, nI);
    const score = cellScore(model, l, i);
    return {
      kind,
      likelihood: l,
      impact: i,
      likelihoodLabel: labelOf(model.likelihood, l),
      impactLabel: labelOf(model.impact, i),
      ...(score === undefined ? {} : { score }),
      ...bandFields(cellBand(model, l, i)),
      cell: `${l}-${i}`,
    };
  };
  const risks: MatrixRisk[] = roadmap.risks.map((risk, index) => {
    const inherent = place(risk.inherent, 'inherent');
    const residual = place(risk.residual, 'residual');
    const wanted = mode === 'residual' ? residual : inherent;
    const other = mode === 'residual' ? inherent : residual;
    const current = mode === 'both' ? (residual ?? inherent) : (wanted ?? other);
    const fallback = mode !== 'both' && !wanted && Boolean(other);
    const statedBand = risk.inherent?.band ?? risk.residual?.band;
    return {
      id: risk.id,
      number: numberOf(risk, index),
      title: titleOf(risk),
      ...(risk.category ? { category: risk.category } : {}),
      rated: Boolean(inherent || residual),
      ...(inherent ? { inherent } : {}),
      ...(residual ? { residual } : {}),
      ...(current ? { current } : {}),
      fallback,
      ...(statedBand && !inherent && !residual ? { statedBand } : {}),
      affects: risk.affects ?? [],
    };
  });
  const hasResidual = risks.some((r) => r.residual);
  return { model, ...(rescaled ? { rescaled } : {}), risks, hasResidual };
}

/** The model's bands, with how many risks currently sit in each. */
export function layoutLegend(model: RiskModel, risks: readonly MatrixRisk[]): LegendItem[] {
  return model.bands.map((b) => ({
    key: b.key,
    label: b.label,
    range: model.scoring === 'lookup' ? '' : formatBandRange(b),
    ...(b.color && !b.color.startsWith('var(--roadmap-band-') && safeColor(b.color) ? { color: b.color } : {}),
    count: risks.filter((r) => r.current?.band === b.key).length,
  }));
}

/** Unrated risks grouped by category, in roadmap order; uncategorised last. */
export function layoutTray(risks: readonly MatrixRisk[]): TrayGroup[] {
  const tray: TrayGroup[] = [];
  for (const risk of risks) {
    if (risk.rated) continue;
    const category = risk.category?.trim() || undefined;
    let group = tray.find((g) => g.category === category);
    if (!group) {
      group = { ...(category ? { category } : {}), label: category ?? 'Uncategorised', riskIds: [] };
      tray.push(group);
    }
    group.riskIds.push(risk.id);
  }
  // Uncategorised last when categories exist.
  tray.sort((a, b) => Number(a.category === undefined) - Number(b.category === undefined));

  return tray;
}
