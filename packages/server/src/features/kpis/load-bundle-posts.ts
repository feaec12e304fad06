import type { CampaignBundle } from '@lantoa/core/bundle';
import {
  campaignCreators,
  creatorAccounts,
  followerSnapshots,
  postSnapshots,
  posts,
} from '@lantoa/db/schema';
import { and, asc, desc, eq, inArray, isNotNull, lte, or } from 'drizzle-orm';
import { type BundleKeys, byBundleOrder, keyOf } from './bundle-keys';
import type { Reader } from './reader';

type BundleAccount = CampaignBundle['accounts'][number];
type BundlePost = CampaignBundle['posts'][number];

/**
 * `all` snapshots (an exported bundle), or only each post's `latest` at or before the range end: the one value the
 * KPI engine reads, so KPIs need a tenth of the rows or less.
 */
export type SnapshotDepth = 'all' | 'latest';

export interface LoadedPosts {
  accounts: BundleAccount[];
  posts: BundlePost[];
  /** Creator id → bundle key, for every creator with an account in the bundle. */
  creatorKeys: Map<string, string>;
  /** Account id → bundle key. */
  accountKeys: Map<string, string>;
}

/**
 * The campaign's posts with their snapshots, and the accounts that count: those that posted, those an imported
 * bundle listed, and every account of an assigned creator. Snapshots after `to` are left out (never used).
 */
export async function loadBundlePosts(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  keys: BundleKeys,
  to?: number,
  snapshots: SnapshotDepth = 'all',
): Promise<LoadedPosts> {
  const postRows = await db
    .select({
      id: posts.id,
      accountId: posts.accountId,
      url: posts.url,
      publishedAt: posts.publishedAt,
    })
    .from(posts)
    .where(and(eq(posts.workspaceId, workspaceId), eq(posts.campaignId, campaignId)))
    .orderBy(asc(posts.publishedAt), asc(posts.id));
  const keyedAccounts = [...keys.account.keys()];
  const accountRows = await db
    .select({
      id: creatorAccounts.id,
      creatorId: creatorAccounts.creatorId,
      platform: creatorAccounts.platform,
      handle: creatorAccounts.handle,
      followers: creatorAccounts.followers,
      followersAt: creatorAccounts.followersAt,
    })
    .from(creatorAccounts)
    .leftJoin(
      campaignCreators,
      and(
        eq(campaignCreators.creatorId, creatorAccounts.creatorId),
        eq(campaignCreators.campaignId, campaignId),
        eq(campaignCreators.workspaceId, workspaceId),
      ),
    )
    .where(
      and(
        eq(creatorAccounts.workspaceId, workspaceId),
        or(
          isNotNull(campaignCreators.creatorId),
          idIn(creatorAccounts.id, [...postRows.map((p) => p.accountId), ...keyedAccounts]),
        ),
      ),
    )
    .orderBy(asc(creatorAccounts.createdAt), asc(creatorAccounts.id));
  const accounts = byBundleOrder(accountRows, keys.account, (a) => a.id);
  const accountIds = accounts.map((a) => a.id);
  const followerRows = accountIds.length
    ? await db
        .select({
          accountId: followerSnapshots.accountId,
          at: followerSnapshots.at,
          count: followerSnapshots.followers,
        })
        .from(followerSnapshots)
        .where(
          and(
            eq(followerSnapshots.workspaceId, workspaceId),
            inArray(followerSnapshots.accountId, accountIds),
          ),
        )
        .orderBy(asc(followerSnapshots.at))
    : [];
  const followersOf = groupBy(followerRows, (row) => row.accountId);
  const snapshotsOf = groupBy(
    await loadSnapshots(db, workspaceId, campaignId, to, snapshots),
    (row) => row.postId,
  );

  const accountKeys = new Map(accounts.map((a) => [a.id, keyOf(keys.account, a.id)]));
  const creatorKeys = new Map(accounts.map((a) => [a.creatorId, keyOf(keys.creator, a.creatorId)]));
  return {
    accountKeys,
    creatorKeys,
    accounts: accounts.map((account) => {
      const snapshots = followersOf.get(account.id) ?? [];
      const followers = snapshots.map((s) => ({ at: s.at.toISOString(), count: s.count }));
      if (followers.length === 0 && account.followers !== null && account.followersAt !== null)
        followers.push({ at: account.followersAt.toISOString(), count: account.followers });
      return {
        id: accountKeys.get(account.id)!,
        creator: creatorKeys.get(account.creatorId)!,
        platform: account.platform,
        handle: account.handle,
        followers,
      };
    }),
    posts: byBundleOrder(postRows, keys.post, (p) => p.id).map((post) => ({
      id: keyOf(keys.post, post.id),
      account: accountKeys.get(post.accountId)!,
      published_at: post.publishedAt.toISOString(),
      ...(post.url ? { url: post.url } : {}),
      snapshots: (snapshotsOf.get(post.id) ?? []).map(({ postId: _postId, at, ...metrics }) => ({
        at: at.toISOString(),
        ...metrics,
      })),
    })),
  };
}

async function loadSnapshots(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  to: number | undefined,
  depth: SnapshotDepth,
) {
  const columns = {
    postId: postSnapshots.postId,
    at: postSnapshots.at,
    views: postSnapshots.views,
    reach: postSnapshots.reach,
    impressions: postSnapshots.impressions,
    likes: postSnapshots.likes,
    comments: postSnapshots.comments,
    shares: postSnapshots.shares,
    saves: postSnapshots.saves,
    clicks: postSnapshots.clicks,
    watch_time_s: postSnapshots.watchTimeS,
  };
  const where = and(
    eq(posts.workspaceId, workspaceId),
    eq(posts.campaignId, campaignId),
    to === undefined ? undefined : lte(postSnapshots.at, new Date(to)),
  );
  if (depth === 'latest')
    return db
      .selectDistinctOn([postSnapshots.postId], columns)
      .from(postSnapshots)
      .innerJoin(posts, eq(posts.id, postSnapshots.postId))
      .where(where)
      .orderBy(asc(postSnapshots.postId), desc(postSnapshots.at));
  return db
    .select(columns)
    .from(postSnapshots)
    .innerJoin(posts, eq(posts.id, postSnapshots.postId))
    .where(where)
    .orderBy(asc(postSnapshots.postId), asc(postSnapshots.at));
}

function idIn(column: typeof creatorAccounts.id, ids: readonly string[]) {
  return ids.length ? inArray(column, [...new Set(ids)]) : undefined;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
