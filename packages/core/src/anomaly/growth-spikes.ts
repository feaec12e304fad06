import { MAD_TO_SD, median } from '../stats/summary';
import type { AnomalyFlag } from './types';

const DAY_MS = 86_400_000;

export interface FollowerSnapshot {
  /** Epoch milliseconds. */
  time: number;
  followers: number;
}

export interface GrowthSpikeOptions {
  /** Robust z-score at or above which a growth rate is a spike. Default 3.5. */
  threshold?: number;
  /** Lower bound of the scale, in followers per day, so flat histories don't flag tiny gains. Default 20. */
  minScalePerDay?: number;
  /** Lower bound of the scale as a share of the account per day (0.001 = 0.1 %/day). Default 0.001. */
  minScaleShare?: number;
  /** Intervals needed before anything is scored. Default 4. */
  minIntervals?: number;
}

export interface GrowthInterval {
  /** Index of the snapshot that ends the interval. */
  index: number;
  time: number;
  days: number;
  /** Followers gained per day over the interval. */
  perDay: number;
}

export interface GrowthSpikes {
  intervals: GrowthInterval[];
  /** Flags on intervals; `value` and `expected` are followers per day. */
  flags: AnomalyFlag[];
  /** Why nothing could be scored, when that is the case. */
  reason: string | null;
}

/** Followers gained per day between consecutive snapshots (sorted by time; same-time duplicates dropped). */
export function dailyGrowth(snapshots: readonly FollowerSnapshot[]): GrowthInterval[] {
  const sorted = snapshots
    .map((s, index) => ({ ...s, index }))
    .filter((s) => Number.isFinite(s.time) && Number.isFinite(s.followers))
    .sort((a, b) => a.time - b.time);
  const intervals: GrowthInterval[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    const days = (current.time - previous.time) / DAY_MS;
    if (days <= 0) continue;
    intervals.push({
      index: current.index,
      time: current.time,
      days,
      perDay: (current.followers - previous.followers) / days,
    });
  }
  return intervals;
}

/**
 * Follower-growth spikes on irregular snapshots: each interval's gain per day is scored against the
 * median and MAD of all the other intervals (leave-one-out, robust to the spike itself), which suits
 * short series better than a trailing window (O(n² log n), fine for snapshot histories). A relative
 * and an absolute floor on the scale keep flat histories from flagging tiny gains.
 */
export function detectGrowthSpikes(
  snapshots: readonly FollowerSnapshot[],
  options: GrowthSpikeOptions = {},
): GrowthSpikes {
  const { threshold = 3.5, minScalePerDay = 20, minScaleShare = 0.001, minIntervals = 4 } = options;
  const intervals = dailyGrowth(snapshots);
  if (intervals.length < minIntervals) {
    return {
      intervals,
      flags: [],
      reason: `need at least ${minIntervals} intervals between snapshots, have ${intervals.length}`,
    };
  }
  const followersAt = new Map(snapshots.map((s, index) => [index, s.followers]));
  const flags: AnomalyFlag[] = [];
  intervals.forEach((interval, k) => {
    const others = intervals.filter((_, j) => j !== k).map((o) => o.perDay);
    const center = median(others) as number;
    const mad = median(others.map((v) => Math.abs(v - center))) as number;
    const followers = Math.max(1, Math.abs(followersAt.get(interval.index) ?? 1));
    const scale = Math.max(MAD_TO_SD * mad, minScaleShare * followers, minScalePerDay, Number.MIN_VALUE);
    const score = (interval.perDay - center) / scale;
    if (score < threshold) return;
    flags.push({
      index: interval.index,
      time: interval.time,
      value: interval.perDay,
      expected: center,
      score,
      direction: 'spike',
    });
  });
  return { intervals, flags, reason: null };
}
