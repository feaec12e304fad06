export {
  type CurveShape,
  DEFAULT_DELIVERY_CURVES,
  type DeliveryCurve,
  defaultCurveFor,
  deliveredFraction,
} from './delivery-curve';
export { type ExpectedInput, type ExpectedToDate, expectedToDate, type PlannedPost } from './expected';
export { type FitOptions, fitDeliveryCurve, type SnapshotPoint } from './fit-curve';
export { type KpiPace, type PaceKpiInput, paceKpi } from './pace-kpi';
export { type Projection, type ProjectionInput, projectFinal } from './projection';
export {
  DEFAULT_PACING_THRESHOLDS,
  type KpiDirection,
  type PacingInput,
  type PacingState,
  type PacingStatus,
  type PacingThresholds,
  pacingStatus,
} from './status';
