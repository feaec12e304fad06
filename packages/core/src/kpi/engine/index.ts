export { twoProportionZTest } from './brand-lift-kpi';
export { computeAllCreatorKpis, computeKpis, computeScopeKpis, type KpiScope } from './compute';
export * from './dataset';
export {
  buildFollowerSeries,
  type FollowerGrowth,
  type FollowerSeries,
  followerGrowth,
  nearestSnapshotIndex,
} from './follower-series';
export { prepareKpiData } from './prepare';
export type { PreparedKpiData } from './prepared';
export type { AccountExclusion, EngagementSetUsage, KpiResult, KpiResultSet, PostExclusion } from './result';
export { computeWorkspaceKpis, mergeKpiDatasets } from './workspace';
