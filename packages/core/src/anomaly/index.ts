export { detectAnomalies, robustScores } from './detector';
export {
  dailyGrowth,
  detectGrowthSpikes,
  type FollowerSnapshot,
  type GrowthInterval,
  type GrowthSpikeOptions,
  type GrowthSpikes,
} from './growth-spikes';
export { HOURLY_COST_METRICS_PRESET } from './presets';
export { deseasonalize, seasonalProfile } from './seasonal';
export { kthOfTwoSorted, SortedWindow } from './sorted-window';
export type { AnomalyDirection, AnomalyFlag, DetectorOptions, RobustScore, SeriesPoint } from './types';
export {
  addScores,
  type DetectionMetrics,
  detectionMetrics,
  type LabelledWindow,
  scoreAgainstWindows,
  type WindowScore,
} from './window-scoring';
