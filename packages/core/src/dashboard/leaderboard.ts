import type { KpiId } from '../kpi/kpi-ids';
import type { DashboardValue } from './dashboard-value';
import { evaluateFromTotals } from './evaluate-totals';
import type { ScopeTotals } from './totals';

export const LEADERBOARD_KPIS = [
  'reach',
  'impressions',
  'engagements',
  'er_views',
  'clicks',
  'conversions',
  'revenue',
  'cost',
  'cpa',
  'roi',
] as const satisfies readonly (KpiId | 'clicks')[];
export type LeaderboardKpi = (typeof LEADERBOARD_KPIS)[number];

export interface LeaderboardCreator {
  creatorId: string;
  name: string;
  totals: ScopeTotals;
}

export interface LeaderboardRow {
  creatorId: string;
  name: string;
  values: Record<
    LeaderboardKpi,
    DashboardValue | { id: 'clicks'; value: number | null; reason: string | null }
  >;
}

function clicksOf(totals: ScopeTotals) {
  const value = totals.inputs.clicks ?? null;
  return { id: 'clicks' as const, value, reason: value === null ? 'no clicks recorded' : null };
}

export function leaderboardRow(creator: LeaderboardCreator): LeaderboardRow {
  const values = Object.fromEntries(
    LEADERBOARD_KPIS.map((id) => [
      id,
      id === 'clicks' ? clicksOf(creator.totals) : evaluateFromTotals(id, creator.totals)!,
    ]),
  ) as LeaderboardRow['values'];
  return { creatorId: creator.creatorId, name: creator.name, values };
}

/**
 * Rows sorted by one KPI, best first by default (the KPI's own direction: lowest CPA first). Missing values always
 * go last, whatever the order, so a creator without data never tops a board.
 */
export function sortLeaderboard(
  rows: readonly LeaderboardRow[],
  by: LeaderboardKpi,
  order: 'best' | 'worst' = 'best',
): LeaderboardRow[] {
  const sample = rows[0]?.values[by];
  const lowerIsBetter = sample !== undefined && 'direction' in sample && sample.direction === 'lower';
  const sign = (lowerIsBetter ? 1 : -1) * (order === 'best' ? 1 : -1);
  return [...rows].sort((a, b) => {
    const x = a.values[by].value;
    const y = b.values[by].value;
    if (x === null || y === null) return x === null ? (y === null ? a.name.localeCompare(b.name) : 1) : -1;
    return x === y ? a.name.localeCompare(b.name) : sign * (x - y);
  });
}
