import { studentTCdf, studentTQuantile } from './distributions';
import { type Outcome, unavailable } from './result';
import { mean, sampleVariance } from './summary';

export interface GroupSummary {
  mean: number;
  /** Sample standard deviation (n − 1 denominator). */
  sd: number;
  n: number;
}

export interface WelchTest {
  /** meanB − meanA */
  difference: number;
  t: number;
  degreesOfFreedom: number;
  pValue: number;
  confidence: number;
  differenceInterval: [number, number];
}

/** Welch's unequal-variance t-test of meanB − meanA from summary statistics. */
export function welchTTest(a: GroupSummary, b: GroupSummary, confidence = 0.95): Outcome<WelchTest> {
  if (a.n < 2 || b.n < 2) return unavailable('too_few_samples', 'each group needs at least two observations');
  if (![a.mean, a.sd, b.mean, b.sd].every(Number.isFinite) || a.sd < 0 || b.sd < 0) {
    return unavailable('invalid_summary', 'means and standard deviations must be finite, sd ≥ 0');
  }
  const varianceA = (a.sd * a.sd) / a.n;
  const varianceB = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(varianceA + varianceB);
  if (se === 0) return unavailable('zero_variance', 'both groups have zero variance');
  const difference = b.mean - a.mean;
  const t = difference / se;
  // Welch–Satterthwaite, on variances scaled by their maximum so tiny variances cannot underflow.
  const scale = Math.max(varianceA, varianceB);
  const shareA = varianceA / scale;
  const shareB = varianceB / scale;
  const degreesOfFreedom = (shareA + shareB) ** 2 / (shareA ** 2 / (a.n - 1) + shareB ** 2 / (b.n - 1));
  const pValue = Math.min(1, 2 * studentTCdf(-Math.abs(t), degreesOfFreedom));
  const margin = studentTQuantile(1 - (1 - confidence) / 2, degreesOfFreedom) * se;
  return {
    ok: true,
    difference,
    t,
    degreesOfFreedom,
    pValue,
    confidence,
    differenceInterval: [difference - margin, difference + margin],
  };
}

export function summarize(sample: readonly number[]): GroupSummary | null {
  const m = mean(sample);
  const variance = sampleVariance(sample);
  if (m === null || variance === null) return null;
  return { mean: m, sd: Math.sqrt(variance), n: sample.length };
}

/** Welch's t-test from raw samples. */
export function welchTTestSamples(
  sampleA: readonly number[],
  sampleB: readonly number[],
  confidence = 0.95,
): Outcome<WelchTest> {
  if (![...sampleA, ...sampleB].every(Number.isFinite)) {
    return unavailable('invalid_sample', 'samples must contain finite numbers only');
  }
  const a = summarize(sampleA);
  const b = summarize(sampleB);
  if (a === null || b === null)
    return unavailable('too_few_samples', 'each group needs at least two observations');
  return welchTTest(a, b, confidence);
}
