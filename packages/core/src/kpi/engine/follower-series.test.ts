import { describe, expect, it } from 'vitest';
import { buildFollowerSeries, followerGrowth, nearestSnapshotIndex } from './follower-series';

const series = buildFollowerSeries(
  [
    { at: 30, count: 300 },
    { at: 10, count: 100 },
    { at: 20, count: 200 },
    { at: 50, count: 500 },
  ],
  Number.POSITIVE_INFINITY,
);

describe('nearestSnapshotIndex', () => {
  it('finds the nearest snapshot, the earlier one on a tie', () => {
    expect(series.counts[nearestSnapshotIndex(series, 24)]).toBe(200);
    expect(series.counts[nearestSnapshotIndex(series, 26)]).toBe(300);
    expect(series.counts[nearestSnapshotIndex(series, 25)]).toBe(200);
    expect(series.counts[nearestSnapshotIndex(series, 40)]).toBe(300);
    expect(series.counts[nearestSnapshotIndex(series, 0)]).toBe(100);
    expect(series.counts[nearestSnapshotIndex(series, 99)]).toBe(500);
    expect(series.counts[nearestSnapshotIndex(series, 20)]).toBe(200);
    expect(nearestSnapshotIndex(buildFollowerSeries([], 0), 5)).toBe(-1);
  });

  it('ignores snapshots after the range end', () => {
    const cut = buildFollowerSeries(
      [
        { at: 10, count: 1 },
        { at: 20, count: 2 },
      ],
      15,
    );
    expect([...cut.counts]).toEqual([1]);
  });
});

describe('followerGrowth', () => {
  it('goes from the snapshot nearest the start to the latest one', () => {
    expect(followerGrowth(series, 19).value).toBeCloseTo(((500 - 200) / 200) * 100, 12);
    expect(followerGrowth(series, undefined).value).toBeCloseTo(400, 12);
  });

  it('needs two distinct snapshots and a non-zero start', () => {
    expect(followerGrowth(series, 60)).toMatchObject({
      value: null,
      reason: 'needs two follower snapshots in the range',
    });
    expect(followerGrowth(buildFollowerSeries([], 0), undefined).reason).toBe(
      'no follower snapshot in the range',
    );
    const fromZero = buildFollowerSeries(
      [
        { at: 1, count: 0 },
        { at: 2, count: 10 },
      ],
      9,
    );
    expect(followerGrowth(fromZero, undefined)).toMatchObject({
      value: null,
      reason: 'followers at the start are 0',
    });
  });
});
