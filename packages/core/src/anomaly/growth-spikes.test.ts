import { describe, expect, it } from 'vitest';
import { dailyGrowth, detectGrowthSpikes } from './growth-spikes';

const DAY = 86_400_000;

describe('dailyGrowth', () => {
  it('divides gains by the elapsed days on irregular snapshots', () => {
    const intervals = dailyGrowth([
      { time: 0, followers: 1000 },
      { time: 2 * DAY, followers: 1100 },
      { time: 2.5 * DAY, followers: 1110 },
    ]);
    expect(intervals.map((g) => g.perDay)).toEqual([50, 20]);
    expect(intervals.map((g) => g.days)).toEqual([2, 0.5]);
  });
});

describe('detectGrowthSpikes', () => {
  it('flags a bought-followers jump and nothing else', () => {
    // ~100/day for a 20k account, then +5 000 in one day.
    const followers = [20_000, 20_100, 20_190, 20_300, 20_400, 25_400, 25_500, 25_610, 25_700];
    const snapshots = followers.map((f, i) => ({ time: i * DAY, followers: f }));
    const result = detectGrowthSpikes(snapshots);
    expect(result.reason).toBeNull();
    expect(result.flags.map((f) => f.index)).toEqual([5]);
    expect(result.flags[0]?.value).toBe(5000);
    expect(result.flags[0]?.expected).toBe(100);
  });

  it('explains when the history is too short', () => {
    const result = detectGrowthSpikes([
      { time: 0, followers: 10 },
      { time: DAY, followers: 20 },
    ]);
    expect(result.flags).toEqual([]);
    expect(result.reason).toContain('at least 4 intervals');
  });

  it('does not flag small absolute changes on a flat account', () => {
    const followers = [5000, 5000, 5000, 5000, 5000, 5030, 5030];
    const result = detectGrowthSpikes(followers.map((f, i) => ({ time: i * DAY, followers: f })));
    expect(result.flags).toEqual([]);
  });
});
