import betaCdfImpl from '@stdlib/stats-base-dists-beta-cdf';
import betaPdfImpl from '@stdlib/stats-base-dists-beta-pdf';
import betaQuantileImpl from '@stdlib/stats-base-dists-beta-quantile';
import normalCdfImpl from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileImpl from '@stdlib/stats-base-dists-normal-quantile';
import studentTCdfImpl from '@stdlib/stats-base-dists-t-cdf';
import studentTQuantileImpl from '@stdlib/stats-base-dists-t-quantile';

/** Standard normal CDF Φ(x). */
export function normalCdf(x: number): number {
  return normalCdfImpl(x, 0, 1);
}

/** Standard normal quantile Φ⁻¹(p). */
export function normalQuantile(p: number): number {
  return normalQuantileImpl(p, 0, 1);
}

/** Two-sided critical value z such that P(|Z| ≤ z) = confidence. */
export function normalTwoSidedCritical(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2);
}

export function studentTCdf(x: number, degreesOfFreedom: number): number {
  return studentTCdfImpl(x, degreesOfFreedom);
}

export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  return studentTQuantileImpl(p, degreesOfFreedom);
}

export function betaCdf(x: number, alpha: number, beta: number): number {
  return betaCdfImpl(x, alpha, beta);
}

export function betaPdf(x: number, alpha: number, beta: number): number {
  return betaPdfImpl(x, alpha, beta);
}

export function betaQuantile(p: number, alpha: number, beta: number): number {
  return betaQuantileImpl(p, alpha, beta);
}
