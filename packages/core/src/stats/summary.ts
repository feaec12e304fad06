/** Small descriptive statistics shared by the pacing, forecast and anomaly modules. */

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let total = 0;
  for (const v of values) total += v;
  return total / values.length;
}

/** Sample variance (n − 1 denominator); null below two values. */
export function sampleVariance(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values) as number;
  let squares = 0;
  for (const v of values) squares += (v - m) ** 2;
  return squares / (values.length - 1);
}

/** Median of an already ascending-sorted array. */
export function sortedMedian(sorted: ArrayLike<number>): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function median(values: readonly number[]): number | null {
  return sortedMedian([...values].sort((a, b) => a - b));
}

/** Median absolute deviation from the median (unscaled). */
export function medianAbsoluteDeviation(values: readonly number[]): number | null {
  const center = median(values);
  if (center === null) return null;
  return median(values.map((v) => Math.abs(v - center)));
}

/** Linear-interpolation quantile (R type 7) of an ascending-sorted array. */
export function sortedQuantile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const position = (n - 1) * Math.min(1, Math.max(0, p));
  const low = Math.floor(position);
  const high = Math.min(n - 1, low + 1);
  const weight = position - low;
  return (sorted[low] as number) * (1 - weight) + (sorted[high] as number) * weight;
}

/** Consistency constant that turns a MAD into a standard-deviation estimate under normality. */
export const MAD_TO_SD = 1.482602218505602;
