import type { DetectorOptions } from './types';

/**
 * Settings for hourly cost metrics (CPC, CPM), chosen on NAB's realAdExchange files by
 * scripts/eval/nab-anomaly.ts (one global setting; every leave-one-file-out fold picked the same
 * window, threshold and seasonality). One week of trailing history, a daily profile removed, one alert
 * per day per episode, and a high threshold because ad prices are heavy-tailed.
 */
export const HOURLY_COST_METRICS_PRESET: Readonly<DetectorOptions> = Object.freeze({
  window: 168,
  threshold: 8,
  seasonalPeriod: 24,
  cooldown: 24,
});
