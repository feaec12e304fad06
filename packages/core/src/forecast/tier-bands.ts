import { median, sortedQuantile } from '../stats/summary';
import { DEFAULT_BENCHMARK_BANDS, type TierId } from '../tiers';
import type { BenchmarkBand } from './types';

/** One creator's past per-post values of a metric, with the follower count and tier they had. */
export interface RateSample {
  tier: TierId | null;
  followers: number | null;
  values: readonly number[];
}

/** Where a tier band comes from: a published source (seed 000) or the workspace's own creators of that tier. */
export type BandSource = 'published' | 'workspace';
export interface TierBand extends BenchmarkBand {
  source: BandSource;
  /** Creators the band was measured on (workspace bands only). */
  creators?: number;
}

/** Creators of a tier needed before their spread is taken as the tier's band. */
export const MIN_CREATORS_PER_BAND = 3;

/**
 * Per-tier band of a metric as % of followers per post, measured on the workspace's own creators: each creator's
 * median per-post value / followers × 100, and the band is the interquartile range (25th–75th percentile) of those
 * rates. No published source gives reach, click or order rates per tier, so this is the only honest basis for
 * them. A tier with fewer than `minCreators` creators, or whose lower quartile is 0, gets no band.
 */
export function workspaceTierBands(
  samples: readonly RateSample[],
  minCreators = MIN_CREATORS_PER_BAND,
): Partial<Record<TierId, TierBand>> {
  const ratesByTier = new Map<TierId, number[]>();
  for (const sample of samples) {
    const centre = median(sample.values.filter((v) => Number.isFinite(v) && v >= 0));
    if (sample.tier === null || sample.followers === null || sample.followers <= 0 || centre === null)
      continue;
    const rates = ratesByTier.get(sample.tier) ?? [];
    rates.push((centre / sample.followers) * 100);
    ratesByTier.set(sample.tier, rates);
  }
  const bands: Partial<Record<TierId, TierBand>> = {};
  for (const [tier, rates] of ratesByTier) {
    if (rates.length < minCreators) continue;
    const sorted = Float64Array.from(rates).sort();
    const low = sortedQuantile(sorted, 0.25) as number;
    const high = sortedQuantile(sorted, 0.75) as number;
    if (low > 0) bands[tier] = { low, high, source: 'workspace', creators: rates.length };
  }
  return bands;
}

/** The published ER-by-followers band of a tier for any platform (seed 000), when both bounds are given. */
export function publishedEngagementBand(tier: TierId | null): TierBand | null {
  const band = DEFAULT_BENCHMARK_BANDS.find(
    (b) => b.tier === tier && b.platform === 'any' && b.variant === 'engagement_rate',
  );
  if (!band || band.low === null || band.high === null || band.low <= 0) return null;
  return { low: band.low, high: band.high, source: 'published' };
}
