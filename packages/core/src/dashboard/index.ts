export { buildCostEfficiency, COST_EFFICIENCY_KPIS } from './cost-efficiency';
export type { DashboardValue } from './dashboard-value';
export { evaluateFromTotals } from './evaluate-totals';
export { buildFunnel, FUNNEL_STEPS, type FunnelStep, type FunnelStepId } from './funnel';
export {
  buildKpiTiles,
  type KpiTile,
  type PlannedKpi,
  type TileInput,
  type TilePacing,
  type TileProjection,
} from './kpi-tiles';
export {
  LEADERBOARD_KPIS,
  type LeaderboardCreator,
  type LeaderboardKpi,
  type LeaderboardRow,
  leaderboardRow,
  sortLeaderboard,
} from './leaderboard';
export { compareValues, type PeriodRange, previousPeriod, type ValueDelta } from './period-comparison';
export { emptyTotals, type PairTotals, type ScopeTotals } from './totals';
