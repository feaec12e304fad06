import type { KpiId } from '@lantoa/core/kpi';
import { median } from '@lantoa/core/stats';
import type { Db } from '@lantoa/db';
import { campaignKpis } from '@lantoa/db/schema';
import { and, eq, isNotNull } from 'drizzle-orm';
import { benchmarkTarget, type SuggestedTarget } from './benchmark-target';

export type { SuggestedTarget } from './benchmark-target';

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
        : { value, kind: 'history', count: past.length, tier: null, source: null },
    );
  }
  return suggestions;
}
