import { describe, expect, it } from 'vitest';
import { evaluateFromTotals } from './evaluate-totals';
import type { ScopeTotals } from './totals';

const totals: ScopeTotals = {
  inputs: {
    impressions: 200_000,
    engagements: 9_000,
    cost: 50_000_000,
    orders: 125,
    revenue: 80_000_000,
    reach: null,
  },
  pairs: {
    er_impressions: { numerator: 8_000, denominator: 160_000, posts: 3 },
    er_reach: { numerator: 0, denominator: 0, posts: 0 },
  },
  freshness: '2026-05-01T00:00:00.000Z',
};

describe('evaluateFromTotals', () => {
  it('computes cost per mille and ROI from the sums', () => {
    expect(evaluateFromTotals('cpm', totals)?.value).toBe(250_000);
    expect(evaluateFromTotals('cpa', totals)?.value).toBe(400_000);
    expect(evaluateFromTotals('roi', totals)?.value).toBe(60);
    expect(evaluateFromTotals('roas', totals)?.value).toBeCloseTo(1.6, 12);
  });

  it('uses the pairwise-complete sums for per-post ratios, not the scope totals', () => {
    const er = evaluateFromTotals('er_impressions', totals);
    expect(er?.value).toBe(5);
    expect(er?.inputs).toEqual({ engagements: 8_000, impressions: 160_000 });
  });

  it('says what is missing instead of returning 0', () => {
    const reach = evaluateFromTotals('reach', totals);
    expect(reach?.value).toBeNull();
    expect(reach?.reason).toBe('no reach recorded');
    expect(evaluateFromTotals('er_reach', totals)?.reason).toBe('no reach recorded');
    expect(evaluateFromTotals('cpc', totals)?.reason).toBe('no clicks recorded');
  });

  it('reads a per-post ratio of a scope without posts as not recorded', () => {
    const ctr = evaluateFromTotals('ctr', totals);
    expect(ctr?.value).toBeNull();
    expect(ctr?.reason).toBe('no clicks recorded');
  });

  it('refuses a zero denominator', () => {
    const zeroCost = { ...totals, inputs: { ...totals.inputs, cost: 0 } };
    expect(evaluateFromTotals('roas', zeroCost)?.value).toBeNull();
    expect(evaluateFromTotals('roas', zeroCost)?.reason).toBe('total costs is 0');
  });

  it('leaves KPIs the totals cannot give to the full engine', () => {
    expect(evaluateFromTotals('nps', totals)).toBeUndefined();
    expect(evaluateFromTotals('engagement_rate_median', totals)).toBeUndefined();
    expect(evaluateFromTotals('share_of_voice', totals)).toBeUndefined();
    expect(evaluateFromTotals('engagement_rate', totals)).toBeUndefined();
  });
});
