/** Overflow (a denominator of 1e-320…) is treated like a missing value, never reported as Infinity. */
function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** (current − previous) / previous × 100; null when previous is missing or 0 (or the result overflows). */
export function growthPercent(
  previous: number | null | undefined,
  current: number | null | undefined,
): number | null {
  if (
    previous == null ||
    current == null ||
    !Number.isFinite(previous) ||
    !Number.isFinite(current) ||
    previous === 0
  )
    return null;
  return finiteOrNull(((current - previous) / Math.abs(previous)) * 100);
}

/** numerator / denominator × scale; null when either is missing or the denominator is 0. */
export function ratio(
  numerator: number | null | undefined,
  denominator: number | null | undefined,
  scale = 1,
): number | null {
  if (
    numerator == null ||
    denominator == null ||
    !Number.isFinite(numerator) ||
    !Number.isFinite(denominator) ||
    denominator === 0
  ) {
    return null;
  }
  return finiteOrNull((numerator / denominator) * scale);
}

/** One decimal, "+" sign on growths, for messages. */
export function signed(value: number): string {
  const text = value.toFixed(1);
  return value > 0 ? `+${text}` : text;
}
