import { describe, expect, it } from 'vitest';
import { linearHealth, median, medianAbsoluteDeviation, percentileRank, robustZScore } from './numbers';

describe('numbers', () => {
  it('median of odd, even and empty samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it('MAD is the median distance to the median', () => {
    // median 3; distances 2, 1, 0, 1, 7 → median 1
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 10])).toBe(1);
  });
  it('percentile rank counts ties as half', () => {
    expect(percentileRank(3, [1, 2, 3, 4])).toBe(62.5);
    expect(percentileRank(10, [1, 2])).toBe(100);
    expect(percentileRank(1, [])).toBeNull();
  });
  it('robust z uses 1.4826 × MAD and is null without spread', () => {
    expect(robustZScore(10, [1, 2, 3, 4, 10])).toBeCloseTo(7 / 1.4826, 10);
    expect(robustZScore(5, [2, 2, 2])).toBeNull();
  });
  it('linear health works in both directions and clamps', () => {
    expect(linearHealth(0.5, 0.3, 0.7)).toBeCloseTo(0.5, 12);
    expect(linearHealth(0.1, 0.3, 0.7)).toBe(1);
    expect(linearHealth(0.9, 0.3, 0.7)).toBe(0);
    expect(linearHealth(0.06, 0.1, 0.02)).toBeCloseTo(0.5, 12);
  });
});
