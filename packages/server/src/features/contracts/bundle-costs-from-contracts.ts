import type { CampaignBundle } from '@lantoa/core/bundle';
import { costs } from '@lantoa/db/schema';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../http/contexts';

type BundleCost = NonNullable<CampaignBundle['costs']>[number];

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

function bundleCostDay(cost: BundleCost): string | null {
  return cost.at ? new Date(Date.parse(cost.at) + VIETNAM_OFFSET_MS).toISOString().slice(0, 10) : null;
}

function sameCost(category: string, amount: number, day: string | null, note: string | null): string {
  return JSON.stringify([category, amount, day, note]);
}

/**
 * The bundle's costs less those this campaign already records as paid contract milestones. A campaign's own export
 * carries its contract payments as plain costs; importing it back must not add them a second time beside the
 * milestone's cost. Each milestone cost absorbs at most one equal bundle cost (category, amount, day and note).
 */
export async function withoutContractPayments(
  tx: Tx,
  workspaceId: string,
  campaignId: string,
  bundleCosts: readonly BundleCost[],
): Promise<BundleCost[]> {
  const paid = await tx
    .select({ category: costs.category, amount: costs.amount, day: costs.incurredOn, note: costs.note })
    .from(costs)
    .where(
      and(
        eq(costs.workspaceId, workspaceId),
        eq(costs.campaignId, campaignId),
        isNotNull(costs.contractMilestoneId),
      ),
    );
  const unmatched = new Map<string, number>();
  for (const row of paid) {
    const key = sameCost(row.category, row.amount, row.day, row.note);
    unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
  }
  return bundleCosts.filter((cost) => {
    const key = sameCost(cost.category, cost.amount, bundleCostDay(cost), cost.note ?? null);
    const left = unmatched.get(key) ?? 0;
    if (left === 0) return true;
    unmatched.set(key, left - 1);
    return false;
  });
}
