import { describe, expect, it } from 'vitest';
import { mean, median, medianAbsoluteDeviation, sampleVariance, sortedQuantile } from './summary';

describe('summary statistics', () => {
  it('computes hand-checked values', () => {
    expect(mean([1, 2, 3, 10])).toBe(4);
    expect(sampleVariance([1, 2, 3, 10])).toBeCloseTo(50 / 3, 12); // (9 + 4 + 1 + 36) / 3
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 100])).toBe(1); // deviations 2,1,0,1,97
    expect(sortedQuantile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(sortedQuantile([10, 20, 30, 40], 1 / 3)).toBe(20);
  });

  it('returns null on empty input', () => {
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
    expect(sampleVariance([1])).toBeNull();
    expect(sortedQuantile([], 0.5)).toBeNull();
  });
});
