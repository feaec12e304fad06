import type { KpiId } from '@lantoa/core/kpi';
import { median } from '@lantoa/core/stats';
import { DEFAULT_BENCHMARK_BANDS } from '@lantoa/core/tiers';
import type { Db } from '@lantoa/db';
import { campaignKpis } from '@lantoa/db/schema';
import { and, eq, isNotNull } from 'drizzle-orm';

export interface SuggestedTarget {
  value: number;
  source: 'history' | 'benchmark';
  /** What the value is based on, for the planner to judge it. */
  basis: string;
}

function benchmarkTarget(kpiId: KpiId): SuggestedTarget | null {
  if (kpiId !== 'engagement_rate') return null;
  const micro = DEFAULT_BENCHMARK_BANDS.find(
    (band) => band.tier === 'micro' && band.variant === 'engagement_rate' && band.average !== undefined,
  );
  if (micro?.average === undefined) return null;
  return {
    value: micro.average,
    source: 'benchmark',
    basis: `${micro.source.reference} (micro tier average)`,
  };
}

/**
 * A default target per KPI: the median of the targets this workspace set on the same KPI in earlier campaigns,
 * else a published benchmark, else none (the planner must type one: no invented number).
 */
export async function suggestTargets(
  db: Db,
  workspaceId: string,
  kpiIds: readonly KpiId[],
): Promise<Map<KpiId, SuggestedTarget | null>> {
  const rows = await db
    .select({ kpiId: campaignKpis.kpiId, target: campaignKpis.target })
    .from(campaignKpis)
    .where(and(eq(campaignKpis.workspaceId, workspaceId), isNotNull(campaignKpis.target)));
  const suggestions = new Map<KpiId, SuggestedTarget | null>();
  for (const kpiId of kpiIds) {
    const past = rows.flatMap((row) => (row.kpiId === kpiId && row.target !== null ? [row.target] : []));
    const value = median(past);
    suggestions.set(
      kpiId,
      value === null
        ? benchmarkTarget(kpiId)
        : { value, source: 'history', basis: `median of ${past.length} earlier target(s) in this workspace` },
    );
  }
  return suggestions;
}
