import { describe, expect, it } from 'vitest';
import { leaderboardRow, sortLeaderboard } from './leaderboard';

const creator = (name: string, cost: number, orders: number | null, reach: number | null) =>
  leaderboardRow({
    creatorId: name,
    name,
    totals: { inputs: { cost, orders, reach }, pairs: {}, freshness: null },
  });

describe('sortLeaderboard', () => {
  const rows = [
    creator('An', 1_000, 4, 900),
    creator('Bình', 1_000, 10, 100),
    creator('Chi', 1_000, null, 5_000),
  ];

  it('puts the lowest CPA first because lower is better', () => {
    expect(sortLeaderboard(rows, 'cpa').map((row) => row.name)).toEqual(['Bình', 'An', 'Chi']);
  });

  it('puts the highest reach first, and missing values last in either order', () => {
    expect(sortLeaderboard(rows, 'reach').map((row) => row.name)).toEqual(['Chi', 'An', 'Bình']);
    expect(sortLeaderboard(rows, 'conversions', 'worst').map((row) => row.name)).toEqual([
      'An',
      'Bình',
      'Chi',
    ]);
  });
});
