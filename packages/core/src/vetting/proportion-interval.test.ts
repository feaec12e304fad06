import { describe, expect, it } from 'vitest';
import { correctForClassifierError, wilsonInterval } from './proportion-interval';

describe('wilsonInterval', () => {
  it('matches published values', () => {
    const half = wilsonInterval(5, 10);
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const four = wilsonInterval(4, 10);
    expect(four.low).toBeCloseTo(0.1682, 4);
    expect(four.high).toBeCloseTo(0.6873, 4);
  });
  it('is [0, 1] with no trials', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('correctForClassifierError', () => {
  it('Rogan–Gladen: (0.4 + 0.9 − 1) / (0.8 + 0.9 − 1) = 3/7', () => {
    expect(correctForClassifierError(0.4, 0.8, 0.9)).toBeCloseTo(3 / 7, 12);
  });
  it('clamps to [0, 1] and refuses a chance-level classifier', () => {
    expect(correctForClassifierError(0.05, 0.8, 0.9)).toBe(0);
    expect(correctForClassifierError(0.95, 0.8, 0.9)).toBe(1);
    expect(correctForClassifierError(0.5, 0.5, 0.5)).toBeNull();
  });
});
