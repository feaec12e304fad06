import { TierIdSchema, type TierThresholds, tierForFollowers } from '@lantoa/core/tiers';
import type { Db } from '@lantoa/db';
import { creatorAccounts } from '@lantoa/db/schema';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CreatorListItem } from './creator-schemas';
import type { CreatorSearchRow } from './search-creators';

type AccountRow = typeof creatorAccounts.$inferSelect;

export async function accountsOf(db: Db, workspaceId: string, creatorIds: string[]): Promise<AccountRow[]> {
  if (creatorIds.length === 0) return [];
  return db
    .select()
    .from(creatorAccounts)
    .where(and(eq(creatorAccounts.workspaceId, workspaceId), inArray(creatorAccounts.creatorId, creatorIds)))
    .orderBy(asc(creatorAccounts.platform), asc(creatorAccounts.handle));
}

/** An account as lists show it; its tier uses the workspace's thresholds (`workspaceTierThresholds`). */
export function accountSummary(account: AccountRow, thresholds: TierThresholds) {
  return {
    id: account.id,
    platform: account.platform,
    handle: account.handle,
    url: account.url,
    followers: account.followers,
    tier: account.followers === null ? null : tierForFollowers(account.followers, thresholds),
  };
}

export function toListItem(
  { creator, stats }: CreatorSearchRow,
  accounts: AccountRow[],
  thresholds: TierThresholds,
): CreatorListItem {
  const tier = TierIdSchema.safeParse(stats?.tier);
  return {
    id: creator.id,
    name: creator.name,
    avatarUrl: creator.avatarUrl,
    niches: creator.niches,
    tags: creator.tags,
    location: creator.location,
    status: creator.status,
    ownerUserId: creator.ownerUserId,
    followers: stats?.followers ?? null,
    tier: tier.success ? tier.data : null,
    engagementRate: stats?.engagementRate ?? null,
    feeMin: stats?.feeMin ?? null,
    feeMax: stats?.feeMax ?? null,
    qualityScore: stats?.qualityScore ?? null,
    riskLevel: stats?.riskLevel ?? null,
    accounts: accounts
      .filter((account) => account.creatorId === creator.id)
      .map((account) => accountSummary(account, thresholds)),
  };
}
