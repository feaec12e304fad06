import type { DemoPlatform, DemoTier } from './types';

interface TierProfile {
  /** Latest follower counts are drawn in [min, max] (kept off the tier boundaries). */
  followers: [number, number];
  /** ER by followers, % (KPIS.md tier benchmarks; KOC/seeding is not in the table and is set higher). */
  engagementRate: [number, number];
  /** Fee for one main video, VND. */
  videoFee: [number, number];
  /** Organic follower growth per week, fraction. */
  weeklyGrowth: [number, number];
}

export const TIER_PROFILES: Record<DemoTier, TierProfile> = {
  koc: {
    followers: [180, 950],
    engagementRate: [4.5, 8],
    videoFee: [300_000, 1_000_000],
    weeklyGrowth: [0.01, 0.04],
  },
  nano: {
    followers: [1_200, 9_500],
    engagementRate: [2.71, 4],
    videoFee: [1_000_000, 5_000_000],
    weeklyGrowth: [0.008, 0.03],
  },
  micro: {
    followers: [11_000, 48_000],
    engagementRate: [1.5, 2],
    videoFee: [5_000_000, 20_000_000],
    weeklyGrowth: [0.004, 0.018],
  },
  macro: {
    followers: [60_000, 480_000],
    engagementRate: [0.68, 0.94],
    videoFee: [20_000_000, 120_000_000],
    weeklyGrowth: [0.002, 0.01],
  },
  mega: {
    followers: [550_000, 3_200_000],
    engagementRate: [0.61, 0.87],
    videoFee: [100_000_000, 500_000_000],
    weeklyGrowth: [-0.001, 0.005],
  },
};

/** ER by followers relative to the tier band (TikTok nano reaches ~10 %; YouTube likes per subscriber are low). */
export const PLATFORM_ER_FACTOR: Record<DemoPlatform, number> = {
  tiktok: 2,
  instagram: 1,
  facebook: 0.75,
  youtube: 0.6,
  zalo: 0.5,
};

/**
 * Smaller creators' audiences trust them more (seed 000): more link clicks per view and more orders per click.
 */
export const TIER_RESPONSE: Record<DemoTier, { clicks: number; orders: number }> = {
  koc: { clicks: 3, orders: 1.5 },
  nano: { clicks: 2.2, orders: 1.4 },
  micro: { clicks: 1.6, orders: 1.2 },
  macro: { clicks: 1, orders: 1 },
  mega: { clicks: 0.8, orders: 0.8 },
};

/** KPIS.md boundary rule: a lower bound belongs to the tier. */
export function tierOfFollowers(followers: number): DemoTier {
  if (followers >= 500_000) return 'mega';
  if (followers >= 50_000) return 'macro';
  if (followers >= 10_000) return 'micro';
  if (followers >= 1_000) return 'nano';
  return 'koc';
}

/** Where `followers` sits inside its tier's range, 0..1 on a log scale. */
export function positionInTier(followers: number, tier: DemoTier): number {
  const [min, max] = TIER_PROFILES[tier].followers;
  const position = (Math.log(followers) - Math.log(min)) / (Math.log(max) - Math.log(min));
  return Math.min(1, Math.max(0, position));
}

export function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}
