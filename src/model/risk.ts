/**
 * Risk scales, scores and bands (research/model-and-domain.md §3). Pure: no DOM.
 *
 * The default model is 5×5 product scoring with four bands, 1–4 low, 5–9 medium, 10–16 high,
 * 20–25 critical (decision D5; 15 = 3×5 is high). 4×4 and 3×3 defaults scale the same idea; a
 * roadmap's own `riskModel` (product, sum or lookup) replaces them.
 */
import type { RatingValue, Risk, RiskAssessment, RiskModel } from './schema.js';

/** Band keys of the default models, lowest first. Each has a `--roadmap-band-<key>` colour token. */
export const RISK_BAND_KEYS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskBandKey = (typeof RISK_BAND_KEYS)[number];

/** Grid sizes with a default model. */
export const RISK_MATRIX_SIZES = [3, 4, 5] as const;
export type RiskMatrixSize = (typeof RISK_MATRIX_SIZES)[number];

/** Which assessment of a risk: before treatment, with current controls, or the aim. */
export type AssessmentKind = 'inherent' | 'residual' | 'target';

export type RiskBand = RiskModel['bands'][number];

const LIKELIHOOD: Record<RiskMatrixSize, string[]> = {
  3: ['Low', 'Medium', 'High'],
  4: ['Unlikely', 'Possible', 'Likely', 'Almost certain'],
  5: ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
};
const IMPACT: Record<RiskMatrixSize, string[]> = {
  3: ['Low', 'Medium', 'High'],
  4: ['Minor', 'Moderate', 'Major', 'Severe'],
  5: ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'],
};
/** Inclusive score ranges per band, by size (product scoring). */
const BANDS: Record<RiskMatrixSize, Array<[RiskBandKey, string, number, number]>> = {
  3: [
    ['low', 'Low', 1, 2],
    ['medium', 'Medium', 3, 4],
    ['high', 'High', 6, 9],
  ],
  4: [
    ['low', 'Low', 1, 2],
    ['medium', 'Medium', 3, 4],
    ['high', 'High', 6, 9],
    ['critical', 'Critical', 12, 16],
  ],
  5: [
    ['low', 'Low', 1, 4],
    ['medium', 'Medium', 5, 9],
    ['high', 'High', 10, 16],
    ['critical', 'Critical', 20, 25],
  ],
};

/**
 * The default risk model for a square grid of `size` levels: axis labels (Rare … Almost certain,
 * Negligible … Severe on 5×5), product scoring, and bands whose `color` names the band token.
 */
export function defaultRiskModel(size: RiskMatrixSize = 5): RiskModel {
  return {
    likelihood: LIKELIHOOD[size].map((label, i) => ({ level: i + 1, label })),
    impact: IMPACT[size].map((label, i) => ({ level: i + 1, label })),
    scoring: 'product',
    bands: BANDS[size].map(([key, label, min, max]) => ({ key, label, min, max, color: `var(--roadmap-band-${key})` })),
  };
}

/** True when `size` is 3, 4 or 5. */
export function isRiskMatrixSize(size: unknown): size is RiskMatrixSize {
  return size === 3 || size === 4 || size === 5;
}

function level(rating: RatingValue | undefined, max: number): number | undefined {
  const value = rating?.level;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max ? value : undefined;
}

/** True when an assessment has both a likelihood and an impact level. */
export function isRated(assessment: RiskAssessment | undefined): assessment is RiskAssessment & { likelihood: RatingValue; impact: RatingValue } {
  return typeof assessment?.likelihood?.level === 'number' && typeof assessment.impact?.level === 'number';
}

/** True when any of a risk's assessments (inherent, residual, target) is rated. */
export function isRiskRated(risk: Risk): boolean {
  return isRated(risk.inherent) || isRated(risk.residual) || isRated(risk.target);
}

/** Score of a likelihood and impact level under a model; undefined for lookup models. */
export function cellScore(model: RiskModel, likelihood: number, impact: number): number | undefined {
  if (model.scoring === 'product') return likelihood * impact;
  if (model.scoring === 'sum') return likelihood + impact;
  return undefined;
}

/**
 * Score of an assessment: L × I (product), L + I (sum), or undefined (lookup models, unrated
 * assessments, or levels outside the model's scales).
 */
export function riskScore(model: RiskModel, assessment: RiskAssessment | undefined): number | undefined {
  const l = level(assessment?.likelihood, model.likelihood.length);
  const i = level(assessment?.impact, model.impact.length);
  if (l === undefined || i === undefined) return undefined;
  return cellScore(model, l, i);
}

/** The band a score falls in: the band whose range holds it, else the highest band starting below it. */
export function bandForScore(model: RiskModel, score: number): RiskBand | undefined {
  const inRange = model.bands.find((b) => (b.min ?? -Infinity) <= score && score <= (b.max ?? Infinity));
  if (inRange) return inRange;
  let best: RiskBand | undefined;
  for (const b of model.bands) if (b.min !== undefined && b.min <= score && (!best || (best.min ?? -Infinity) < b.min)) best = b;
  return best ?? model.bands[0];
}

/** Band of the cell at (likelihood, impact), 1-based, under any scoring (lookup included). */
export function cellBand(model: RiskModel, likelihood: number, impact: number): RiskBand | undefined {
  if (model.scoring === 'lookup') {
    const key = model.cells?.[likelihood - 1]?.[impact - 1];
    return model.bands.find((b) => b.key === key);
  }
  const score = cellScore(model, likelihood, impact);
  return score === undefined ? undefined : bandForScore(model, score);
}

/**
 * Score and band of an assessment under a risk model; undefined when unrated. A band stated in
 * the assessment (`band`) is used when the levels are missing and the model knows that key.
 */
export function riskBand(model: RiskModel, assessment: RiskAssessment | undefined): { score?: number; band: RiskBand } | undefined {
  if (!assessment) return undefined;
  const l = level(assessment.likelihood, model.likelihood.length);
  const i = level(assessment.impact, model.impact.length);
  if (l !== undefined && i !== undefined) {
    const band = cellBand(model, l, i);
    const score = cellScore(model, l, i);
    if (band) return score === undefined ? { band } : { score, band };
  }
  const stated = assessment.band ? model.bands.find((b) => b.key === assessment.band || b.label.toLowerCase() === assessment.band?.toLowerCase()) : undefined;
  return stated ? { band: stated } : undefined;
}

/** "1–4", "20–25", "≥ 12"; empty for a band with no range (lookup models). */
export function formatBandRange(band: RiskBand): string {
  if (band.min !== undefined && band.max !== undefined) return band.min === band.max ? `${band.min}` : `${band.min}–${band.max}`;
  if (band.min !== undefined) return `≥ ${band.min}`;
  if (band.max !== undefined) return `≤ ${band.max}`;
  return '';
}

/**
 * A level on a `from`-level scale moved to a `to`-level scale by the middle of its range
 * (5 → 3: 1–2→1, 3→2, 4–5→3; 3 → 5: 1→1, 2→3, 3→5). Used when ratings written on one scale are
 * shown on a grid of another size.
 */
export function rescaleLevel(value: number, from: number, to: number): number {
  if (from === to) return value;
  return Math.min(to, Math.max(1, Math.round(((value - 0.5) * to) / from + 0.5)));
}
