import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectAnomalies, robustScores } from './detector';

describe('robustScores', () => {
  it('scores a point against the median and MAD of the trailing window', () => {
    // Window [10, 12, 11, 13, 9]: median 11, MAD 1 → scale 1.4826; 20 scores (20 − 11)/1.4826 = 6.0704.
    const scores = robustScores([10, 12, 11, 13, 9, 20], { window: 5, minHistory: 5 });
    expect(scores.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(scores[5]?.expected).toBe(11);
    expect(scores[5]?.score).toBeCloseTo(9 / 1.482602218505602, 10);
  });

  it('falls back to the mean absolute deviation when the MAD is zero', () => {
    // Window [5, 5, 5, 5, 9]: MAD 0, mean |x − 5| = 0.8 → scale 0.8 · 1.2533 = 1.00265; (7 − 5)/1.00265.
    const scores = robustScores([5, 5, 5, 5, 9, 7], { window: 5, minHistory: 5 });
    expect(scores[5]?.score).toBeCloseTo(2 / (0.8 * 1.2533141373155003), 10);
  });

  it('never yields NaN or infinity, even on constant series or with gaps', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constant(Number.NaN), fc.constant(0)),
          { maxLength: 80 },
        ),
        fc.integer({ min: 3, max: 20 }),
        (values, window) =>
          robustScores(values, { window }).every(
            (s) => s === null || (Number.isFinite(s.score) && Number.isFinite(s.expected) && s.scale > 0),
          ),
      ),
    );
  });
});

describe('detectAnomalies', () => {
  const base = [100, 102, 98, 101, 99, 100, 103, 97, 100, 101];

  it('flags a spike and a drop with direction, expected value and time', () => {
    const series = [...base, 160, ...base, 40].map((value, i) => ({ time: 1000 * i, value }));
    const flags = detectAnomalies(series, { window: 10, threshold: 4 });
    expect(flags.map((f) => [f.index, f.direction])).toEqual([
      [10, 'spike'],
      [21, 'drop'],
    ]);
    expect(flags[0]).toMatchObject({ time: 10_000, value: 160, expected: 100 });
  });

  it('honours the direction filter and the cooldown', () => {
    const series = [...base, 160, 165, 170, ...base, 40];
    expect(
      detectAnomalies(series, { window: 10, threshold: 4, direction: 'drop' }).map((f) => f.index),
    ).toEqual([23]);
    const all = detectAnomalies(series, { window: 10, threshold: 4 }).map((f) => f.index);
    const quiet = detectAnomalies(series, { window: 10, threshold: 4, cooldown: 5 }).map((f) => f.index);
    expect(all.slice(0, 2)).toEqual([10, 11]);
    expect(quiet).toEqual([10, 23]);
  });

  it('with a seasonal period, does not flag the daily peak but flags a break in it', () => {
    const day = [10, 10, 10, 10, 50, 10];
    const series = Array.from({ length: 8 }, () => day).flat();
    const noisy = series.map((v, i) => v + ((i * 7) % 3) - 1);
    noisy[38] = 50; // a peak at the wrong hour (phase 2, not 4)
    const plain = detectAnomalies(noisy, { window: 12, threshold: 5 });
    const seasonal = detectAnomalies(noisy, { window: 12, threshold: 5, seasonalPeriod: 6 });
    expect(plain.length).toBeGreaterThan(3);
    expect(seasonal.map((f) => f.index)).toEqual([38]);
  });

  it('scores log values when asked: a halving and a doubling weigh the same', () => {
    const series = [...base, 200, ...base, 50];
    const flags = detectAnomalies(series, { window: 10, threshold: 4, transform: 'log' });
    expect(flags.map((f) => f.direction)).toEqual(['spike', 'drop']);
    expect(Math.abs(flags[0]!.score)).toBeCloseTo(Math.abs(flags[1]!.score), 0);
    expect(flags[0]!.expected).toBeCloseTo(100, 6);
  });
});
