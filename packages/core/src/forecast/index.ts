export { forecastCampaignKpis, positionOf } from './campaign-forecast';
export {
  type CampaignCreatorPlan,
  type CampaignForecastRequest,
  type CampaignKpiForecast,
  type ForecastGap,
  type ForecastGapCode,
  type ForecastInputSummary,
  SIMULATED_INPUTS,
  type SimulatedInput,
  type TargetPosition,
} from './campaign-forecast-types';
export { creatorModel, typicalFromBand } from './creator-model';
export { costPerResult, forecastKpi, simulateKpi, summarizeDraws } from './forecast';
export {
  type BandSource,
  MIN_CREATORS_PER_BAND,
  publishedEngagementBand,
  type RateSample,
  type TierBand,
  workspaceTierBands,
} from './tier-bands';
export type {
  BenchmarkBand,
  CreatorForecast,
  CreatorModel,
  CreatorPlan,
  Distribution,
  ForecastOptions,
  KpiForecast,
} from './types';
