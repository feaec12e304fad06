import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBetaBinomial, probabilityGreater } from './bayes-ab';

describe('probabilityGreater', () => {
  it('matches closed forms for small Beta distributions', () => {
    // X ~ Beta(2,1), Y ~ Beta(1,1): P(X > Y) = ∫ 2x·x dx = 2/3.
    expect(probabilityGreater({ alpha: 2, beta: 1 }, { alpha: 1, beta: 1 })).toBeCloseTo(2 / 3, 8);
    // X ~ Beta(2,1), Y ~ Beta(1,2): ∫ 2x·(2x − x²) dx = 4/3 − 1/2 = 5/6.
    expect(probabilityGreater({ alpha: 2, beta: 1 }, { alpha: 1, beta: 2 })).toBeCloseTo(5 / 6, 8);
    // Identical distributions: 1/2.
    expect(probabilityGreater({ alpha: 30, beta: 70 }, { alpha: 30, beta: 70 })).toBeCloseTo(0.5, 8);
  });

  it('matches scipy quadrature for realistic counts', () => {
    // scipy.integrate.quad of beta.pdf(t, 121, 881) · beta.cdf(t, 101, 901) = 0.92318344
    expect(probabilityGreater({ alpha: 121, beta: 881 }, { alpha: 101, beta: 901 })).toBeCloseTo(
      0.9231834,
      6,
    );
    // 1300/100000 vs 1200/100000 with a uniform prior = 0.97791218
    expect(probabilityGreater({ alpha: 1301, beta: 98701 }, { alpha: 1201, beta: 98801 })).toBeCloseTo(
      0.9779122,
      6,
    );
  });
});

describe('compareBetaBinomial', () => {
  const counts = { successesA: 100, trialsA: 1000, successesB: 120, trialsB: 1000 };

  it('builds posteriors from a uniform prior and is deterministic for a seed', () => {
    const first = compareBetaBinomial(counts, { seed: 7 });
    const second = compareBetaBinomial(counts, { seed: 7 });
    if (!first.ok || !second.ok) throw new Error('expected a result');
    expect(first.posteriorA).toMatchObject({ alpha: 101, beta: 901 });
    expect(first.posteriorA.mean).toBeCloseTo(101 / 1002, 12);
    expect(first.probabilityBBetter).toBeCloseTo(0.9231834, 6);
    expect(first.expectedLift).toBe(second.expectedLift);
    // Lift ≈ (121/1002)/(101/1002) − 1 ≈ 0.198; Monte Carlo mean within a few thousandths.
    expect(first.expectedLift).toBeGreaterThan(0.18);
    expect(first.expectedLift).toBeLessThan(0.23);
    expect(first.liftInterval[0]).toBeLessThan(0);
    expect(first.liftInterval[1]).toBeGreaterThan(0.4);
    expect(first.expectedDifference).toBeCloseTo(0.02, 2);
  });

  it('never returns NaN or infinity', () => {
    const group = fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(group, group, ([ta, sa], [tb, sb]) => {
        const result = compareBetaBinomial(
          { successesA: Math.round(ta * sa), trialsA: ta, successesB: Math.round(tb * sb), trialsB: tb },
          { draws: 200 },
        );
        if (!result.ok) return false;
        const numbers = [
          result.probabilityBBetter,
          result.expectedLift,
          ...result.liftInterval,
          ...result.differenceInterval,
        ];
        return (
          numbers.every(Number.isFinite) && result.probabilityBBetter >= 0 && result.probabilityBBetter <= 1
        );
      }),
      { numRuns: 40 },
    );
  });
});
