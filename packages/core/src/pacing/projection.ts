import { normalCdf, normalTwoSidedCritical } from '../stats/distributions';
import { type Outcome, unavailable } from '../stats/result';
import type { KpiDirection } from './status';

export interface ProjectionInput {
  actual: number | null;
  /** Planned share delivered so far (ExpectedToDate.share): 0 … 1, 1 at the campaign end. */
  share: number;
  /** σ of the delivery curve (ExpectedToDate.residualLogSd). */
  residualLogSd: number;
  target?: number;
  direction?: KpiDirection;
  confidence?: number;
}

export interface Projection {
  /** actual / share: the final value if the rest of the plan delivers at the pace seen so far. */
  projected: number;
  /** Prediction interval; the lower end is never below what is already delivered. */
  interval: [number, number];
  confidence: number;
  /** P(final reaches the target) — "≥ target" when higher is better, "≤ target" when lower is. */
  probabilityOnTarget: number | null;
}

/**
 * Projected final value with a log-normal prediction interval whose log-sd shrinks with the share
 * still to come: σ_eff = σ·(1 − share). At the end (share 1) the projection is the actual value.
 */
export function projectFinal(input: ProjectionInput): Outcome<Projection> {
  const { actual, share, residualLogSd, target, direction = 'higher', confidence = 0.8 } = input;
  if (actual === null || !Number.isFinite(actual) || actual < 0)
    return unavailable('no_data', 'no actual value recorded yet');
  if (!(share > 0 && share <= 1))
    return unavailable('no_progress', 'nothing was planned to be delivered yet');
  if (!(residualLogSd >= 0 && Number.isFinite(residualLogSd)))
    return unavailable('invalid_sigma', 'σ must be ≥ 0');
  if (!(confidence > 0 && confidence < 1))
    return unavailable('invalid_confidence', 'confidence must be in (0, 1)');
  const projected = actual / share;
  if (!Number.isFinite(projected))
    return unavailable('too_early', 'too little was planned so far to extrapolate');
  const sigma = residualLogSd * (1 - share);
  const z = normalTwoSidedCritical(confidence);
  const interval: [number, number] = [
    Math.max(actual, projected * Math.exp(-z * sigma)),
    projected * Math.exp(z * sigma),
  ];
  let probabilityOnTarget: number | null = null;
  if (target !== undefined && target > 0 && Number.isFinite(target)) {
    if (direction === 'higher' && actual >= target) probabilityOnTarget = 1;
    else if (direction === 'lower' && actual > target) probabilityOnTarget = 0;
    else if (sigma === 0 || projected === 0) {
      const reached = direction === 'higher' ? projected >= target : projected <= target;
      probabilityOnTarget = reached ? 1 : 0;
    } else {
      const zTarget = (Math.log(projected) - Math.log(target)) / sigma;
      probabilityOnTarget = direction === 'higher' ? normalCdf(zTarget) : normalCdf(-zTarget);
    }
  }
  return { ok: true, projected, interval, confidence, probabilityOnTarget };
}
