import { median } from '../stats/summary';

/** Centered rolling median (window = period), shrinking at the edges. O(n·p log p): used once per series. */
function centeredRollingMedian(values: readonly number[], period: number): number[] {
  const half = Math.floor(period / 2);
  return values.map((_, i) => {
    const from = Math.max(0, i - half);
    const to = Math.min(values.length, i - half + period);
    return median(values.slice(from, to)) as number;
  });
}

/**
 * Robust seasonal profile of a regularly spaced series: the median, per phase (index mod period), of
 * the series minus its centered rolling median. Profiles are centred so their median is 0.
 */
export function seasonalProfile(values: readonly number[], period: number): number[] {
  if (period < 2 || values.length < 2 * period) return new Array<number>(Math.max(period, 0)).fill(0);
  const level = centeredRollingMedian(values, period);
  const byPhase: number[][] = Array.from({ length: period }, () => []);
  values.forEach((v, i) => {
    byPhase[i % period]?.push(v - (level[i] as number));
  });
  const raw = byPhase.map((residuals) => median(residuals) ?? 0);
  const center = median(raw) ?? 0;
  return raw.map((r) => r - center);
}

/** The series with its seasonal profile removed, and the profile value at each point. */
export function deseasonalize(
  values: readonly number[],
  period: number,
): { adjusted: number[]; seasonal: number[] } {
  const profile = seasonalProfile(values, period);
  const seasonal = values.map((_, i) => profile[i % period] ?? 0);
  return { adjusted: values.map((v, i) => v - (seasonal[i] as number)), seasonal };
}
