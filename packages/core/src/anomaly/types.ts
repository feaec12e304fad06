export interface SeriesPoint {
  /** Epoch milliseconds. */
  time: number;
  value: number;
}

export type AnomalyDirection = 'spike' | 'drop';

export interface AnomalyFlag {
  index: number;
  time: number;
  value: number;
  /** What the detector expected at this point (rolling median, plus the seasonal profile if used). */
  expected: number;
  /** Signed robust z-score: (value − expected) / robust scale. */
  score: number;
  direction: AnomalyDirection;
}

export interface RobustScore {
  expected: number;
  /** Robust standard-deviation estimate used as the denominator (always > 0). */
  scale: number;
  score: number;
}

export interface DetectorOptions {
  /** Trailing points the baseline is computed from (the current point is excluded). Default 24. */
  window?: number;
  /** |score| at or above which a point is flagged. Default 3.5 (Iglewicz & Hoaglin). */
  threshold?: number;
  /** Points needed in the window before a point is scored. Default ⌈window / 2⌉, at least 3. */
  minHistory?: number;
  /** Which side to flag. Default 'both'. */
  direction?: 'both' | AnomalyDirection;
  /** Remove a robust seasonal profile first (regularly spaced series; period in points, e.g. 24 hourly). */
  seasonalPeriod?: number | null;
  /** After a flag, points during which further flags are suppressed (one alert per episode). Default 0. */
  cooldown?: number;
  /** Lower bound of the scale, as a fraction of |expected|. Default 0.01. */
  minRelativeScale?: number;
  /**
   * 'log' scores log(value) instead of value: for positive, multiplicative data (prices, CPC, views)
   * where a doubling and a halving should weigh the same. Non-positive values are skipped. Default 'none'.
   */
  transform?: 'none' | 'log';
  /** Absolute lower bound of the scale. Default 1e-9. */
  minScale?: number;
}
