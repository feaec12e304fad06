import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareKpiData } from '../kpi';
import {
  accountTiers,
  compareToBand,
  DEFAULT_BENCHMARK_BANDS,
  findBenchmarkBand,
  percentileOf,
  TierThresholdsSchema,
  tierFollowerRange,
  tierForFollowers,
} from './index';

describe('tierForFollowers', () => {
  it('puts a lower bound in its own tier', () => {
    expect(tierForFollowers(999)).toBe('koc');
    expect(tierForFollowers(1000)).toBe('nano');
    expect(tierForFollowers(9999)).toBe('nano');
    expect(tierForFollowers(10_000)).toBe('micro');
    expect(tierForFollowers(49_999)).toBe('micro');
    expect(tierForFollowers(50_000)).toBe('macro');
    expect(tierForFollowers(500_000)).toBe('mega');
    expect(tierForFollowers(0)).toBe('koc');
  });

  it('uses a workspace’s own thresholds', () => {
    const thresholds = { nano: 500, micro: 5000, macro: 100_000, mega: 1_000_000 };
    expect(tierForFollowers(600, thresholds)).toBe('nano');
    expect(tierForFollowers(60_000, thresholds)).toBe('micro');
    expect(tierFollowerRange('macro', thresholds)).toEqual({ min: 100_000, max: 1_000_000 });
    expect(tierFollowerRange('mega')).toEqual({ min: 500_000, max: null });
  });

  it('agrees with tierFollowerRange for any follower count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (followers) => {
        const { min, max } = tierFollowerRange(tierForFollowers(followers));
        expect(followers >= min && (max === null || followers < max)).toBe(true);
      }),
    );
  });

  it('tiers accounts by their latest follower count in range', () => {
    const account = (id: string, counts: number[]) => ({
      id,
      creator: id,
      platform: 'tiktok' as const,
      followers: counts.map((count, day) => ({ at: day, count })),
    });
    const dataset = {
      currency: 'VND',
      accounts: [account('a', [900, 1000]), account('b', [60_000, 40_000]), account('c', [])],
      posts: [],
      costs: [],
      conversions: [],
    };
    expect(Object.fromEntries(accountTiers(prepareKpiData(dataset)))).toEqual({
      a: 'nano',
      b: 'micro',
      c: null,
    });
    expect(accountTiers(prepareKpiData(dataset, { range: { to: 0 } })).get('b')).toBe('macro');
  });

  it('validates edited thresholds', () => {
    expect(
      TierThresholdsSchema.safeParse({ nano: 1000, micro: 10_000, macro: 50_000, mega: 500_000 }).success,
    ).toBe(true);
    const bad = TierThresholdsSchema.safeParse({ nano: 1000, micro: 800, macro: 50_000, mega: 500_000 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({
      path: ['micro'],
      message: 'must be greater than the tier below it (1000)',
    });
  });
});

describe('benchmark bands', () => {
  it('has the seed 000 table for ER by followers, with its source', () => {
    const micro = findBenchmarkBand({ tier: 'micro', platform: 'instagram', variant: 'engagement_rate' });
    expect(micro.band).toMatchObject({ low: 1.5, high: 2, average: 1.81, platform: 'any' });
    expect(micro.band?.source.id).toBe('seed-000');
    expect(
      findBenchmarkBand({ tier: 'mega', platform: 'facebook', variant: 'engagement_rate' }).band,
    ).toMatchObject({
      low: 0.61,
      high: 0.87,
    });
    expect(DEFAULT_BENCHMARK_BANDS.every((band) => band.source.reference.length > 0)).toBe(true);
  });

  it('keeps the TikTok nano ceiling as its own band, by views', () => {
    const tiktok = findBenchmarkBand({ tier: 'nano', platform: 'tiktok', variant: 'er_views' });
    expect(tiktok.band).toMatchObject({ low: null, high: 10.3, platform: 'tiktok' });
    expect(tiktok.band?.note?.en).toMatch(/usually reported by views/);
    expect(
      findBenchmarkBand({ tier: 'nano', platform: 'tiktok', variant: 'engagement_rate' }).band?.high,
    ).toBe(4);
  });

  it('says so when no band is published instead of inventing one', () => {
    expect(findBenchmarkBand({ tier: 'micro', platform: 'facebook', variant: 'er_reach' })).toEqual({
      band: null,
      reason: 'no published benchmark for ER by reach of micro accounts on facebook',
    });
    expect(
      findBenchmarkBand({ tier: 'koc', platform: 'tiktok', variant: 'engagement_rate' }).band,
    ).toBeNull();
  });
});

describe('compareToBand', () => {
  const band = { low: 1.5, high: 2 };
  it('places a value below, within or above with its distance', () => {
    expect(compareToBand(1.2, band)).toEqual({
      position: 'below',
      distance: 1.2 - 1.5,
      relativeDistance: (1.2 - 1.5) / 1.5,
    });
    expect(compareToBand(1.5, band)).toEqual({ position: 'within', distance: 0, relativeDistance: null });
    expect(compareToBand(2, band).position).toBe('within');
    expect(compareToBand(3, band)).toEqual({ position: 'above', distance: 1, relativeDistance: 0.5 });
    expect(compareToBand(50, { low: null, high: 10.3 }).position).toBe('above');
    expect(compareToBand(0.1, { low: null, high: 10.3 }).position).toBe('within');
  });
});

describe('percentileOf', () => {
  it('uses mid-ranks for ties', () => {
    expect(percentileOf(3, [1, 2, 3, 4]).percentile).toBe(62.5);
    expect(percentileOf(5, [5, 5, 5]).percentile).toBe(50);
    expect(percentileOf(0, [1, 2]).percentile).toBe(0);
    expect(percentileOf(9, [1, 2]).percentile).toBe(100);
  });

  it('ignores non-finite references and explains empty sets', () => {
    expect(percentileOf(2, [1, Number.NaN, 3])).toEqual({ percentile: 50, sampleSize: 2 });
    expect(percentileOf(2, [])).toEqual({
      percentile: null,
      reason: 'no reference values to compare with',
      sampleSize: 0,
    });
    expect(percentileOf(Number.NaN, [1]).percentile).toBeNull();
  });
});
