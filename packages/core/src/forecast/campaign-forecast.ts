import { getKpiDefinition } from '../kpi/catalogue/catalogue';
import type { KpiFormula } from '../kpi/catalogue/catalogue-types';
import type { KpiInputName } from '../kpi/inputs';
import {
  type CampaignForecastRequest,
  type CampaignKpiForecast,
  type ForecastGap,
  type ForecastInputSummary,
  SIMULATED_INPUTS,
  type SimulatedInput,
  type TargetPosition,
} from './campaign-forecast-types';
import { simulateKpi, summarizeDraws } from './forecast';

interface InputDraws {
  draws: Float64Array;
  summary: ForecastInputSummary;
}
type Resolved = InputDraws | ForecastGap;

const isGap = (value: Resolved): value is ForecastGap => 'code' in value;
const SIMULATED: ReadonlySet<string> = new Set(SIMULATED_INPUTS);

/**
 * Pre-launch forecast of each campaign KPI (C6). Counts (reach, impressions, views, engagements, clicks, orders)
 * are simulated per creator with `simulateKpi` (own history, else a tier band), each input with its own seed so
 * they are independent; the KPI's catalogue formula is then evaluated draw by draw, so rates and costs per result
 * get intervals from the same simulations. Cost is the planned budget, followers are known constants, revenue is
 * orders × the average past order value. Draws whose denominator is 0 (no orders for a CPA) are left out of the
 * quantiles. A KPI that needs data only a live campaign has gets a gap, not a guess.
 */
export function forecastCampaignKpis(
  request: CampaignForecastRequest,
  options: { confidence?: number; simulations?: number; seed?: number } = {},
): CampaignKpiForecast[] {
  const confidence = options.confidence ?? 0.8;
  const simulations = Math.max(100, Math.floor(options.simulations ?? 10_000));
  const cache = new Map<string, Resolved>();
  const constant = (name: string, value: number): InputDraws => ({
    draws: new Float64Array(simulations).fill(value),
    summary: { name, median: value, basis: null },
  });
  const simulate = (name: SimulatedInput): Resolved => {
    const outcome = simulateKpi(
      request.creators.map((c) => ({
        id: c.id,
        plannedPosts: c.plannedPosts,
        followers: c.followers,
        history: c.history[name] ?? [],
        benchmark: c.bands[name] ?? null,
      })),
      { confidence, simulations, seed: (options.seed ?? 1) + SIMULATED_INPUTS.indexOf(name) },
    );
    if (!outcome.ok) return { code: 'no_basis', input: name };
    const fromHistory = outcome.creators.filter((c) => c.source === 'history').length;
    return {
      draws: outcome.draws,
      summary: {
        name,
        median: outcome.total.median,
        basis: {
          history: fromHistory,
          benchmark: outcome.creators.length - fromHistory,
          missing: outcome.skipped.length,
        },
      },
    };
  };
  const resolve = (name: KpiInputName): Resolved => {
    const cached = cache.get(name);
    if (cached) return cached;
    let resolved: Resolved;
    if (SIMULATED.has(name)) resolved = simulate(name as SimulatedInput);
    else if (name === 'cost')
      resolved = request.cost === null ? { code: 'no_cost', input: name } : constant(name, request.cost);
    else if (name === 'followers') {
      const unknown = request.creators.some((c) => c.followers === null);
      resolved = unknown
        ? { code: 'no_followers', input: name }
        : constant(
            name,
            request.creators.reduce((sum, c) => sum + (c.followers ?? 0) * c.plannedPosts, 0),
          );
    } else if (name === 'revenue') resolved = revenue(resolve('orders'));
    else resolved = { code: 'after_launch_only', input: name };
    cache.set(name, resolved);
    return resolved;
  };
  const revenue = (orders: Resolved): Resolved => {
    if (isGap(orders)) return orders;
    const perOrder = request.revenuePerOrder;
    if (perOrder === null) return { code: 'no_revenue_per_order', input: 'revenue' };
    const draws = orders.draws.map((o) => o * perOrder);
    return { draws, summary: { name: 'revenue', median: orders.summary.median * perOrder, basis: null } };
  };

  return request.kpis.map(({ kpiId, target }) => {
    const empty = { kpiId, target, median: null, interval: null, targetPosition: null, inputs: [] };
    if (request.creators.length === 0) return { ...empty, gap: { code: 'no_creators', input: null } };
    const evaluated = evaluate(getKpiDefinition(kpiId).formula, resolve, simulations);
    if ('code' in evaluated) return { ...empty, gap: evaluated };
    const finite = evaluated.draws.filter((v) => Number.isFinite(v));
    if (finite.length === 0) return { ...empty, inputs: evaluated.inputs, gap: zeroDenominator };
    const { median, interval } = summarizeDraws(finite, confidence);
    return {
      kpiId,
      target,
      median,
      interval,
      targetPosition: target === null ? null : positionOf(target, interval),
      inputs: evaluated.inputs,
      gap: null,
    };
  });
}

const zeroDenominator: ForecastGap = { code: 'zero_denominator', input: null };

export function positionOf(target: number, [low, high]: [number, number]): TargetPosition {
  return target < low ? 'below' : target > high ? 'above' : 'inside';
}

function evaluate(
  formula: KpiFormula,
  resolve: (name: KpiInputName) => Resolved,
  simulations: number,
): { draws: Float64Array; inputs: ForecastInputSummary[] } | ForecastGap {
  if (formula.kind === 'median_per_post' || formula.kind === 'custom')
    return { code: 'after_launch_only', input: null };
  const parts =
    formula.kind === 'sum'
      ? { add: [formula.input], subtract: [], denominator: [], scale: 1 }
      : formula.kind === 'ratio'
        ? { add: formula.numerator, subtract: [], denominator: formula.denominator, scale: formula.scale }
        : formula;
  const names = [...new Set([...parts.add, ...parts.subtract, ...parts.denominator])];
  const resolved = new Map<KpiInputName, InputDraws>();
  for (const name of names) {
    const input = resolve(name);
    if (isGap(input)) return input;
    resolved.set(name, input);
  }
  const total = (group: readonly KpiInputName[], s: number) =>
    group.reduce((sum, name) => sum + ((resolved.get(name) as InputDraws).draws[s] as number), 0);
  const draws = new Float64Array(simulations);
  for (let s = 0; s < simulations; s++) {
    const numerator = total(parts.add, s) - total(parts.subtract, s);
    if (parts.denominator.length === 0) draws[s] = numerator;
    else {
      const denominator = total(parts.denominator, s);
      draws[s] = denominator > 0 ? (numerator / denominator) * parts.scale : Number.NaN;
    }
  }
  return { draws, inputs: names.map((name) => (resolved.get(name) as InputDraws).summary) };
}
