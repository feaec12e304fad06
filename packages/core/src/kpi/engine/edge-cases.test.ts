import { describe, expect, it } from 'vitest';
import { computeKpis } from './compute';
import type { KpiDataset } from './dataset';
import { day, handDataset } from './hand-dataset.test-utils';
import { computeWorkspaceKpis, mergeKpiDatasets } from './workspace';

const bare = (overrides: Partial<KpiDataset>): KpiDataset => ({
  currency: 'VND',
  accounts: [{ id: 'A', creator: 'c', platform: 'tiktok', followers: [{ at: day(1), count: 0 }] }],
  posts: [{ id: 'P', account: 'A', publishedAt: day(2), snapshots: [{ at: day(3), views: 0, likes: 0 }] }],
  costs: [],
  conversions: [],
  ...overrides,
});

describe('zero and missing denominators', () => {
  it('says why instead of dividing by zero', () => {
    const kpis = computeKpis(bare({ costs: [{ category: 'media', amount: 0 }] }), { kind: 'campaign' });
    expect(kpis.engagement_rate).toMatchObject({ value: null, reason: 'total follower count is 0' });
    expect(kpis.engagement_rate_median).toMatchObject({
      value: null,
      reason: 'every included post has a denominator of 0',
    });
    expect(kpis.engagement_rate_median.postsExcluded).toEqual([
      { postId: 'P', reason: 'follower count is 0' },
    ]);
    expect(kpis.er_views).toMatchObject({ value: null, reason: 'total views is 0' });
    expect(kpis.cpv).toMatchObject({ value: null, reason: 'total views is 0' });
    expect(kpis.roi).toMatchObject({ value: null, reason: 'no revenue recorded' });
    expect(kpis.cost.value).toBe(0);
    expect(kpis.cpc).toMatchObject({ value: null, reason: 'no clicks recorded' });
  });

  it('keeps a sum of nothing but missing values null, and a recorded 0 as 0', () => {
    const kpis = computeKpis(bare({}), { kind: 'campaign' });
    expect(kpis.engagements.value).toBe(0);
    expect(kpis.impressions).toMatchObject({ value: null, reason: 'no impressions recorded' });
    expect(kpis.cost).toMatchObject({ value: null, reason: 'no costs recorded' });
    expect(kpis.nps).toMatchObject({ value: null, reason: 'no NPS answers recorded' });
    expect(kpis.emv).toMatchObject({ value: null, reason: 'no EMV value table recorded' });
    expect(kpis.brand_lift).toMatchObject({ value: null, reason: 'no brand-lift survey answers recorded' });
    expect(kpis.share_of_voice).toMatchObject({ value: null, reason: 'no brand mentions recorded' });
  });

  it('gives no p-value when every answer is the same', () => {
    const survey = { exposed: { positive: 10, total: 10 }, control: { positive: 10, total: 10 } };
    const kpis = computeKpis(bare({ brandLift: survey }), { kind: 'campaign' });
    expect(kpis.brand_lift.value).toBe(0);
    expect(kpis.brand_lift.details).toEqual({ p_value: null, z: null });
  });
});

describe('workspace level', () => {
  it('pools campaigns: shared accounts merge, counts add up', () => {
    const first = handDataset();
    const second: KpiDataset = {
      ...bare({}),
      accounts: [{ id: 'A1', creator: 'an', platform: 'tiktok', followers: [{ at: day(20), count: 1500 }] }],
      posts: [
        {
          id: 'Q1',
          account: 'A1',
          publishedAt: day(21),
          snapshots: [{ at: day(22), views: 500, likes: 10 }],
        },
      ],
      costs: [{ category: 'media', amount: 2_000_000 }],
      sentiment: { positive: 40, neutral: 0, negative: 0 },
      npsAnswers: [10, 10],
    };
    const kpis = computeWorkspaceKpis([first, second]);
    expect(kpis.cost.value).toBe(10_000_000);
    expect(kpis.video_views.value).toBe(3000);
    expect(kpis.sentiment_score.value).toBeCloseTo((90 / 140) * 100, 12);
    expect(kpis.nps.value).toBe(25);
    // A1 now has 3 follower snapshots: 1000 (day 1) → 1500 (day 20)
    expect(kpis.follower_growth_rate.inputs).toMatchObject({ followers_start: 1000, followers_end: 1500 });
    expect(mergeKpiDatasets([first, second]).accounts.find((a) => a.id === 'A1')!.followers).toHaveLength(3);
  });

  it('refuses to mix currencies', () => {
    expect(() => mergeKpiDatasets([handDataset(), { ...bare({}), currency: 'USD' }])).toThrow(/USD and VND/);
  });
});
