import { normalQuantile } from '../stats/distributions';
import { mean, sampleVariance } from '../stats/summary';
import type { BenchmarkBand, CreatorModel, CreatorPlan, ForecastOptions } from './types';

type Settings = Required<Omit<ForecastOptions, 'seed'>>;

/**
 * Per-post values are modelled as log-normal on log(1 + value). From history: centre = mean of the
 * logs, its uncertainty σ/√n, and σ² shrunk toward σ₀² with `priorWeight` pseudo-observations.
 * From a benchmark band: centre = log(1 + followers × √(low·high) / 100), the band spanning
 * `bandCoverage` of creators, so the centre's sd is ln(high/low) / (2·z).
 */
export function creatorModel(plan: CreatorPlan, settings: Settings): CreatorModel | string {
  if (!(Number.isInteger(plan.plannedPosts) && plan.plannedPosts >= 0))
    return 'planned posts must be a whole number ≥ 0';
  const history = (plan.history ?? []).filter((v) => Number.isFinite(v) && v >= 0);
  if (history.length >= settings.minHistory) {
    const logs = history.map((v) => Math.log1p(v));
    const n = logs.length;
    const variance = sampleVariance(logs) ?? 0;
    const shrunk =
      ((n - 1) * variance + settings.priorWeight * settings.priorLogSd ** 2) / (n - 1 + settings.priorWeight);
    const logSd = Math.sqrt(shrunk);
    return {
      id: plan.id,
      posts: plan.plannedPosts,
      source: 'history',
      logCenter: mean(logs) as number,
      logCenterSd: logSd / Math.sqrt(n),
      logSd,
    };
  }
  const band = plan.benchmark;
  const followers = plan.followers ?? null;
  if (band && followers !== null && followers > 0 && band.low > 0 && band.high >= band.low) {
    const z = normalQuantile(0.5 + settings.bandCoverage / 2);
    const typical = typicalFromBand(followers, band);
    return {
      id: plan.id,
      posts: plan.plannedPosts,
      source: 'benchmark',
      logCenter: Math.log1p(typical),
      logCenterSd: Math.log(band.high / band.low) / (2 * z),
      logSd: settings.priorLogSd,
    };
  }
  return history.length > 0
    ? `only ${history.length} past posts (need ${settings.minHistory}) and no benchmark band with followers`
    : 'no history and no benchmark band with followers';
}

/** The typical per-post value a band implies: followers × the band's geometric centre √(low·high) / 100. */
export function typicalFromBand(followers: number, band: BenchmarkBand): number {
  return (followers * Math.sqrt(band.low * band.high)) / 100;
}
