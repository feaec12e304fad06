import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DELIVERY_CURVES,
  type DeliveryCurve,
  defaultCurveFor,
  deliveredFraction,
} from './delivery-curve';

const curve = (shape: DeliveryCurve['shape'], scaleHours: number, exponent = 1): DeliveryCurve => ({
  shape,
  scaleHours,
  exponent,
  residualLogSd: 0.3,
  source: 'default',
});

describe('deliveredFraction', () => {
  it('follows the exponential and Hill formulas', () => {
    expect(deliveredFraction(curve('exponential', 10), 10)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(deliveredFraction(curve('hill', 10, 2), 10)).toBeCloseTo(0.5, 12);
    expect(deliveredFraction(curve('hill', 10, 2), 20)).toBeCloseTo(400 / 500, 12);
  });

  it('is 0 before publishing and 1 at infinity', () => {
    expect(deliveredFraction(curve('hill', 10, 2), 0)).toBe(0);
    expect(deliveredFraction(curve('exponential', 10), -5)).toBe(0);
    expect(deliveredFraction(curve('hill', 10, 2), Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('has a default per platform and a fallback', () => {
    expect(defaultCurveFor('tiktok')).toBe(DEFAULT_DELIVERY_CURVES.tiktok);
    expect(defaultCurveFor('myspace')).toBe(DEFAULT_DELIVERY_CURVES.other);
    expect(defaultCurveFor(undefined)).toBe(DEFAULT_DELIVERY_CURVES.other);
  });
});
