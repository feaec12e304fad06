import { describe, expect, it } from 'vitest';
import { computeKpis } from './compute';
import { handDataset } from './hand-dataset.test-utils';

const campaign = () => computeKpis(handDataset(), { kind: 'campaign' });

describe('campaign KPIs of the hand dataset (P4 has no snapshot)', () => {
  it('sums post metrics, skipping posts that did not record them', () => {
    const kpis = campaign();
    expect(kpis.impressions.value).toBe(6000);
    expect(kpis.impressions.postsIncluded).toBe(1);
    expect(kpis.impressions.postsExcluded.map((e) => e.postId)).toEqual(['P1', 'P2', 'P4']);
    expect(kpis.reach.value).toBe(4000);
    expect(kpis.video_views.value).toBe(2000 + 500);
    // P1 140 + P2 40 + P3 250 (no saves recorded on P3)
    expect(kpis.engagements.value).toBe(430);
    expect(kpis.engagements.engagementSet).toEqual({
      components: ['likes', 'comments', 'shares', 'saves'],
      postsMissing: { saves: 1 },
    });
  });

  it('computes follower-based rates as a ratio of sums over posts with both inputs', () => {
    const kpis = campaign();
    // followers: P1 → 1000 (day 1 nearer than day 10), P2 → 1200, P3 → 5000; P4 has followers but no metrics.
    expect(kpis.engagement_rate.value).toBeCloseTo((430 / 7200) * 100, 12);
    expect(kpis.engagement_rate.inputs).toEqual({ engagements: 430, followers: 7200 });
    expect(kpis.engagement_rate.postsExcluded).toEqual([
      { postId: 'P4', reason: 'no snapshot at or before the end of the range' },
    ]);
    expect(kpis.amplification_rate.value).toBeCloseTo((30 / 7200) * 100, 12);
    expect(kpis.applause_rate.value).toBeCloseTo((330 / 7200) * 100, 12);
    expect(kpis.conversation_rate.value).toBeCloseTo((55 / 7200) * 100, 12);
    // reach_rate: only P3 recorded reach; the TikTok posts are not counted as reach 0.
    expect(kpis.reach_rate.value).toBeCloseTo(80, 12);
    expect(kpis.reach_rate.inputs).toEqual({ reach: 4000, followers: 5000 });
  });

  it('offers the median of per-post ER beside ER', () => {
    // per post: P1 14 %, P2 3.33 %, P3 5 % → median 5
    expect(campaign().engagement_rate_median.value).toBeCloseTo(5, 12);
  });

  it('computes ER by reach, impressions and views on the posts that recorded each', () => {
    const kpis = campaign();
    expect(kpis.er_reach.value).toBeCloseTo(6.25, 12);
    expect(kpis.er_impressions.value).toBeCloseTo((250 / 6000) * 100, 12);
    expect(kpis.er_views.value).toBeCloseTo((180 / 2500) * 100, 12);
    expect(kpis.er_views.engagementSet?.postsMissing).toEqual({});
    expect(kpis.virality_rate.value).toBeCloseTo((20 / 6000) * 100, 12);
    expect(kpis.ctr.value).toBeCloseTo((100 / 6000) * 100, 12);
  });

  it('divides the whole campaign cost, including costs tied to no creator', () => {
    const kpis = campaign();
    expect(kpis.cost.value).toBe(8_000_000);
    expect(kpis.cost.currency).toBe('VND');
    // clicks: P1 40 + P3 100; P2 did not record clicks
    expect(kpis.cpc.value).toBeCloseTo(8_000_000 / 140, 9);
    expect(kpis.cpc.postsExcluded.map((e) => e.postId)).toEqual(['P2', 'P4']);
    expect(kpis.cpm.value).toBeCloseTo((8_000_000 / 6000) * 1000, 6);
    expect(kpis.cpe.value).toBeCloseTo(8_000_000 / 430, 9);
    expect(kpis.cpv.value).toBe(3200);
    expect(kpis.cpl.value).toBeCloseTo(8_000_000 / 60, 9);
    expect(kpis.cpa.value).toBe(320_000);
    expect(kpis.cac.value).toBe(400_000);
  });

  it('computes conversion, revenue net of refunds and returns', () => {
    const kpis = campaign();
    expect(kpis.leads.value).toBe(60);
    expect(kpis.conversions.value).toBe(25);
    expect(kpis.conversion_rate.value).toBeCloseTo((25 / 140) * 100, 12);
    expect(kpis.revenue.value).toBe(4_600_000);
    expect(kpis.roi.value).toBeCloseTo(-42.5, 12);
    expect(kpis.roas.value).toBeCloseTo(0.575, 12);
    expect(kpis.repeat_purchase_rate.value).toBeCloseTo(20, 12);
    expect(kpis.churn_rate.value).toBeCloseTo(15, 12);
    expect(kpis.clv.value).toBeCloseTo((4_600_000 / 25) * 3 * 2, 6);
  });

  it('computes site, sentiment, voice, NPS, response time, EMV and brand lift', () => {
    const kpis = campaign();
    expect(kpis.bounce_rate.value).toBe(40);
    expect(kpis.avg_time_on_page.value).toBe(45);
    expect(kpis.sentiment_score.value).toBe(50);
    expect(kpis.share_of_voice.value).toBe(30);
    expect(kpis.nps.value).toBe(0);
    expect(kpis.nps.inputs).toEqual({ answers: 6, promoters: 2, detractors: 2 });
    expect(kpis.response_time.value).toBe(20);
    expect(kpis.response_time.inputs).toEqual({ answered: 3, unanswered: 1 });
    // P1 32,000 + P2 6,500 + P3 (6000/1000 × 30,000 + 20,000 + 15,000 + 20,000) = 273,500
    expect(kpis.emv.value).toBe(273_500);
    expect(kpis.emv.estimate).toBe(true);
    expect(kpis.emv.postsExcluded).toEqual([{ postId: 'P4', reason: 'no valued metric recorded' }]);
    expect(kpis.brand_lift.value).toBeCloseTo(10, 12);
    expect(kpis.brand_lift.details?.p_value).toBeCloseTo(0.010235712391270732, 9);
    expect(kpis.brand_lift.details?.z).toBeCloseTo(2.5677629550654784, 12);
  });

  it('computes follower growth over accounts with two snapshots', () => {
    const growth = campaign().follower_growth_rate;
    expect(growth.value).toBeCloseTo(20, 12);
    expect(growth.inputs).toEqual({ followers_start: 1000, followers_end: 1200, accounts: 1 });
    expect(growth.accountsExcluded).toEqual([
      { accountId: 'A2', reason: 'needs two follower snapshots in the range' },
    ]);
  });

  it('records the freshness of the newest input used', () => {
    const kpis = campaign();
    expect(kpis.engagement_rate.freshness).toBe('2026-03-11T00:00:00.000Z');
    expect(kpis.impressions.freshness).toBe('2026-03-06T00:00:00.000Z');
    expect(kpis.cost.freshness).toBeNull();
  });
});
