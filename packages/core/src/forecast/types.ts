/** A benchmark band for the metric, in % of followers per post (e.g. an ER band 1.5 – 2). */
export interface BenchmarkBand {
  low: number;
  high: number;
}

export interface CreatorPlan {
  id: string;
  plannedPosts: number;
  followers?: number | null;
  /** Past per-post values of the metric being forecast (each post's engagements, views…). */
  history?: readonly number[];
  /** Used when history is shorter than `minHistory` (take it from the tier benchmarks). */
  benchmark?: BenchmarkBand | null;
}

export interface ForecastOptions {
  /** Width of the prediction intervals. Default 0.8. */
  confidence?: number;
  /** Monte Carlo simulations. Default 10 000. */
  simulations?: number;
  seed?: number;
  /** Past posts needed to use a creator's own history. Default 3. */
  minHistory?: number;
  /** Prior spread of log per-post values within a creator (σ₀). Default 0.8. */
  priorLogSd?: number;
  /** Pseudo-observations given to σ₀ when shrinking a short history's spread. Default 2. */
  priorWeight?: number;
  /** Share of creators a benchmark band is assumed to cover. Default 0.8. */
  bandCoverage?: number;
}

export interface Distribution {
  mean: number;
  median: number;
  interval: [number, number];
}

export interface CreatorModel {
  id: string;
  posts: number;
  source: 'history' | 'benchmark';
  /** Centre of log(1 + value) per post. */
  logCenter: number;
  /** Uncertainty of that centre (shared by all of the creator's posts). */
  logCenterSd: number;
  /** Spread of log(1 + value) from post to post. */
  logSd: number;
}

export interface CreatorForecast extends Distribution {
  id: string;
  source: CreatorModel['source'];
  posts: number;
}

export interface KpiForecast {
  total: Distribution;
  creators: CreatorForecast[];
  /** Creators left out, with the reason (no history and no benchmark, invalid data…). */
  skipped: { id: string; reason: string }[];
  confidence: number;
  simulations: number;
}
