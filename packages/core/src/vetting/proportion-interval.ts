/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/** Wilson score interval for a binomial proportion; [0, 1] when there are no trials. */
export function wilsonInterval(successes: number, trials: number, z = Z_95): { low: number; high: number } {
  if (trials <= 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const center = (p + z2 / (2 * trials)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { low: Math.max(0, center - margin), high: Math.min(1, center + margin) };
}

/**
 * Rogan–Gladen correction: the true prevalence given the share a classifier flags and the
 * classifier's sensitivity and specificity. Clamped to [0, 1]; null when the classifier is no
 * better than chance (sensitivity + specificity ≤ 1).
 */
export function correctForClassifierError(
  flaggedShare: number,
  sensitivity: number,
  specificity: number,
): number | null {
  const informedness = sensitivity + specificity - 1;
  if (informedness <= 0) return null;
  return Math.min(1, Math.max(0, (flaggedShare + specificity - 1) / informedness));
}
