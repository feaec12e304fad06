import { describe, expect, it } from 'vitest';
import { compareValues, previousPeriod } from './period-comparison';

describe('period comparison', () => {
  it('takes the equal-length period just before', () => {
    expect(previousPeriod({ from: 1_000, to: 1_999 })).toEqual({ from: 0, to: 999 });
  });

  it('gives change and percent change, and null when a side is missing or zero', () => {
    expect(compareValues(150, 120)).toEqual({ current: 150, previous: 120, change: 30, changePercent: 25 });
    expect(compareValues(150, null).change).toBeNull();
    expect(compareValues(5, 0)).toMatchObject({ change: 5, changePercent: null });
  });
});
