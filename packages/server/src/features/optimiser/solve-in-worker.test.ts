import {
  buildMixModel,
  type MixCandidate,
  mixObjective,
  pickedFromColumns,
  splitEligible,
} from '@lantoa/core/mix';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveLp } from './highs-solve';
import { solveInWorker } from './solve-in-worker';

const arbCandidate = (i: number) =>
  fc
    .record({
      fee: fc.integer({ min: 1, max: 20 }).map((m) => m * 1_000_000),
      reach: fc.integer({ min: 0, max: 100_000 }),
      tier: fc.constantFrom('nano' as const, 'micro' as const, 'mega' as const),
      segment: fc.constantFrom('a', 'b', 'c'),
    })
    .map(
      (r): MixCandidate => ({
        id: `c${i}`,
        name: `c${i}`,
        tier: r.tier,
        fee: r.fee,
        expected: { reach: r.reach, engagements: null, clicks: null, conversions: null },
        quality: null,
        risk: null,
        niches: r.segment === 'a' ? ['n'] : [],
        audienceSegment: r.segment,
      }),
    );

function bruteForceBest(
  candidates: MixCandidate[],
  feasible: (picked: number[]) => boolean,
  score: (p: number[]) => number,
) {
  let best = Number.NEGATIVE_INFINITY;
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const picked = candidates.flatMap((_, i) => ((mask >> i) & 1 ? [i] : []));
    if (feasible(picked)) best = Math.max(best, score(picked));
  }
  return best;
}

describe('HiGHS creator mix', () => {
  it('matches brute force on small markets (budget, tier max, niche cover, overlap penalty)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(...Array.from({ length: 8 }, (_, i) => arbCandidate(i))),
        async (candidates) => {
          const constraints = {
            goal: 'reach' as const,
            budget: 40_000_000,
            maxPerTier: { mega: 1 },
            nichesToCover: ['n'],
            overlapPenalty: 0.4,
          };
          const { eligible } = splitEligible(candidates, constraints);
          const model = buildMixModel(eligible, constraints);
          const solved = await solveLp(model.lp, { mipRelGap: 0 });
          const nicheExists = eligible.some((c) => c.niches.includes('n'));
          expect(model.uncoverableNiches).toEqual(nicheExists ? [] : ['n']);
          // a niche nobody can cover is reported to the planner, not made infeasible
          const feasible = (picked: number[]) =>
            picked.reduce((s, i) => s + (eligible[i]?.fee ?? 0), 0) <= constraints.budget &&
            picked.filter((i) => eligible[i]?.tier === 'mega').length <= 1 &&
            (!nicheExists || picked.some((i) => eligible[i]?.niches.includes('n')));
          const best = bruteForceBest(candidates, feasible, (p) => mixObjective(eligible, p, constraints));
          if (best === Number.NEGATIVE_INFINITY) {
            expect(solved.status).toBe('Infeasible');
            return;
          }
          const picked = pickedFromColumns(model.columns, solved.columns);
          expect(feasible(picked)).toBe(true);
          expect(mixObjective(eligible, picked, constraints)).toBeCloseTo(best, 3);
        },
      ),
      { numRuns: 40, seed: 5 },
    );
  }, 60_000);

  it('solves in a worker thread and returns the same answer', async () => {
    const lp = 'Maximize\n obj: 3 x + 2 y\nSubject To\n c: 2 x + 2 y <= 3\nBinary\n x y\nEnd';
    const result = await solveInWorker(lp, { mipRelGap: 0 });
    expect(result.status).toBe('Optimal');
    expect(result.objective).toBe(3);
    expect(result.columns).toEqual({ x: 1, y: 0 });
  });
});
