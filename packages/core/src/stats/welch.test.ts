import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { welchTTest, welchTTestSamples } from './welch';

// R's `sleep` data set (Student 1908), the classic example of t.test(extra ~ group, data = sleep).
const sleepGroup1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const sleepGroup2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('welchTTest', () => {
  it("reproduces R's Welch test on the sleep data", () => {
    // R: t = -1.8608, df = 17.776, p-value = 0.07939, 95 % CI -3.3654832 0.2054832 (group1 − group2).
    const result = welchTTestSamples(sleepGroup1, sleepGroup2);
    if (!result.ok) throw new Error(result.reason);
    expect(result.difference).toBeCloseTo(1.58, 12);
    expect(result.t).toBeCloseTo(1.8608134675, 8);
    expect(result.degreesOfFreedom).toBeCloseTo(17.7764735162, 8);
    expect(result.pValue).toBeCloseTo(0.0793941402, 8);
    expect(result.differenceInterval[0]).toBeCloseTo(-0.2054832307, 7);
    expect(result.differenceInterval[1]).toBeCloseTo(3.3654832307, 7);
  });

  it('handles hand-sized summary statistics', () => {
    // Equal sd 2 and n 8: SE = √(4/8 + 4/8) = 1, t = 3, df = (1)² / (2·(0.5²/7)) = 14.
    const result = welchTTest({ mean: 10, sd: 2, n: 8 }, { mean: 13, sd: 2, n: 8 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.t).toBeCloseTo(3, 12);
    expect(result.degreesOfFreedom).toBeCloseTo(14, 12);
  });

  it('refuses too small or constant samples', () => {
    expect(welchTTestSamples([1], [2, 3])).toMatchObject({ ok: false, code: 'too_few_samples' });
    expect(welchTTestSamples([1, 1], [2, 2])).toMatchObject({ ok: false, code: 'zero_variance' });
  });

  it('is antisymmetric and finite for arbitrary samples', () => {
    const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const ab = welchTTestSamples(a, b);
        const ba = welchTTestSamples(b, a);
        if (!ab.ok || !ba.ok) return ab.ok === ba.ok;
        return (
          [ab.t, ab.pValue, ab.degreesOfFreedom, ...ab.differenceInterval].every(Number.isFinite) &&
          Math.abs(ab.t + ba.t) < 1e-9 &&
          Math.abs(ab.pValue - ba.pValue) < 1e-9
        );
      }),
    );
  });
});
