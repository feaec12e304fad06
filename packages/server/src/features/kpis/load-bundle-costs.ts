import type { CampaignBundle } from '@lantoa/core/bundle';
import { costs } from '@lantoa/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { type BundleKeys, byBundleOrder } from './bundle-keys';
import type { CreatorKeyOf } from './load-bundle-conversions';
import type { Reader } from './reader';

type BundleCost = NonNullable<CampaignBundle['costs']>[number];

/** Costs are dated by day: a day counts from its first instant in Vietnam time (UTC+07:00). */
export function costInstant(incurredOn: string): string {
  return `${incurredOn}T00:00:00+07:00`;
}

/** The campaign's costs (taken in the campaign's currency); the engine applies the range to dated ones. */
export async function loadBundleCosts(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  keys: BundleKeys,
  creatorKey: CreatorKeyOf,
): Promise<BundleCost[]> {
  const rows = await db
    .select()
    .from(costs)
    .where(and(eq(costs.workspaceId, workspaceId), eq(costs.campaignId, campaignId)))
    .orderBy(asc(costs.createdAt), asc(costs.id));
  return byBundleOrder(rows, keys.cost, (row) => row.id).map((row) => {
    const creator = creatorKey(row.creatorId);
    return {
      ...(creator === undefined ? {} : { creator }),
      category: row.category,
      amount: row.amount,
      ...(row.incurredOn ? { at: costInstant(row.incurredOn) } : {}),
      ...(row.note ? { note: row.note } : {}),
    };
  });
}
