import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoProportionZTest } from './two-proportion';

describe('twoProportionZTest', () => {
  it('matches the hand-computed pooled z-test (45/100 vs 60/100)', () => {
    // p̄ = 105/200 = 0.525; SE = √(0.525·0.475·0.02) = 0.0706222; z = 0.15 / SE = 2.1239770.
    // The p-value equals R's prop.test(c(45, 60), c(100, 100), correct = FALSE): 0.033672.
    const result = twoProportionZTest({ successesA: 45, trialsA: 100, successesB: 60, trialsB: 100 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.difference).toBeCloseTo(0.15, 12);
    expect(result.relativeLift).toBeCloseTo(0.15 / 0.45, 12);
    expect(result.z).toBeCloseTo(2.123976976, 8);
    expect(result.pValue).toBeCloseTo(0.0336720689, 8);
    // Wald interval: 0.15 ± 1.959964·√(0.45·0.55/100 + 0.6·0.4/100)
    expect(result.differenceInterval[0]).toBeCloseTo(0.0131529622, 8);
    expect(result.differenceInterval[1]).toBeCloseTo(0.2868470378, 8);
  });

  it('gives z = 0 and p = 1 when both groups are all failures', () => {
    const result = twoProportionZTest({ successesA: 0, trialsA: 50, successesB: 0, trialsB: 70 });
    expect(result.ok && result.z === 0 && result.pValue === 1).toBe(true);
  });

  it('refuses empty groups and impossible counts with a reason', () => {
    const empty = twoProportionZTest({ successesA: 0, trialsA: 0, successesB: 1, trialsB: 10 });
    expect(empty).toMatchObject({ ok: false, code: 'no_trials' });
    const impossible = twoProportionZTest({ successesA: 11, trialsA: 10, successesB: 1, trialsB: 10 });
    expect(impossible).toMatchObject({ ok: false, code: 'invalid_counts' });
  });

  const group = fc
    .tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([trials, share]) => ({ trials, successes: Math.round(trials * share) }));

  it('is symmetric: swapping A and B negates z and keeps p, and never yields NaN', () => {
    fc.assert(
      fc.property(group, group, (a, b) => {
        const ab = twoProportionZTest({
          successesA: a.successes,
          trialsA: a.trials,
          successesB: b.successes,
          trialsB: b.trials,
        });
        const ba = twoProportionZTest({
          successesA: b.successes,
          trialsA: b.trials,
          successesB: a.successes,
          trialsB: a.trials,
        });
        if (!ab.ok || !ba.ok) return false;
        const finite = [ab.z, ab.pValue, ...ab.differenceInterval].every(Number.isFinite);
        return (
          finite && Math.abs(ab.z + ba.z) < 1e-9 && Math.abs(ab.pValue - ba.pValue) < 1e-12 && ab.pValue <= 1
        );
      }),
    );
  });
});
