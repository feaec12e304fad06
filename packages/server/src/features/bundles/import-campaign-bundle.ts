import type { CampaignBundle } from '@lantoa/core/bundle';
import { campaignCreators, campaigns } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';
import { withoutContractPayments } from '../contracts/bundle-costs-from-contracts';
import { refreshCreatorStats } from '../creators/refresh-creator-stats';
import { loadBundleKeys } from '../kpis/bundle-keys';
import { storeBundleCreators } from './store-bundle-creators';
import { removeImportedMeasures, storeBundleKeys, storeBundleMeasures } from './store-bundle-measures';
import { storeBundlePlan } from './store-bundle-plan';
import { storeBundlePosts } from './store-bundle-posts';

export interface BundleImportResult {
  campaignId: string;
  createdCampaign: boolean;
  creators: { total: number; created: number };
  accounts: { total: number; created: number };
  posts: { total: number; created: number };
  snapshots: number;
  followerSnapshots: number;
  costs: number;
  conversionEntries: number;
}

async function targetCampaign(
  tx: Tx,
  workspaceId: string,
  bundle: CampaignBundle,
  campaignId: string | undefined,
): Promise<string> {
  if (campaignId === undefined) {
    const [created] = await tx
      .insert(campaigns)
      .values({
        workspaceId,
        name: bundle.campaign.name,
        currency: bundle.campaign.currency,
        startDate: bundle.campaign.start,
        endDate: bundle.campaign.end,
      })
      .returning({ id: campaigns.id });
    return created!.id;
  }
  const [existing] = await tx
    .select({ id: campaigns.id, currency: campaigns.currency })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  if (!existing) throw AppError.notFound('Campaign');
  if (existing.currency !== bundle.campaign.currency)
    throw new AppError('conflict', 'The bundle is in another currency than the campaign', [
      {
        path: 'body.campaign.currency',
        message: `the campaign counts in ${existing.currency}, the bundle in ${bundle.campaign.currency}`,
      },
    ]);
  return existing.id;
}

/**
 * Writes a validated bundle into a new campaign, or into `campaignId` replacing what an earlier bundle import
 * wrote there (importing the same bundle twice changes nothing). Creators, accounts and posts are matched in the
 * registry and created when missing; assigned creators join the campaign; planning data (`plan`) is applied.
 * Runs inside the caller's transaction.
 */
export async function importCampaignBundle(
  tx: Tx,
  workspaceId: string,
  bundle: CampaignBundle,
  options: { campaignId?: string } = {},
): Promise<BundleImportResult> {
  const campaignId = await targetCampaign(tx, workspaceId, bundle, options.campaignId);
  const keys = await loadBundleKeys(tx, workspaceId, campaignId);
  const names = new Map((bundle.plan?.creators ?? []).flatMap((c) => (c.name ? [[c.creator, c.name]] : [])));
  const stored = await storeBundleCreators(tx, workspaceId, bundle, keys, names);
  const storedPosts = await storeBundlePosts(tx, workspaceId, campaignId, bundle, keys, stored);
  await removeImportedMeasures(tx, workspaceId, campaignId, keys);
  const costs = await withoutContractPayments(tx, workspaceId, campaignId, bundle.costs ?? []);
  const costIds = await storeBundleMeasures({
    tx,
    workspaceId,
    campaignId,
    bundle: { ...bundle, costs },
    creatorId: (key) => (key === undefined ? null : (stored.creators.get(key) ?? null)),
    accountId: (key) => stored.accounts.get(key)!.id,
  });
  await storeBundleKeys(tx, workspaceId, campaignId, {
    creator: stored.creators,
    account: [...stored.accounts].map(([key, account]) => [key, account.id]),
    post: storedPosts.posts,
    cost: costIds,
  });
  const creatorIds = [...new Set(stored.creators.values())];
  if (creatorIds.length)
    await tx
      .insert(campaignCreators)
      .values(creatorIds.map((creatorId) => ({ workspaceId, campaignId, creatorId })))
      .onConflictDoNothing();
  if (bundle.plan) await storeBundlePlan(tx, workspaceId, campaignId, bundle.plan, stored.creators);
  await refreshCreatorStats(tx, workspaceId, { creatorIds });
  return {
    campaignId,
    createdCampaign: options.campaignId === undefined,
    creators: { total: stored.creators.size, created: stored.createdCreators },
    accounts: { total: stored.accounts.size, created: stored.createdAccounts },
    posts: { total: storedPosts.posts.size, created: storedPosts.created },
    snapshots: storedPosts.snapshots,
    followerSnapshots: stored.followerSnapshots,
    costs: costIds.size,
    conversionEntries: bundle.conversions?.length ?? 0,
  };
}
