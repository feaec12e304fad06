import { MAD_TO_SD } from '../stats/summary';
import { deseasonalize } from './seasonal';
import { SortedWindow } from './sorted-window';
import type { AnomalyFlag, DetectorOptions, RobustScore, SeriesPoint } from './types';

/** Scale factor turning a mean absolute deviation into a standard deviation under normality (√(π/2)). */
const MEAN_AD_TO_SD = 1.2533141373155003;

function resolve(options: DetectorOptions) {
  const window = Math.max(3, Math.floor(options.window ?? 24));
  return {
    window,
    threshold: options.threshold ?? 3.5,
    minHistory: Math.max(3, Math.min(window, options.minHistory ?? Math.ceil(window / 2))),
    direction: options.direction ?? 'both',
    seasonalPeriod: options.seasonalPeriod ?? null,
    cooldown: Math.max(0, Math.floor(options.cooldown ?? 0)),
    minRelativeScale: options.minRelativeScale ?? 0.01,
    minScale: Math.max(options.minScale ?? 1e-9, Number.MIN_VALUE),
    transform: options.transform ?? 'none',
  };
}

function toValues(series: readonly number[] | readonly SeriesPoint[]): { values: number[]; times: number[] } {
  if (series.length > 0 && typeof series[0] === 'object') {
    const points = series as readonly SeriesPoint[];
    return { values: points.map((p) => p.value), times: points.map((p) => p.time) };
  }
  const values = [...(series as readonly number[])];
  return { values, times: values.map((_, i) => i) };
}

/**
 * Robust z-score of every point against the median and MAD of the `window` points before it
 * (after removing a seasonal profile when asked). Null where the history is too short or the value
 * is not finite. Non-finite values never enter the window.
 */
export function robustScores(
  series: readonly number[] | readonly SeriesPoint[],
  options: DetectorOptions = {},
): (RobustScore | null)[] {
  const settings = resolve(options);
  const { values: raw } = toValues(series);
  const values = settings.transform === 'log' ? raw.map((v) => (v > 0 ? Math.log(v) : Number.NaN)) : raw;
  let lastFinite = 0;
  const finite = values.map((v) => {
    if (Number.isFinite(v)) lastFinite = v;
    return lastFinite;
  });
  const { adjusted, seasonal } =
    settings.seasonalPeriod && settings.seasonalPeriod >= 2
      ? deseasonalize(finite, settings.seasonalPeriod)
      : { adjusted: finite, seasonal: finite.map(() => 0) };
  const window = new SortedWindow();
  const history: number[] = [];
  let oldest = 0;
  const scores: (RobustScore | null)[] = [];
  for (let i = 0; i < values.length; i++) {
    const current = adjusted[i] as number;
    const valid = Number.isFinite(values[i]);
    if (valid && window.size >= settings.minHistory) {
      const center = window.median() as number;
      const mad = window.medianAbsoluteDeviation() as number;
      const fallback = mad > 0 ? 0 : MEAN_AD_TO_SD * (window.meanAbsoluteDeviation() as number);
      const scale = Math.max(
        MAD_TO_SD * mad,
        fallback,
        settings.minRelativeScale * Math.abs(center),
        settings.minScale,
      );
      const expected = center + (seasonal[i] as number);
      scores.push({
        expected: settings.transform === 'log' ? Math.exp(expected) : expected,
        scale,
        score: (current - center) / scale,
      });
    } else {
      scores.push(null);
    }
    if (!valid) continue;
    window.insert(current);
    history.push(current);
    if (history.length - oldest > settings.window) window.remove(history[oldest++] as number);
  }
  return scores;
}

/** Points whose robust z-score passes the threshold, as flags with their expected value. */
export function detectAnomalies(
  series: readonly number[] | readonly SeriesPoint[],
  options: DetectorOptions = {},
): AnomalyFlag[] {
  const settings = resolve(options);
  const { values, times } = toValues(series);
  const scores = robustScores(series, options);
  const flags: AnomalyFlag[] = [];
  let quietUntil = -1;
  scores.forEach((s, index) => {
    if (s === null || Math.abs(s.score) < settings.threshold || index <= quietUntil) return;
    const direction = s.score > 0 ? 'spike' : 'drop';
    if (settings.direction !== 'both' && settings.direction !== direction) return;
    flags.push({
      index,
      time: times[index] as number,
      value: values[index] as number,
      expected: s.expected,
      score: s.score,
      direction,
    });
    quietUntil = index + settings.cooldown;
  });
  return flags;
}
