import { describe, expect, it } from 'vitest';
import { forecastCampaignKpis, positionOf } from './campaign-forecast';
import type { CampaignCreatorPlan } from './campaign-forecast-types';
import { publishedEngagementBand, workspaceTierBands } from './tier-bands';

// An odd number of simulations puts the median and the 10 % / 90 % quantiles exactly on one draw, so a cost per
// result is exactly the budget divided by the count's quantile.
const SIMULATIONS = 10_001;
const ha: CampaignCreatorPlan = {
  id: 'ha',
  plannedPosts: 1,
  followers: 20_000,
  // log1p = ln 1000, ln 10⁴, ln 10⁵: the per-post median is e^(ln 10⁴) − 1 = 9999; a draw of 0 orders (which
  // leaves CPA undefined for that draw) needs z < −4.6, so none of the 10 001 draws has one.
  history: { orders: [999, 9999, 99999], clicks: [9999, 9999, 9999] },
  bands: {},
};

describe('workspaceTierBands', () => {
  it('takes the interquartile range of creators’ median rates per tier', () => {
    // rates 10, 20, 30, 40 % → 25th percentile at position 0.75 = 17.5, 75th at 2.25 = 32.5
    const nano = [100, 200, 300, 400].map((m) => ({ tier: 'nano' as const, followers: 1000, values: [m] }));
    const micro = [{ tier: 'micro' as const, followers: 20_000, values: [500] }];
    const bands = workspaceTierBands([...nano, ...micro]);
    expect(bands.nano).toEqual({ low: 17.5, high: 32.5, source: 'workspace', creators: 4 });
    expect(bands.micro).toBeUndefined();
  });

  it('gives no band when the lower quartile is zero', () => {
    const zeros = [0, 0, 0, 5].map((m) => ({ tier: 'macro' as const, followers: 60_000, values: [m] }));
    expect(workspaceTierBands(zeros).macro).toBeUndefined();
  });

  it('uses the published ER band of seed 000 for engagements', () => {
    expect(publishedEngagementBand('micro')).toEqual({ low: 1.5, high: 2, source: 'published' });
    expect(publishedEngagementBand('koc')).toBeNull();
  });
});

describe('forecastCampaignKpis', () => {
  it('derives cost per acquisition from the simulated orders and the budget', () => {
    const [conversions, cpa, cost] = forecastCampaignKpis(
      {
        kpis: [
          { kpiId: 'conversions', target: 5000 },
          { kpiId: 'cpa', target: 10_000 },
          { kpiId: 'cost', target: 30_000_000 },
        ],
        creators: [ha],
        cost: 10_000_000,
        revenuePerOrder: null,
      },
      { simulations: SIMULATIONS },
    );
    if (!conversions?.interval || !cpa?.interval || conversions.median === null)
      throw new Error('no forecast');
    expect(Math.abs(Math.log(conversions.median / 9999))).toBeLessThan(0.06);
    expect(cpa.median).toBeCloseTo(10_000_000 / conversions.median, 6);
    expect(cpa.interval[0]).toBeCloseTo(10_000_000 / conversions.interval[1], 6);
    expect(cpa.interval[1]).toBeCloseTo(10_000_000 / conversions.interval[0], 6);
    expect(cpa.inputs.map((i) => i.name)).toEqual(['cost', 'orders']);
    expect(cpa.inputs[1]?.basis).toEqual({ history: 1, benchmark: 0, missing: 0 });
    expect(cost).toMatchObject({ median: 10_000_000, interval: [10_000_000, 10_000_000] });
    expect(cost?.targetPosition).toBe('above');
  });

  it('forecasts ROI only when past orders give a revenue per order', () => {
    const request = {
      kpis: [{ kpiId: 'roi' as const, target: 0 }],
      creators: [ha],
      cost: 10_000_000,
      revenuePerOrder: null,
    };
    expect(forecastCampaignKpis(request)[0]?.gap).toEqual({ code: 'no_revenue_per_order', input: 'revenue' });
    const [orders] = forecastCampaignKpis(
      { ...request, kpis: [{ kpiId: 'conversions', target: null }] },
      { simulations: SIMULATIONS },
    );
    const [roi] = forecastCampaignKpis({ ...request, revenuePerOrder: 50_000 }, { simulations: SIMULATIONS });
    // ROI = (orders × 50 000 − 10 000 000) / 10 000 000 × 100 rises with orders, so its median is the orders' one.
    expect(roi?.median).toBeCloseTo((((orders?.median ?? 0) * 50_000 - 10_000_000) / 10_000_000) * 100, 6);
  });

  it('says why a KPI cannot be forecast instead of guessing', () => {
    const noFollowers = { ...ha, followers: null };
    const results = forecastCampaignKpis({
      kpis: [
        { kpiId: 'nps', target: 40 },
        { kpiId: 'reach_rate', target: 20 },
        { kpiId: 'reach', target: 1000 },
        { kpiId: 'cpc', target: 100 },
      ],
      creators: [noFollowers],
      cost: null,
      revenuePerOrder: null,
    });
    expect(results.map((r) => r.gap)).toEqual([
      { code: 'after_launch_only', input: null },
      { code: 'no_basis', input: 'reach' },
      { code: 'no_basis', input: 'reach' },
      { code: 'no_cost', input: 'cost' },
    ]);
    expect(
      forecastCampaignKpis({
        kpis: [{ kpiId: 'reach', target: 1 }],
        creators: [],
        cost: 1,
        revenuePerOrder: 1,
      })[0]?.gap,
    ).toEqual({ code: 'no_creators', input: null });
  });

  it('falls back to a tier band for a creator without history', () => {
    // 20 000 followers × √(1.5 · 2) % = 346.41 engagements per post at the band's centre.
    const newcomer: CampaignCreatorPlan = {
      id: 'new',
      plannedPosts: 1,
      followers: 20_000,
      history: {},
      bands: { engagements: { low: 1.5, high: 2 } },
    };
    const [engagements] = forecastCampaignKpis(
      {
        kpis: [{ kpiId: 'engagements', target: 100 }],
        creators: [newcomer],
        cost: null,
        revenuePerOrder: null,
      },
      { simulations: SIMULATIONS },
    );
    expect(Math.abs(Math.log((engagements?.median ?? 0) / (200 * Math.sqrt(3))))).toBeLessThan(0.06);
    expect(engagements?.inputs[0]?.basis).toEqual({ history: 0, benchmark: 1, missing: 0 });
    expect(engagements?.targetPosition).toBe('below');
  });

  it('places a target below, inside or above the interval', () => {
    expect(positionOf(5, [10, 20])).toBe('below');
    expect(positionOf(10, [10, 20])).toBe('inside');
    expect(positionOf(21, [10, 20])).toBe('above');
  });
});
