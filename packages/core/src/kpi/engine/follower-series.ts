import type { FollowerSnapshot } from './dataset';

/** One account's follower snapshots, sorted by time, restricted to those at or before the range end. */
export interface FollowerSeries {
  times: Float64Array;
  counts: Float64Array;
}

export function buildFollowerSeries(
  snapshots: readonly FollowerSnapshot[],
  rangeEnd: number,
): FollowerSeries {
  const kept = snapshots.filter((snapshot) => snapshot.at <= rangeEnd && Number.isFinite(snapshot.count));
  kept.sort((a, b) => a.at - b.at);
  const times = new Float64Array(kept.length);
  const counts = new Float64Array(kept.length);
  for (let i = 0; i < kept.length; i++) {
    times[i] = kept[i]!.at;
    counts[i] = kept[i]!.count;
  }
  return { times, counts };
}

/** Index of the snapshot nearest to `at` (ties: the earlier one), or -1 for an empty series. */
export function nearestSnapshotIndex(series: FollowerSeries, at: number): number {
  const { times } = series;
  const n = times.length;
  if (n === 0) return -1;
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (times[mid]! < at) low = mid + 1;
    else high = mid;
  }
  if (low === 0) return 0;
  if (low === n) return n - 1;
  const before = at - times[low - 1]!;
  const after = times[low]! - at;
  return after < before ? low : low - 1;
}

function latestSnapshotIndex(series: FollowerSeries): number {
  return series.times.length - 1;
}

export interface FollowerGrowth {
  value: number | null;
  reason?: string;
  start?: FollowerSnapshot;
  end?: FollowerSnapshot;
}

/**
 * Growth between the snapshot nearest to `from` (the earliest one when `from` is open) and the latest one
 * (the series is already cut at the range end). Needs two distinct snapshots and a non-zero start.
 */
export function followerGrowth(series: FollowerSeries, from: number | undefined): FollowerGrowth {
  const endIndex = latestSnapshotIndex(series);
  if (endIndex < 0) return { value: null, reason: 'no follower snapshot in the range' };
  const startIndex = from === undefined ? 0 : nearestSnapshotIndex(series, from);
  const start = { at: series.times[startIndex]!, count: series.counts[startIndex]! };
  const end = { at: series.times[endIndex]!, count: series.counts[endIndex]! };
  if (startIndex >= endIndex) {
    return { value: null, reason: 'needs two follower snapshots in the range', start, end };
  }
  if (start.count === 0) return { value: null, reason: 'followers at the start are 0', start, end };
  return { value: ((end.count - start.count) / start.count) * 100, start, end };
}
