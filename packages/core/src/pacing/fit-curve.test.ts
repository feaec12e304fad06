import { describe, expect, it } from 'vitest';
import { type DeliveryCurve, deliveredFraction } from './delivery-curve';
import { fitDeliveryCurve, type SnapshotPoint } from './fit-curve';

const ages = [1, 3, 6, 12, 24, 48, 96, 168];
const truth = (shape: DeliveryCurve['shape'], scaleHours: number, exponent: number): DeliveryCurve => ({
  shape,
  scaleHours,
  exponent,
  residualLogSd: 0,
  source: 'default',
});

/** Posts with different final values; `noise` multiplies snapshots by (1 ± noise·(1 − F)), alternating. */
function simulate(curve: DeliveryCurve, noise = 0): SnapshotPoint[][] {
  return [5000, 20_000, 800].map((finalValue, post) =>
    ages.map((ageHours, i) => {
      const f = deliveredFraction(curve, ageHours);
      const wobble = 1 + noise * (1 - f) * ((i + post) % 2 === 0 ? 1 : -1);
      return { ageHours, value: finalValue * f * wobble };
    }),
  );
}

describe('fitDeliveryCurve', () => {
  it('recovers a Hill curve and prefers it over the exponential one', () => {
    const fit = fitDeliveryCurve(simulate(truth('hill', 12, 1.5)));
    if (!fit.ok) throw new Error(fit.reason);
    expect(fit.curve.shape).toBe('hill');
    expect(fit.curve.scaleHours).toBeCloseTo(12, 1);
    expect(fit.curve.exponent).toBeCloseTo(1.5, 2);
    expect(fit.curve.residualLogSd).toBeLessThan(0.01);
    expect(fit).toMatchObject({ posts: 3, points: 24 });
  });

  it('recovers an exponential curve', () => {
    const fit = fitDeliveryCurve(simulate(truth('exponential', 6, 1)));
    if (!fit.ok) throw new Error(fit.reason);
    expect(fit.curve.shape).toBe('exponential');
    expect(fit.curve.scaleHours).toBeCloseTo(6, 1);
  });

  it('estimates a residual scale that grows with the noise', () => {
    const quiet = fitDeliveryCurve(simulate(truth('hill', 12, 1.5), 0.05), { shape: 'hill' });
    const loud = fitDeliveryCurve(simulate(truth('hill', 12, 1.5), 0.3), { shape: 'hill' });
    if (!quiet.ok || !loud.ok) throw new Error('expected fits');
    expect(quiet.curve.residualLogSd).toBeGreaterThan(0.01);
    expect(loud.curve.residualLogSd).toBeGreaterThan(3 * quiet.curve.residualLogSd);
  });

  it('refuses too little history', () => {
    const fit = fitDeliveryCurve([
      [{ ageHours: 5, value: 10 }],
      [
        { ageHours: 0, value: 3 },
        { ageHours: 2, value: 0 },
      ],
    ]);
    expect(fit).toMatchObject({ ok: false, code: 'not_enough_history' });
  });
});
