import { betaCdf, betaPdf, betaQuantile } from './distributions';
import { createBetaSampler } from './random';
import type { Outcome } from './result';
import { sortedQuantile } from './summary';
import { type ProportionCounts, validateCounts } from './two-proportion';

export interface BetaPrior {
  alpha: number;
  beta: number;
}

export interface BayesOptions {
  prior?: BetaPrior;
  credibleLevel?: number;
  /** Monte Carlo draws for the lift interval. */
  draws?: number;
  seed?: number;
}

export interface BetaPosterior {
  alpha: number;
  beta: number;
  mean: number;
  interval: [number, number];
}

export interface BayesComparison {
  posteriorA: BetaPosterior;
  posteriorB: BetaPosterior;
  /** P(rate B > rate A) by numerical integration (not Monte Carlo). */
  probabilityBBetter: number;
  /** Posterior mean of (rateB − rateA) / rateA (Monte Carlo). */
  expectedLift: number;
  liftInterval: [number, number];
  /** Posterior mean and credible interval of rateB − rateA (Monte Carlo). */
  expectedDifference: number;
  differenceInterval: [number, number];
  credibleLevel: number;
}

const SIMPSON_INTERVALS = 2000;
const TAIL = 1e-12;

function posterior(successes: number, trials: number, prior: BetaPrior, level: number): BetaPosterior {
  const alpha = prior.alpha + successes;
  const beta = prior.beta + trials - successes;
  const tail = (1 - level) / 2;
  return {
    alpha,
    beta,
    mean: alpha / (alpha + beta),
    interval: [betaQuantile(tail, alpha, beta), betaQuantile(1 - tail, alpha, beta)],
  };
}

/**
 * P(X > Y) for independent X ~ Beta(x), Y ~ Beta(y) = ∫ f_Y(t)·(1 − F_X(t)) dt, or equivalently
 * ∫ f_X(t)·F_Y(t) dt. Integrating over the more concentrated density keeps the integrand smooth.
 */
export function probabilityGreater(x: BetaPrior, y: BetaPrior): number {
  const xNarrower = x.alpha + x.beta >= y.alpha + y.beta;
  const narrow = xNarrower ? x : y;
  const wide = xNarrower ? y : x;
  const integrand = (t: number) =>
    betaPdf(t, narrow.alpha, narrow.beta) *
    (xNarrower ? betaCdf(t, wide.alpha, wide.beta) : 1 - betaCdf(t, wide.alpha, wide.beta));
  const low = betaQuantile(TAIL, narrow.alpha, narrow.beta);
  const high = betaQuantile(1 - TAIL, narrow.alpha, narrow.beta);
  const step = (high - low) / SIMPSON_INTERVALS;
  let total = integrand(low) + integrand(high);
  for (let i = 1; i < SIMPSON_INTERVALS; i++) total += (i % 2 === 1 ? 4 : 2) * integrand(low + i * step);
  return Math.min(1, Math.max(0, (total * step) / 3));
}

/** Beta-binomial comparison of two conversion rates (uniform Beta(1, 1) prior by default). */
export function compareBetaBinomial(
  counts: ProportionCounts,
  options: BayesOptions = {},
): Outcome<BayesComparison> {
  const valid = validateCounts(counts);
  if (!valid.ok) return valid;
  const { prior = { alpha: 1, beta: 1 }, credibleLevel = 0.95, draws = 20_000, seed = 20240601 } = options;
  const posteriorA = posterior(counts.successesA, counts.trialsA, prior, credibleLevel);
  const posteriorB = posterior(counts.successesB, counts.trialsB, prior, credibleLevel);
  const sample = createBetaSampler(seed);
  const lifts = new Float64Array(draws);
  const differences = new Float64Array(draws);
  let liftTotal = 0;
  let differenceTotal = 0;
  for (let i = 0; i < draws; i++) {
    const a = sample(posteriorA.alpha, posteriorA.beta);
    const b = sample(posteriorB.alpha, posteriorB.beta);
    const lift = a > 0 ? (b - a) / a : 0;
    lifts[i] = lift;
    differences[i] = b - a;
    liftTotal += lift;
    differenceTotal += b - a;
  }
  lifts.sort();
  differences.sort();
  const tail = (1 - credibleLevel) / 2;
  return {
    ok: true,
    posteriorA,
    posteriorB,
    probabilityBBetter: probabilityGreater(posteriorB, posteriorA),
    expectedLift: liftTotal / draws,
    liftInterval: [sortedQuantile(lifts, tail) as number, sortedQuantile(lifts, 1 - tail) as number],
    expectedDifference: differenceTotal / draws,
    differenceInterval: [
      sortedQuantile(differences, tail) as number,
      sortedQuantile(differences, 1 - tail) as number,
    ],
    credibleLevel,
  };
}
