import { type BenchmarkBand, costPerResult, forecastKpi, type SimulatedInput } from '@lantoa/core/forecast';
import {
  buildMixModel,
  type Eligible,
  explainMix,
  greedyMix,
  MIX_GOALS,
  type MixCandidate,
  type MixConstraints,
  mixObjective,
  pickedFromColumns,
  SCENARIO_IDS,
  scenarioConstraints,
  splitEligible,
  summariseMix,
} from '@lantoa/core/mix';
import type { LpSolveOptions, LpSolveResult } from './highs-solve';
import type { PostHistory } from './load-candidates';

export type Solver = (lp: string, options: LpSolveOptions) => Promise<LpSolveResult>;

const SOLVE_OPTIONS: LpSolveOptions = { mipRelGap: 0.001, timeLimitSeconds: 5 };

const chosenView = (c: Eligible) => ({
  creatorId: c.id,
  name: c.name,
  tier: c.tier,
  fee: c.fee,
  expected: c.expected,
  risk: c.risk,
});

async function solveScenario(
  candidates: readonly MixCandidate[],
  constraints: MixConstraints,
  solve: Solver,
) {
  const { eligible, excluded } = splitEligible(candidates, constraints);
  const model = buildMixModel(eligible, constraints);
  const solved = eligible.length === 0 ? null : await solve(model.lp, SOLVE_OPTIONS);
  // Stopped by the time limit before a first solution: fall back to the greedy mix and say so in the status.
  const fallback = solved !== null && solved.objective === null && solved.status !== 'Infeasible';
  const picked = fallback
    ? greedyMix(eligible, constraints)
    : solved === null || solved.objective === null
      ? []
      : pickedFromColumns(model.columns, solved.columns);
  const chosen = picked.map((i) => eligible[i]).filter((c): c is Eligible => c !== undefined);
  const status = fallback ? `${solved?.status} (greedy fallback)` : (solved?.status ?? 'No candidates');
  return { eligible, excluded, model, solved, picked, chosen, status };
}

/** Followers and tier bands of a candidate, so the forecast can fall back to the band like the estimate did. */
export interface ForecastBasis {
  followers: number | null;
  bands: Partial<Record<SimulatedInput, BenchmarkBand | null>>;
}

function forecastChosen(
  chosen: readonly Eligible[],
  histories: Map<string, PostHistory>,
  bases: Map<string, ForecastBasis>,
  cost: number,
) {
  return MIX_GOALS.map((metric) => {
    const input: SimulatedInput = metric === 'conversions' ? 'orders' : metric;
    const outcome = forecastKpi(
      chosen.map((c) => ({
        id: c.id,
        plannedPosts: 1,
        history: histories.get(c.id)?.[input] ?? [],
        followers: bases.get(c.id)?.followers ?? null,
        benchmark: bases.get(c.id)?.bands[input] ?? null,
      })),
      { seed: 1, simulations: 4000 },
    );
    if (!outcome.ok)
      return { metric, total: null, costPerResult: null, skipped: chosen.length, reason: outcome.reason };
    return {
      metric,
      total: outcome.total,
      costPerResult: costPerResult(cost, outcome.total),
      skipped: outcome.skipped.length,
      reason: null,
    };
  });
}

/** The optimal mix, the "many nano" and "one mega" scenarios and the greedy baseline over the same candidates. */
export async function planMix(
  candidates: readonly MixCandidate[],
  constraints: MixConstraints,
  histories: Map<string, PostHistory>,
  solve: Solver,
  bases: Map<string, ForecastBasis> = new Map(),
) {
  const scenarios = [];
  let optimal: Awaited<ReturnType<typeof solveScenario>> | null = null;
  for (const id of SCENARIO_IDS) {
    const run = await solveScenario(candidates, scenarioConstraints(id, constraints), solve);
    if (id === 'optimal') optimal = run;
    scenarios.push({
      id,
      status: run.status,
      feasible: run.chosen.length > 0,
      objective: mixObjective(run.eligible, run.picked, scenarioConstraints(id, constraints)),
      summary: summariseMix(run.chosen, constraints.goal),
      creators: run.chosen.map(chosenView),
    });
  }
  if (!optimal) throw new Error('the optimal scenario did not run');
  const greedyPicked = greedyMix(optimal.eligible, constraints);
  const names = new Map(candidates.map((c) => [c.id, c.name]));
  const optimalSummary = summariseMix(optimal.chosen, constraints.goal);
  return {
    goal: constraints.goal,
    budget: constraints.budget,
    candidates: candidates.length,
    eligible: optimal.eligible.length,
    uncoverableNiches: optimal.model.uncoverableNiches,
    scenarios,
    greedy: {
      objective: mixObjective(optimal.eligible, greedyPicked, constraints),
      summary: summariseMix(
        greedyPicked.map((i) => optimal.eligible[i]).filter((c): c is Eligible => c !== undefined),
        constraints.goal,
      ),
    },
    explanations: explainMix(optimal.eligible, optimal.picked, optimal.excluded, constraints).map((e) => ({
      ...e,
      name: names.get(e.id) ?? e.id,
    })),
    forecast: forecastChosen(optimal.chosen, histories, bases, optimalSummary.cost),
  };
}
