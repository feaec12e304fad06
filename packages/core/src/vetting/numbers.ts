export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * Health in [0, 1] that is 1 at `full`, 0 at `zero` and linear in between. Works in both
 * directions: `full < zero` means lower values are healthier, `full > zero` the opposite.
 */
export function linearHealth(value: number, full: number, zero: number): number {
  if (full === zero) return value === full ? 1 : 0;
  return clamp01((value - zero) / (full - zero));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle]!;
  return (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median absolute deviation from the median (unscaled). */
export function medianAbsoluteDeviation(values: readonly number[]): number | null {
  const center = median(values);
  if (center === null) return null;
  return median(values.map((value) => Math.abs(value - center)));
}

/** Mid-rank percentile of `value` within `sample`, in [0, 100]: ties count half. */
export function percentileRank(value: number, sample: readonly number[]): number | null {
  if (sample.length === 0) return null;
  let below = 0;
  let equal = 0;
  for (const item of sample) {
    if (item < value) below += 1;
    else if (item === value) equal += 1;
  }
  return ((below + equal / 2) / sample.length) * 100;
}

/** Robust z-score: (value − median) / (1.4826 × MAD); null when the MAD is 0 or the sample is empty. */
export function robustZScore(value: number, sample: readonly number[]): number | null {
  const center = median(sample);
  const mad = medianAbsoluteDeviation(sample);
  if (center === null || mad === null || mad === 0) return null;
  return (value - center) / (1.4826 * mad);
}
