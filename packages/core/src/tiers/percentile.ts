export interface PercentileResult {
  /** 0–100, or null with a reason. */
  percentile: number | null;
  reason?: string;
  /** Finite reference values used. */
  sampleSize: number;
}

/**
 * Mid-rank percentile of `value` in a reference set: (values below + ½ × values equal) / n × 100.
 * Ties thus sit in the middle of their run (a value equal to every reference value is the 50th percentile).
 * Non-finite reference values are ignored.
 */
export function percentileOf(value: number, referenceSet: readonly number[]): PercentileResult {
  let below = 0;
  let equal = 0;
  let n = 0;
  for (const reference of referenceSet) {
    if (!Number.isFinite(reference)) continue;
    n++;
    if (reference < value) below++;
    else if (reference === value) equal++;
  }
  if (!Number.isFinite(value))
    return { percentile: null, reason: 'the value is not a finite number', sampleSize: n };
  if (n === 0) return { percentile: null, reason: 'no reference values to compare with', sampleSize: 0 };
  return { percentile: ((below + equal / 2) / n) * 100, sampleSize: n };
}
