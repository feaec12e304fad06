import type { CampaignBundle } from '@lantoa/core/bundle';
import { creatorAccounts, creators, followerSnapshots } from '@lantoa/db/schema';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../http/contexts';
import { creatorSearchText } from '../creators/search-text';
import type { BundleKeys } from '../kpis/bundle-keys';
import { chunks } from './chunks';

export interface StoredCreators {
  /** Bundle creator key → creator id. */
  creators: Map<string, string>;
  /** Bundle account key → account id (and its creator and platform). */
  accounts: Map<string, { id: string; creatorId: string; platform: string }>;
  createdCreators: number;
  createdAccounts: number;
  followerSnapshots: number;
}

function handleOf(account: CampaignBundle['accounts'][number]): string {
  return (account.handle ?? account.id).trim().replace(/^@/, '');
}

/** Ids a previous import of this campaign gave, still present in the workspace. */
async function previousAccounts(tx: Tx, workspaceId: string, keys: BundleKeys) {
  const ids = [...keys.account.keys()];
  if (ids.length === 0) return new Map<string, { id: string; creatorId: string; platform: string }>();
  const rows = await tx
    .select({
      id: creatorAccounts.id,
      creatorId: creatorAccounts.creatorId,
      platform: creatorAccounts.platform,
    })
    .from(creatorAccounts)
    .where(and(eq(creatorAccounts.workspaceId, workspaceId), inArray(creatorAccounts.id, ids)));
  return new Map(rows.map((row) => [keys.account.get(row.id)!.key, row]));
}

async function findByHandle(tx: Tx, workspaceId: string, platform: string, handle: string) {
  const [row] = await tx
    .select({
      id: creatorAccounts.id,
      creatorId: creatorAccounts.creatorId,
      platform: creatorAccounts.platform,
    })
    .from(creatorAccounts)
    .where(
      and(
        eq(creatorAccounts.workspaceId, workspaceId),
        eq(creatorAccounts.platform, platform as typeof creatorAccounts.$inferSelect.platform),
        sql`lower(${creatorAccounts.handle}) = ${handle.toLowerCase()}`,
      ),
    );
  return row;
}

/**
 * Finds each bundle account in the registry (first the account this campaign's last import used, then platform +
 * handle, case-insensitive, without "@"; the account id stands in for a missing handle) and creates what is
 * missing: one creator per bundle creator key (named `names[key]` or the key), then its accounts.
 */
export async function storeBundleCreators(
  tx: Tx,
  workspaceId: string,
  bundle: CampaignBundle,
  keys: BundleKeys,
  names: ReadonlyMap<string, string>,
): Promise<StoredCreators> {
  const previous = await previousAccounts(tx, workspaceId, keys);
  const accounts = new Map<string, { id: string; creatorId: string; platform: string }>();
  for (const account of bundle.accounts) {
    const found =
      previous.get(account.id) ?? (await findByHandle(tx, workspaceId, account.platform, handleOf(account)));
    if (found && found.platform === account.platform) accounts.set(account.id, found);
  }
  const result: StoredCreators = {
    creators: new Map(),
    accounts,
    createdCreators: 0,
    createdAccounts: 0,
    followerSnapshots: 0,
  };
  for (const account of bundle.accounts) {
    const matched = accounts.get(account.id);
    if (matched && !result.creators.has(account.creator))
      result.creators.set(account.creator, matched.creatorId);
  }
  const createdByHandle = new Map<string, { id: string; creatorId: string; platform: string }>();
  for (const account of bundle.accounts) {
    if (accounts.has(account.id)) continue;
    const handleKey = `${account.platform}:${handleOf(account).toLowerCase()}`;
    const twin = createdByHandle.get(handleKey);
    if (twin) {
      accounts.set(account.id, twin);
      continue;
    }
    let creatorId = result.creators.get(account.creator);
    const handles = bundle.accounts.filter((a) => a.creator === account.creator).map(handleOf);
    if (!creatorId) {
      const name = names.get(account.creator) ?? account.creator;
      const [created] = await tx
        .insert(creators)
        .values({ workspaceId, name, status: 'contracted', searchText: creatorSearchText({ name, handles }) })
        .returning({ id: creators.id });
      creatorId = created!.id;
      result.creators.set(account.creator, creatorId);
      result.createdCreators++;
    }
    const [created] = await tx
      .insert(creatorAccounts)
      .values({ workspaceId, creatorId, platform: account.platform, handle: handleOf(account) })
      .returning({ id: creatorAccounts.id });
    const stored = { id: created!.id, creatorId, platform: account.platform };
    accounts.set(account.id, stored);
    createdByHandle.set(handleKey, stored);
    result.createdAccounts++;
  }
  result.followerSnapshots = await storeFollowers(tx, workspaceId, bundle, accounts);
  return result;
}

/** Follower snapshots upserted by (account, time); each account's headline count follows its newest snapshot. */
async function storeFollowers(
  tx: Tx,
  workspaceId: string,
  bundle: CampaignBundle,
  accounts: Map<string, { id: string }>,
): Promise<number> {
  const rows = bundle.accounts.flatMap((account) =>
    account.followers.map((snapshot) => ({
      workspaceId,
      accountId: accounts.get(account.id)!.id,
      at: new Date(snapshot.at),
      followers: snapshot.count,
    })),
  );
  for (const batch of chunks(rows)) {
    await tx
      .insert(followerSnapshots)
      .values(batch)
      .onConflictDoUpdate({
        target: [followerSnapshots.accountId, followerSnapshots.at],
        set: { followers: sql`excluded.followers` },
      });
  }
  for (const account of bundle.accounts) {
    const latest = account.followers.reduce<{ at: string; count: number } | undefined>(
      (best, snapshot) => (!best || Date.parse(snapshot.at) > Date.parse(best.at) ? snapshot : best),
      undefined,
    );
    if (!latest) continue;
    const at = new Date(latest.at);
    await tx
      .update(creatorAccounts)
      .set({ followers: latest.count, followersAt: at })
      .where(
        and(
          eq(creatorAccounts.id, accounts.get(account.id)!.id),
          sql`(${creatorAccounts.followersAt} is null or ${creatorAccounts.followersAt} <= ${at})`,
        ),
      );
  }
  return rows.length;
}
