import type { MixCandidate } from '@lantoa/core/mix';
import { describe, expect, it } from 'vitest';
import { planMix } from './plan-mix';

const candidate = (id: string, fee: number, engagements: number): MixCandidate => ({
  id,
  name: id,
  tier: 'micro',
  fee,
  expected: { reach: null, engagements, clicks: null, conversions: null },
  quality: 70,
  risk: 'low',
  niches: [],
  audienceSegment: null,
});

describe('planMix', () => {
  it('falls back to the greedy mix, and says so, when the solver stops before a first solution', async () => {
    const candidates = [
      candidate('a', 6_000_000, 900),
      candidate('b', 5_000_000, 500),
      candidate('c', 5_000_000, 490),
    ];
    const plan = await planMix(
      candidates,
      { goal: 'engagements', budget: 10_000_000 },
      new Map(),
      async () => ({ status: 'Time limit reached', objective: null, columns: {}, seconds: 3 }),
    );
    const optimal = plan.scenarios.find((s) => s.id === 'optimal');
    expect(optimal?.status).toBe('Time limit reached (greedy fallback)');
    // greedy: a has the best engagements per đồng (150 per M) and b no longer fits
    expect(optimal?.creators.map((c) => c.creatorId)).toEqual(['a']);
    expect(optimal?.objective).toBe(900);
  });

  it('reads the solver’s answer when it has one', async () => {
    const candidates = [
      candidate('a', 6_000_000, 900),
      candidate('b', 5_000_000, 500),
      candidate('c', 5_000_000, 490),
    ];
    const plan = await planMix(
      candidates,
      { goal: 'engagements', budget: 10_000_000 },
      new Map(),
      async () => ({
        status: 'Optimal',
        objective: 990,
        columns: { x0: 0, x1: 1, x2: 1 },
        seconds: 0.01,
      }),
    );
    const optimal = plan.scenarios.find((s) => s.id === 'optimal');
    expect(optimal?.creators.map((c) => c.creatorId)).toEqual(['b', 'c']);
    expect(optimal?.summary.cost).toBe(10_000_000);
    expect(plan.greedy.objective).toBe(900);
  });
});
