/**
 * Creator-mix optimiser: HiGHS MILP against the greedy "best result per đồng" baseline on the same synthetic
 * market (seeded), with tier minimums/maximums, niche coverage, a 25 % share cap, quality/risk filters and the
 * audience-overlap penalty. The gap is measured against the LP relaxation's optimum (an upper bound on any mix),
 * so it can only overstate the true gap.
 * Run: node --import tsx bench/optimiser.ts   (about 10 s)
 */
import { buildMixModel, greedyMix, mixObjective, pickedFromColumns, splitEligible } from '@lantoa/core/mix';
import { solveLp } from '../packages/server/src/features/optimiser/highs-solve';
import { benchConstraints, syntheticCandidates } from './optimiser-candidates';

async function run(count: number, budget: number, mipRelGap: number, timeLimitSeconds: number) {
  const constraints = benchConstraints(budget);
  const { eligible } = splitEligible(syntheticCandidates(count), constraints);
  const started = performance.now();
  const model = buildMixModel(eligible, constraints);
  const solved = await solveLp(model.lp, { mipRelGap, timeLimitSeconds });
  const seconds = (performance.now() - started) / 1000;
  const picked = pickedFromColumns(model.columns, solved.columns);
  const optimal = mixObjective(eligible, picked, constraints);
  const bound = (await solveLp(model.lpRelaxation, { timeLimitSeconds: 30 })).objective ?? Number.NaN;
  const greedyStarted = performance.now();
  const greedy = mixObjective(eligible, greedyMix(eligible, constraints), constraints);
  const greedyMs = performance.now() - greedyStarted;
  const cost = picked.reduce((sum, i) => sum + (eligible[i]?.fee ?? 0), 0);
  console.log(
    [
      `${count} candidates (${eligible.length} eligible), budget ${budget.toLocaleString('vi-VN')} ₫`,
      `  HiGHS: status "${solved.status}", ${picked.length} creators, cost ${cost.toLocaleString('vi-VN')} ₫, objective ${optimal.toFixed(0)} expected engagements, ${seconds.toFixed(2)} s (model build + solve)`,
      `  LP-relaxation bound ${bound.toFixed(0)} → gap ≤ ${(((bound - optimal) / bound) * 100).toFixed(3)} %`,
      `  greedy: objective ${greedy.toFixed(0)} (${greedyMs.toFixed(1)} ms) → optimal / greedy = ${(optimal / greedy).toFixed(4)}`,
    ].join('\n'),
  );
}

await run(10_000, 3_000_000_000, 0.01, 3);
await run(2_000, 800_000_000, 0, 60);
