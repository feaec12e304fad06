import { normalCdf, normalTwoSidedCritical } from './distributions';
import { isCount, type Outcome, unavailable } from './result';

export interface ProportionCounts {
  successesA: number;
  trialsA: number;
  successesB: number;
  trialsB: number;
}

export interface TwoProportionTest {
  rateA: number;
  rateB: number;
  /** rateB − rateA, as a proportion (0.02 = 2 points). */
  difference: number;
  /** (rateB − rateA) / rateA; null when rateA is 0. */
  relativeLift: number | null;
  z: number;
  /** Two-sided p-value of H0: rateA = rateB (pooled standard error). */
  pValue: number;
  confidence: number;
  /** Wald interval of the difference (unpooled standard error). */
  differenceInterval: [number, number];
}

export function validateCounts(counts: ProportionCounts): Outcome<Record<never, never>> {
  const { successesA, trialsA, successesB, trialsB } = counts;
  if (![successesA, trialsA, successesB, trialsB].every(isCount)) {
    return unavailable('invalid_counts', 'counts must be non-negative integers');
  }
  if (successesA > trialsA || successesB > trialsB) {
    return unavailable('invalid_counts', 'successes cannot exceed trials');
  }
  if (trialsA === 0 || trialsB === 0) return unavailable('no_trials', 'a group has no trials yet');
  return { ok: true };
}

/** Two-proportion z-test (no continuity correction; equals R's prop.test(correct = FALSE)). */
export function twoProportionZTest(counts: ProportionCounts, confidence = 0.95): Outcome<TwoProportionTest> {
  const valid = validateCounts(counts);
  if (!valid.ok) return valid;
  const { successesA, trialsA, successesB, trialsB } = counts;
  const rateA = successesA / trialsA;
  const rateB = successesB / trialsB;
  const difference = rateB - rateA;
  const pooled = (successesA + successesB) / (trialsA + trialsB);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / trialsA + 1 / trialsB));
  const z = pooledSe === 0 ? 0 : difference / pooledSe;
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  const unpooledSe = Math.sqrt((rateA * (1 - rateA)) / trialsA + (rateB * (1 - rateB)) / trialsB);
  const margin = normalTwoSidedCritical(confidence) * unpooledSe;
  return {
    ok: true,
    rateA,
    rateB,
    difference,
    relativeLift: rateA === 0 ? null : difference / rateA,
    z,
    pValue,
    confidence,
    differenceInterval: [difference - margin, difference + margin],
  };
}
