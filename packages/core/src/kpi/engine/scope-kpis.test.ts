import { describe, expect, it } from 'vitest';
import { computeAllCreatorKpis, computeKpis, computeScopeKpis } from './compute';
import { day, handDataset } from './hand-dataset.test-utils';
import { prepareKpiData } from './prepare';

describe('creator KPIs', () => {
  const creators = computeAllCreatorKpis(prepareKpiData(handDataset()));
  const an = creators.get('an')!;
  const binh = creators.get('binh')!;

  it('uses only the creator’s posts, costs and conversions', () => {
    expect([...creators.keys()]).toEqual(['an', 'binh']);
    expect(an.engagement_rate.value).toBeCloseTo((180 / 2200) * 100, 12);
    expect(an.engagement_rate_median.value).toBeCloseTo((14 + (40 / 1200) * 100) / 2, 12);
    expect(an.cost.value).toBe(2_000_000);
    expect(an.revenue.value).toBe(3_600_000);
    expect(an.roi.value).toBeCloseTo(80, 12);
    expect(an.cpc.value).toBe(50_000);
    expect(an.conversion_rate.value).toBe(50);
    expect(binh.cost.value).toBe(5_000_000);
    expect(binh.engagement_rate.value).toBe(5);
  });

  it('returns null with a reason instead of 0, NaN or Infinity', () => {
    expect(an.impressions.value).toBeNull();
    expect(an.impressions.reason).toBe('no impressions recorded');
    expect(an.cpm.value).toBeNull();
    expect(an.cpm.reason).toBe('no impressions recorded');
    expect(binh.er_views.value).toBeNull();
    expect(binh.er_views.reason).toBe('no views recorded');
    expect(binh.repeat_purchase_rate.value).toBe(0);
    expect(an.bounce_rate.reason).toBe('no sessions recorded');
    expect(an.sentiment_score.reason).toBe('positive comments are recorded for the whole campaign only');
    expect(an.nps.reason).toBe('NPS answers are recorded for the whole campaign only');
  });
});

describe('post KPIs', () => {
  it('computes a single post’s rates and leaves scope inputs out with a reason', () => {
    const p3 = computeKpis(handDataset(), { kind: 'post', postId: 'P3' });
    expect(p3.engagement_rate.value).toBe(5);
    expect(p3.ctr.value).toBeCloseTo((100 / 6000) * 100, 12);
    expect(p3.cost.value).toBeNull();
    expect(p3.cost.reason).toBe('costs are recorded per campaign or creator, not per post');
  });

  it('explains a post without snapshot', () => {
    const p4 = computeKpis(handDataset(), { kind: 'post', postId: 'P4' });
    expect(p4.engagements.value).toBeNull();
    expect(p4.engagements.postsExcluded).toEqual([
      { postId: 'P4', reason: 'no snapshot at or before the end of the range' },
    ]);
    expect(p4.engagement_rate.reason).toBe('no engagements recorded');
  });

  it('throws for unknown scopes', () => {
    const prepared = prepareKpiData(handDataset());
    expect(() => computeScopeKpis(prepared, { kind: 'creator', creatorId: 'nobody' })).toThrow(
      /Unknown creator/,
    );
    expect(() => computeScopeKpis(prepared, { kind: 'post', postId: 'P9' })).toThrow(/Unknown post/);
  });
});

describe('date ranges', () => {
  it('keeps posts published in the range and their latest snapshot at or before its end', () => {
    const kpis = computeKpis(handDataset(), { kind: 'campaign' }, { range: { to: day(4) } });
    // P2 (day 9) and P4 (day 7) are out; P1's latest snapshot by day 4 is day 3; P3's only snapshot is day 6.
    expect(kpis.video_views.value).toBe(1000);
    expect(kpis.engagements.value).toBe(70);
    expect(kpis.impressions.value).toBeNull();
    expect(kpis.impressions.postsExcluded).toContainEqual({
      postId: 'P3',
      reason: 'no snapshot at or before the end of the range',
    });
  });

  it('drops posts published before the range start and dated entries outside it', () => {
    const dataset = handDataset();
    dataset.costs = [...dataset.costs, { category: 'media', amount: 3_000_000, at: day(20) }];
    const kpis = computeKpis(dataset, { kind: 'campaign' }, { range: { from: day(3), to: day(15) } });
    expect(kpis.video_views.value).toBe(500);
    expect(kpis.cost.value).toBe(8_000_000);
    const later = computeKpis(dataset, { kind: 'campaign' }, { range: { from: day(3), to: day(25) } });
    expect(later.cost.value).toBe(11_000_000);
    expect(later.cost.freshness).toBe('2026-03-20T00:00:00.000Z');
  });

  it('uses only follower snapshots known at the range end', () => {
    const dataset = handDataset();
    const hour = 3_600_000;
    dataset.posts = dataset.posts.map((post) =>
      post.id === 'P2' ? { ...post, snapshots: [{ at: day(9) + hour, likes: 12 }] } : post,
    );
    // Without a range P2's followers are the day-10 snapshot (nearer to day 9); up to day 9 only day 1 is known.
    const open = computeKpis(dataset, { kind: 'post', postId: 'P2' });
    expect(open.engagement_rate.inputs).toEqual({ engagements: 12, followers: 1200 });
    const asOf = computeKpis(dataset, { kind: 'post', postId: 'P2' }, { range: { to: day(9) + 2 * hour } });
    expect(asOf.engagement_rate.inputs).toEqual({ engagements: 12, followers: 1000 });
    const early = computeKpis(handDataset(), { kind: 'creator', creatorId: 'an' }, { range: { to: day(9) } });
    expect(early.follower_growth_rate.value).toBeNull();
    expect(early.follower_growth_rate.reason).toBe('needs two follower snapshots in the range');
  });
});

describe('engagement set', () => {
  it('counts the configured components only and records them with each ER', () => {
    const kpis = computeKpis(handDataset(), { kind: 'campaign' }, { engagementSet: ['likes', 'comments'] });
    expect(kpis.engagements.value).toBe(100 + 20 + 30 + 5 + 200 + 30);
    expect(kpis.engagement_rate.engagementSet).toEqual({
      components: ['likes', 'comments'],
      postsMissing: {},
    });
  });
});
