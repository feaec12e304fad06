import { describe, expect, it } from 'vitest';
import { brandLift } from './brand-lift';

describe('brandLift', () => {
  it('reports exposed − control in points with the two-proportion p-value', () => {
    // Exposed 60/100 positive, control 45/100: lift 15 points; z = 2.1239770, p = 0.0336721.
    const result = brandLift({
      exposedPositive: 60,
      exposedTotal: 100,
      controlPositive: 45,
      controlTotal: 100,
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.exposedPercent).toBeCloseTo(60, 12);
    expect(result.controlPercent).toBeCloseTo(45, 12);
    expect(result.liftPoints).toBeCloseTo(15, 12);
    expect(result.relativeLiftPercent).toBeCloseTo(33.333333333, 8);
    expect(result.pValue).toBeCloseTo(0.0336720689, 8);
    expect(result.liftPointsInterval[0]).toBeCloseTo(1.31529622, 6);
  });

  it('needs both groups', () => {
    const result = brandLift({ exposedPositive: 0, exposedTotal: 0, controlPositive: 3, controlTotal: 10 });
    expect(result).toMatchObject({ ok: false, code: 'no_exposed_answers' });
  });
});
