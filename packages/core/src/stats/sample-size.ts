import { normalQuantile } from './distributions';
import { type Outcome, unavailable } from './result';

export interface SampleSizeInput {
  /** Baseline conversion rate as a proportion (0.03 = 3 %). */
  baselineRate: number;
  /** Smallest relative lift worth detecting (0.1 = +10 % over the baseline). */
  minDetectableLift: number;
  alpha?: number;
  power?: number;
  twoSided?: boolean;
}

export interface SampleSize {
  /** Trials needed in each group (rounded up). */
  perGroup: number;
  total: number;
  targetRate: number;
}

/**
 * Trials per group for a two-proportion z-test (normal approximation, no continuity correction):
 * n = (z_α·√(2·p̄·q̄) + z_β·√(p1·q1 + p2·q2))² / (p2 − p1)², the formula R's power.prop.test inverts.
 */
export function sampleSizeTwoProportions(input: SampleSizeInput): Outcome<SampleSize> {
  const { baselineRate, minDetectableLift, alpha = 0.05, power = 0.8, twoSided = true } = input;
  if (!(baselineRate > 0 && baselineRate < 1)) {
    return unavailable('invalid_baseline', 'baseline rate must be between 0 and 1 (exclusive)');
  }
  if (!(minDetectableLift !== 0 && Number.isFinite(minDetectableLift))) {
    return unavailable('invalid_lift', 'minimum detectable lift must be a non-zero number');
  }
  if (!(alpha > 0 && alpha < 1 && power > 0 && power < 1)) {
    return unavailable('invalid_levels', 'alpha and power must be between 0 and 1');
  }
  const targetRate = baselineRate * (1 + minDetectableLift);
  if (!(targetRate > 0 && targetRate < 1)) {
    return unavailable('invalid_lift', 'baseline × (1 + lift) must stay between 0 and 1');
  }
  const zAlpha = normalQuantile(1 - (twoSided ? alpha / 2 : alpha));
  const zBeta = normalQuantile(power);
  const average = (baselineRate + targetRate) / 2;
  const numerator =
    zAlpha * Math.sqrt(2 * average * (1 - average)) +
    zBeta * Math.sqrt(baselineRate * (1 - baselineRate) + targetRate * (1 - targetRate));
  const exact = (numerator / (targetRate - baselineRate)) ** 2;
  const perGroup = Math.ceil(exact - 1e-9);
  return { ok: true, perGroup, total: 2 * perGroup, targetRate };
}
