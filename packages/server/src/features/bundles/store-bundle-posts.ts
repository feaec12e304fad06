import type { CampaignBundle } from '@lantoa/core/bundle';
import { type Platform, postSnapshots, posts } from '@lantoa/db/schema';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../http/contexts';
import type { BundleKeys } from '../kpis/bundle-keys';
import { chunks } from './chunks';
import type { StoredCreators } from './store-bundle-creators';

type BundlePost = CampaignBundle['posts'][number];

interface ExistingPost {
  id: string;
  accountId: string;
  platform: Platform;
  externalId: string | null;
  url: string | null;
}

/**
 * Finds each bundle post: the post this campaign's last import used, else a post of the workspace on the same
 * platform with the same URL, else one of the same account with the bundle's post id as its external id.
 */
function matcher(existing: readonly ExistingPost[], keys: BundleKeys) {
  const byPrevious = new Map<string, ExistingPost>();
  const byUrl = new Map<string, ExistingPost>();
  const byExternal = new Map<string, ExistingPost>();
  for (const post of existing) {
    const key = keys.post.get(post.id)?.key;
    if (key !== undefined) byPrevious.set(key, post);
    if (post.url) byUrl.set(`${post.platform} ${post.url}`, post);
    if (post.externalId) byExternal.set(`${post.accountId} ${post.externalId}`, post);
  }
  return (post: BundlePost, accountId: string, platform: string): ExistingPost | undefined =>
    byPrevious.get(post.id) ??
    (post.url ? byUrl.get(`${platform} ${post.url}`) : undefined) ??
    byExternal.get(`${accountId} ${post.id}`);
}

async function candidatePosts(
  tx: Tx,
  workspaceId: string,
  bundle: CampaignBundle,
  accountIds: string[],
  keys: BundleKeys,
) {
  const urls = bundle.posts.flatMap((post) => (post.url ? [post.url] : []));
  const previous = [...keys.post.keys()];
  return tx
    .select({
      id: posts.id,
      accountId: posts.accountId,
      platform: posts.platform,
      externalId: posts.externalId,
      url: posts.url,
    })
    .from(posts)
    .where(
      and(
        eq(posts.workspaceId, workspaceId),
        sql`(${accountIds.length ? inArray(posts.accountId, accountIds) : sql`false`}
          or ${urls.length ? inArray(posts.url, urls) : sql`false`}
          or ${previous.length ? inArray(posts.id, previous) : sql`false`})`,
      ),
    );
}

/** Creates or updates the bundle's posts (moving them into this campaign) and upserts their snapshots. */
export async function storeBundlePosts(
  tx: Tx,
  workspaceId: string,
  campaignId: string,
  bundle: CampaignBundle,
  keys: BundleKeys,
  stored: StoredCreators,
): Promise<{ posts: Map<string, string>; created: number; snapshots: number }> {
  const accountIds = [...new Set([...stored.accounts.values()].map((a) => a.id))];
  const find = matcher(await candidatePosts(tx, workspaceId, bundle, accountIds, keys), keys);
  const ids = new Map<string, string>();
  let created = 0;
  for (const post of bundle.posts) {
    const account = stored.accounts.get(post.account)!;
    const values = {
      campaignId,
      creatorId: account.creatorId,
      accountId: account.id,
      platform: account.platform as Platform,
      publishedAt: new Date(post.published_at),
      ...(post.url ? { url: post.url } : {}),
    };
    const existing = find(post, account.id, account.platform);
    if (existing) {
      await tx
        .update(posts)
        .set(values)
        .where(and(eq(posts.id, existing.id), eq(posts.workspaceId, workspaceId)));
      ids.set(post.id, existing.id);
    } else {
      const [row] = await tx
        .insert(posts)
        .values({ ...values, workspaceId, externalId: post.id })
        .returning({ id: posts.id });
      ids.set(post.id, row!.id);
      created++;
    }
  }
  const snapshots = bundle.posts.flatMap((post) =>
    post.snapshots.map((snapshot) => ({
      workspaceId,
      postId: ids.get(post.id)!,
      at: new Date(snapshot.at),
      views: snapshot.views ?? null,
      reach: snapshot.reach ?? null,
      impressions: snapshot.impressions ?? null,
      likes: snapshot.likes ?? null,
      comments: snapshot.comments ?? null,
      shares: snapshot.shares ?? null,
      saves: snapshot.saves ?? null,
      clicks: snapshot.clicks ?? null,
      watchTimeS: snapshot.watch_time_s == null ? null : Math.round(snapshot.watch_time_s),
    })),
  );
  for (const batch of chunks(snapshots)) {
    await tx
      .insert(postSnapshots)
      .values(batch)
      .onConflictDoUpdate({
        target: [postSnapshots.postId, postSnapshots.at],
        set: Object.fromEntries(
          [
            'views',
            'reach',
            'impressions',
            'likes',
            'comments',
            'shares',
            'saves',
            'clicks',
            'watch_time_s',
          ].map((column) => [
            column === 'watch_time_s' ? 'watchTimeS' : column,
            sql.raw(`excluded.${column}`),
          ]),
        ),
      });
  }
  return { posts: ids, created, snapshots: snapshots.length };
}
