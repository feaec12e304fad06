import { describe, expect, it } from 'vitest';
import { buildFunnel } from './funnel';

describe('buildFunnel', () => {
  it('chains step rates from one step to the next', () => {
    const steps = buildFunnel({
      inputs: {
        reach: 100_000,
        engagements: 5_000,
        leads: 400,
        orders: 100,
        returning_customers: 20,
        shares: 300,
      },
      pairs: {},
      freshness: null,
    });
    expect(steps.map((step) => step.stepRate)).toEqual([null, 5, 8, 25, 20, 1_500]);
  });

  it('falls back to impressions for reach and to clicks for leads, naming the basis', () => {
    const steps = buildFunnel({
      inputs: { impressions: 1_000, engagements: 50, clicks: 10 },
      pairs: {},
      freshness: null,
    });
    expect(steps[0]).toMatchObject({ basis: 'impressions', value: 1_000 });
    expect(steps[2]).toMatchObject({ basis: 'clicks', value: 10, stepRate: 20 });
  });

  it('shows a missing step as missing with its reason, and the next rate as unavailable', () => {
    const steps = buildFunnel({
      inputs: { reach: 1_000, engagements: 50, orders: 5 },
      pairs: {},
      freshness: null,
    });
    expect(steps[2]).toMatchObject({ value: null, reason: 'no leads or clicks recorded', stepRate: null });
    expect(steps[3]).toMatchObject({
      value: 5,
      stepRate: null,
      stepRateReason: 'previous step (lead) is missing',
    });
  });
});
