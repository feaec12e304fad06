import { describe, expect, it } from 'vitest';
import { addScores, detectionMetrics, scoreAgainstWindows } from './window-scoring';

describe('scoreAgainstWindows', () => {
  const windows = [
    { start: 10, end: 20 },
    { start: 50, end: 60 },
    { start: 90, end: 95 },
  ];

  it('counts a window once however many flags it holds, and every outside flag as a false positive', () => {
    // Flags 12, 15, 20 hit window 1 (its end is inclusive); 60 hits window 2; 5 and 70 are outside.
    const score = scoreAgainstWindows([5, 12, 15, 20, 60, 70], windows);
    expect(score).toEqual({ windows: 3, windowsHit: 2, falsePositives: 2, flagsInWindows: 4 });
    const metrics = detectionMetrics(score);
    expect(metrics.precision).toBeCloseTo(2 / 4, 12);
    expect(metrics.recall).toBeCloseTo(2 / 3, 12);
    expect(metrics.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3), 12);
  });

  it('gives zeros, not NaN, when nothing is flagged or nothing is labelled', () => {
    expect(detectionMetrics(scoreAgainstWindows([], windows))).toMatchObject({
      precision: 0,
      recall: 0,
      f1: 0,
    });
    expect(detectionMetrics(scoreAgainstWindows([1, 2], []))).toMatchObject({
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });

  it('sums counts across files before computing metrics', () => {
    const total = addScores([
      { windows: 1, windowsHit: 1, falsePositives: 0, flagsInWindows: 3 },
      { windows: 2, windowsHit: 0, falsePositives: 4, flagsInWindows: 0 },
    ]);
    expect(total).toEqual({ windows: 3, windowsHit: 1, falsePositives: 4, flagsInWindows: 3 });
    expect(detectionMetrics(total).precision).toBeCloseTo(1 / 5, 12);
  });
});
