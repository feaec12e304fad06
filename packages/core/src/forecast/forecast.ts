import { createNormalSampler } from '../stats/random';
import { type Outcome, unavailable } from '../stats/result';
import { sortedQuantile } from '../stats/summary';
import { creatorModel } from './creator-model';
import type { CreatorModel, CreatorPlan, Distribution, ForecastOptions, KpiForecast } from './types';

/** Keeps absurd inputs from overflowing to Infinity (e^700 ≈ 1e304). */
const MAX_LOG = 700;

/** Mean, median and central interval of simulated values. */
export function summarizeDraws(draws: Float64Array, confidence: number): Distribution {
  let total = 0;
  for (const d of draws) total += d;
  const sorted = Float64Array.from(draws).sort();
  const tail = (1 - confidence) / 2;
  return {
    mean: total / draws.length,
    median: sortedQuantile(sorted, 0.5) as number,
    interval: [sortedQuantile(sorted, tail) as number, sortedQuantile(sorted, 1 - tail) as number],
  };
}

/**
 * Pre-launch forecast of one additive KPI (views, engagements, clicks…) over a planned set of posts:
 * Monte Carlo over creators' log-normal per-post models with a seeded PRNG (deterministic). A creator's
 * centre is drawn once per simulation and shared by its posts, so a creator who under-delivers does so
 * on all of them.
 */
export function forecastKpi(
  plans: readonly CreatorPlan[],
  options: ForecastOptions = {},
): Outcome<KpiForecast> {
  const outcome = simulateKpi(plans, options);
  if (!outcome.ok) return outcome;
  const { draws: _draws, ...forecast } = outcome;
  return forecast;
}

/**
 * `forecastKpi` with the simulated totals kept (one per simulation), so KPIs built from several counts
 * (a rate, a cost per result) can be evaluated draw by draw.
 */
export function simulateKpi(
  plans: readonly CreatorPlan[],
  options: ForecastOptions = {},
): Outcome<KpiForecast & { draws: Float64Array }> {
  const settings = {
    confidence: options.confidence ?? 0.8,
    simulations: Math.max(100, Math.floor(options.simulations ?? 10_000)),
    minHistory: options.minHistory ?? 3,
    priorLogSd: options.priorLogSd ?? 0.8,
    priorWeight: options.priorWeight ?? 2,
    bandCoverage: options.bandCoverage ?? 0.8,
  };
  if (!(settings.confidence > 0 && settings.confidence < 1))
    return unavailable('invalid_confidence', 'confidence must be in (0, 1)');
  if (!(settings.bandCoverage > 0 && settings.bandCoverage < 1))
    return unavailable('invalid_coverage', 'band coverage must be in (0, 1)');
  const models: CreatorModel[] = [];
  const skipped: KpiForecast['skipped'] = [];
  for (const plan of plans) {
    const model = creatorModel(plan, settings);
    if (typeof model === 'string') skipped.push({ id: plan.id, reason: model });
    else models.push(model);
  }
  if (models.length === 0)
    return unavailable('no_basis', 'no creator has history or a benchmark band to forecast from');
  const draw = createNormalSampler(options.seed ?? 1);
  const totals = new Float64Array(settings.simulations);
  const perCreator = models.map(() => new Float64Array(settings.simulations));
  for (let s = 0; s < settings.simulations; s++) {
    models.forEach((model, c) => {
      const center = draw(model.logCenter, model.logCenterSd);
      let sum = 0;
      for (let p = 0; p < model.posts; p++)
        sum += Math.max(0, Math.expm1(Math.min(MAX_LOG, draw(center, model.logSd))));
      (perCreator[c] as Float64Array)[s] = sum;
      totals[s] = (totals[s] as number) + sum;
    });
  }
  return {
    ok: true,
    total: summarizeDraws(totals, settings.confidence),
    creators: models.map((model, c) => ({
      id: model.id,
      source: model.source,
      posts: model.posts,
      ...summarizeDraws(perCreator[c] as Float64Array, settings.confidence),
    })),
    skipped,
    confidence: settings.confidence,
    simulations: settings.simulations,
    draws: totals,
  };
}

/** Cost per result from a forecast: quantiles transform exactly (cost / x is monotone); null where x is 0. */
export function costPerResult(
  cost: number,
  forecast: Distribution,
): { median: number | null; interval: [number | null, number | null] } {
  const per = (x: number) => (x > 0 ? cost / x : null);
  return { median: per(forecast.median), interval: [per(forecast.interval[1]), per(forecast.interval[0])] };
}
