import {
  campaignCreators,
  campaigns,
  conversions,
  creatorAccounts,
  creatorStats,
  creators,
  postSnapshots,
  posts,
} from '@lantoa/db/schema';
import type { TestApp } from './test-app';

/** A nano creator of the benchmark world: followers, fee and, per past post, reach and clicks; sales in total. */
export interface SeededCreator {
  name: string;
  followers: number;
  fee: number;
  posts: { reach: number; clicks: number; likes: number }[];
  sales: number;
}

/**
 * Three nano creators with three posts each on a past campaign, and one nano newcomer without posts ("Dung"):
 * reach 10 / 20 / 30 % of followers, clicks 1 / 2 / 3 %, orders per post 0.1 / 0.1 / 0.075 % of followers, every
 * sale 200 000 ₫. Written straight into the database so the numbers are exactly these.
 */
export const BENCHMARK_CREATORS: SeededCreator[] = [
  { name: 'An', followers: 1000, fee: 1_000_000, posts: rows(3, 100, 10), sales: 3 },
  { name: 'Bình', followers: 2000, fee: 2_000_000, posts: rows(3, 400, 40), sales: 6 },
  { name: 'Chi', followers: 4000, fee: 4_000_000, posts: rows(3, 1200, 120), sales: 9 },
  { name: 'Dung', followers: 3000, fee: 3_000_000, posts: [], sales: 0 },
];

function rows(count: number, reach: number, clicks: number) {
  return Array.from({ length: count }, () => ({ reach, clicks, likes: reach / 10 }));
}

export async function seedBenchmarkWorld(t: TestApp, workspaceId: string): Promise<Map<string, string>> {
  const db = t.services.db;
  const [past] = await db
    .insert(campaigns)
    .values({ workspaceId, name: 'Chiến dịch cũ', status: 'completed' })
    .returning({ id: campaigns.id });
  const pastId = past?.id as string;
  const ids = new Map<string, string>();
  for (const seeded of BENCHMARK_CREATORS) {
    const [creator] = await db
      .insert(creators)
      .values({ workspaceId, name: seeded.name, status: 'contracted', niches: ['beauty'] })
      .returning({ id: creators.id });
    const creatorId = creator?.id as string;
    ids.set(seeded.name, creatorId);
    await db.insert(creatorStats).values({
      creatorId,
      workspaceId,
      platforms: ['tiktok'],
      followers: seeded.followers,
      tier: 'nano',
      feeMax: seeded.fee,
      qualityScore: 80,
      riskLevel: 'low',
    });
    const [account] = await db
      .insert(creatorAccounts)
      .values({ workspaceId, creatorId, platform: 'tiktok', handle: `bench.${ids.size}` })
      .returning({ id: creatorAccounts.id });
    for (const [i, post] of seeded.posts.entries()) {
      const [row] = await db
        .insert(posts)
        .values({
          workspaceId,
          campaignId: pastId,
          creatorId,
          accountId: account?.id as string,
          platform: 'tiktok',
          publishedAt: new Date(Date.UTC(2026, 0, 1 + i)),
        })
        .returning({ id: posts.id });
      await db.insert(postSnapshots).values({
        workspaceId,
        postId: row?.id as string,
        at: new Date(Date.UTC(2026, 0, 5 + i)),
        reach: post.reach,
        clicks: post.clicks,
        likes: post.likes,
        comments: 0,
        shares: 0,
        saves: 0,
      });
    }
    for (let s = 0; s < seeded.sales; s++)
      await db.insert(conversions).values({
        workspaceId,
        campaignId: pastId,
        creatorId,
        type: 'sale',
        status: 'approved',
        amount: 200_000,
        occurredAt: new Date(Date.UTC(2026, 0, 10)),
      });
  }
  return ids;
}

export async function assignToCampaign(
  t: TestApp,
  workspaceId: string,
  campaignId: string,
  creatorIds: string[],
) {
  await t.services.db
    .insert(campaignCreators)
    .values(creatorIds.map((creatorId) => ({ workspaceId, campaignId, creatorId, fee: 3_000_000 })));
}
