import { SEED_000_SOURCE } from '@lantoa/core/tiers';
import { describe, expect, it } from 'vitest';
import { benchmarkTarget } from './benchmark-target';

describe('benchmarkTarget', () => {
  it('defaults ER by followers to the micro tier’s published 1.81 % average, naming seed 000', () => {
    expect(benchmarkTarget('engagement_rate')).toEqual({
      value: 1.81,
      kind: 'benchmark',
      count: null,
      tier: 'micro',
      source: {
        id: 'seed-000',
        title: SEED_000_SOURCE.title,
        reference: SEED_000_SOURCE.reference,
      },
    });
  });

  it('gives no default from a ceiling (TikTok nano ER by views “up to 10.3 %”) or where nothing is published', () => {
    expect(benchmarkTarget('er_views')).toBeNull();
    expect(benchmarkTarget('ctr')).toBeNull();
    expect(benchmarkTarget('cpm')).toBeNull();
  });

  it('uses any platform-neutral band that publishes an average, for whichever KPI it belongs to', () => {
    const band = {
      tier: 'nano' as const,
      platform: 'any' as const,
      variant: 'er_reach' as const,
      low: 3,
      high: 6,
      average: 4.2,
      source: SEED_000_SOURCE,
    };
    expect(benchmarkTarget('er_reach', [band])).toMatchObject({
      value: 4.2,
      tier: 'nano',
      kind: 'benchmark',
    });
    expect(benchmarkTarget('er_reach', [{ ...band, platform: 'tiktok' }])).toBeNull();
  });
});
