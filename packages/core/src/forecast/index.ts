export { creatorModel } from './creator-model';
export { costPerResult, forecastKpi } from './forecast';
export type {
  BenchmarkBand,
  CreatorForecast,
  CreatorModel,
  CreatorPlan,
  Distribution,
  ForecastOptions,
  KpiForecast,
} from './types';
