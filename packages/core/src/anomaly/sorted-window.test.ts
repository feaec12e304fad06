import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, medianAbsoluteDeviation } from '../stats/summary';
import { kthOfTwoSorted, SortedWindow } from './sorted-window';

describe('SortedWindow', () => {
  it('tracks median and MAD through inserts and removals', () => {
    const window = new SortedWindow();
    for (const v of [5, 1, 9, 3]) window.insert(v);
    expect(window.median()).toBe(4); // 1 3 5 9
    expect(window.medianAbsoluteDeviation()).toBe(2); // deviations 3 1 1 5 → sorted 1 1 3 5 → (1 + 3) / 2
    window.remove(9);
    expect(window.median()).toBe(3); // 1 3 5
    expect(window.medianAbsoluteDeviation()).toBe(2); // deviations 2 0 2
  });

  it('agrees with the naive median and MAD on random windows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (values, width) => {
          const window = new SortedWindow();
          for (let i = 0; i < values.length; i++) {
            window.insert(values[i] as number);
            if (i >= width) window.remove(values[i - width] as number);
            const current = values.slice(Math.max(0, i - width + 1), i + 1);
            if (window.median() !== median(current)) return false;
            if (window.medianAbsoluteDeviation() !== medianAbsoluteDeviation(current)) return false;
          }
          return true;
        },
      ),
    );
  });
});

describe('kthOfTwoSorted', () => {
  it('finds ranks in the merged order', () => {
    const a = [1, 4, 9];
    const b = [2, 3, 10, 11];
    const merged = [1, 2, 3, 4, 9, 10, 11];
    merged.forEach((value, k) => {
      expect(
        kthOfTwoSorted(
          (i) => a[i] as number,
          a.length,
          (i) => b[i] as number,
          b.length,
          k,
        ),
      ).toBe(value);
    });
  });
});
