export { getKpiDefinition, KPI_CATALOGUE, kpisInGroup } from './catalogue/catalogue';
export {
  type CustomKpiMethod,
  KPI_GOALS,
  KPI_GROUPS,
  KPI_UNITS,
  type KpiDefinition,
  type KpiFormula,
  type KpiGoal,
  type KpiGroup,
  type KpiUnit,
  type LocalizedText,
} from './catalogue/catalogue-types';
export {
  type GoalRecommendation,
  KpiGoalSchema,
  MAX_RECOMMENDED_KPIS_PER_PLAN,
  MIN_RECOMMENDED_KPIS_PER_PLAN,
  recommendedKpisForGoal,
} from './catalogue/goals';
export { METRIC_VS_KPI } from './catalogue/metric-vs-kpi';
export * from './engine';
export {
  DEFAULT_ENGAGEMENT_SET,
  ENGAGEMENT_COMPONENTS,
  type EngagementComponent,
  INPUT_LABELS,
  type KpiInputName,
  POST_INPUTS,
  POST_METRICS,
  type PostInput,
  type PostMetric,
  SCOPE_INPUTS,
  type ScopeInput,
} from './inputs';
export { ER_VARIANTS, type ErVariant, ErVariantSchema, KPI_IDS, type KpiId, KpiIdSchema } from './kpi-ids';
export { PLATFORMS, type Platform, PlatformSchema } from './platforms';
