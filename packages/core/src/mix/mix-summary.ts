import type { Eligible } from './eligibility';
import { MIX_GOALS, type MixGoal, type RiskLevel } from './mix-types';

export interface MixSummary {
  creators: number;
  cost: number;
  /** Expected totals; `missing` counts picked creators without an estimate for that result. */
  expected: Record<MixGoal, { total: number; missing: number }>;
  /** Cost per expected result of the goal; null when nothing is expected. */
  costPerResult: number | null;
  /** Largest single fee as a share of the mix's cost. */
  maxShare: number | null;
  /** Herfindahl index of fees (1 = one creator, 1/n = evenly spread). */
  concentration: number | null;
  risk: Record<RiskLevel | 'unknown', number>;
}

export function summariseMix(picked: readonly Eligible[], goal: MixGoal): MixSummary {
  const cost = picked.reduce((sum, c) => sum + c.fee, 0);
  const expected = Object.fromEntries(
    MIX_GOALS.map((g) => [
      g,
      {
        total: picked.reduce((sum, c) => sum + (c.expected[g] ?? 0), 0),
        missing: picked.filter((c) => c.expected[g] === null).length,
      },
    ]),
  ) as MixSummary['expected'];
  const risk: MixSummary['risk'] = { low: 0, medium: 0, high: 0, unknown: 0 };
  for (const c of picked) risk[c.risk ?? 'unknown'] += 1;
  const goalTotal = expected[goal].total;
  return {
    creators: picked.length,
    cost,
    expected,
    costPerResult: goalTotal > 0 ? cost / goalTotal : null,
    maxShare: cost > 0 ? Math.max(...picked.map((c) => c.fee)) / cost : null,
    concentration: cost > 0 ? picked.reduce((sum, c) => sum + (c.fee / cost) ** 2, 0) : null,
    risk,
  };
}
