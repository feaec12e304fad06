import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeliverableWorld, type DeliverableWorld, ok } from './deliverables-fixture';
import { createTestApp, type TestApp } from './helpers/test-app';

const POSTS = 10_000;
const PAGE = 500;

let t: TestApp;
let w: DeliverableWorld;

interface Page {
  total: number | null;
  items: { id: string; latest: { views: number | null } | null; er: number | null }[];
  nextCursor: string | null;
}

beforeAll(async () => {
  t = await createTestApp();
  w = await createDeliverableWorld(t, 'pscale');
  // 10,000 posts of the campaign's two creators, 3 snapshots each (every 7th post has none, every 5th no views),
  // and two follower counts per account: what a large campaign holds.
  await t.services.db.execute(sql`
    INSERT INTO follower_snapshots (workspace_id, account_id, at, followers)
    SELECT a.workspace_id, a.id, timestamptz '2026-11-01' + (k || ' days')::interval, 50000 + k * 1000
    FROM creator_accounts a CROSS JOIN generate_series(0, 20, 20) k
    WHERE a.workspace_id = ${w.workspaceId}`);
  await t.services.db.execute(sql`
    INSERT INTO posts (workspace_id, campaign_id, creator_id, account_id, platform, external_id, url, published_at)
    SELECT a.workspace_id, ${w.campaignId}, a.creator_id, a.id, 'tiktok', 'scale-' || i,
      'https://www.tiktok.com/@' || a.handle || '/video/' || (7300000000000000000 + i),
      timestamptz '2026-11-01' + (i || ' minutes')::interval
    FROM generate_series(1, ${POSTS}) i
    JOIN LATERAL (
      SELECT * FROM creator_accounts ca WHERE ca.workspace_id = ${w.workspaceId}
      ORDER BY ca.handle OFFSET (i % 2) LIMIT 1
    ) a ON true`);
  await t.services.db.execute(sql`
    INSERT INTO post_snapshots (workspace_id, post_id, at, views, likes, comments, shares)
    SELECT p.workspace_id, p.id, p.published_at + (d || ' days')::interval,
      CASE WHEN n % 5 = 0 THEN NULL ELSE (n * 37 % 100000) * d END, (n * 13 % 5000) * d, n % 300, NULL
    FROM (SELECT id, workspace_id, published_at, substring(external_id from 7)::int AS n FROM posts
          WHERE campaign_id = ${w.campaignId}) p
    CROSS JOIN generate_series(1, 3) d
    WHERE p.n % 7 <> 0`);
}, 180_000);
afterAll(() => t.close());

async function timedPage(query: string): Promise<{ page: Page; ms: number }> {
  const started = performance.now();
  const page = await ok<Page>(
    t.request({ method: 'GET', url: `${w.ws}/campaigns/${w.campaignId}/posts?${query}`, as: w.owner }),
  );
  return { page, ms: performance.now() - started };
}

describe(`a campaign with ${POSTS.toLocaleString('en')} posts`, () => {
  it.each(['publishedAt', 'views', 'er'])(
    'walks every post once, page by page, sorted by %s',
    async (sort) => {
      const seen = new Set<string>();
      const times: number[] = [];
      let cursor: string | null = null;
      let previous: number | null = Number.POSITIVE_INFINITY;
      do {
        const suffix: string = cursor ? `&cursor=${cursor}` : '';
        const { page, ms }: { page: Page; ms: number } = await timedPage(
          `sort=${sort}&dir=desc&limit=${PAGE}${suffix}`,
        );
        times.push(ms);
        expect(page.total).toBe(cursor ? null : POSTS);
        for (const item of page.items) {
          expect(seen.has(item.id)).toBe(false);
          seen.add(item.id);
          const value = sort === 'views' ? (item.latest?.views ?? null) : sort === 'er' ? item.er : null;
          if (sort !== 'publishedAt') {
            // descending, missing values last
            if (previous === null) expect(value).toBeNull();
            else if (value !== null) expect(value).toBeLessThanOrEqual(previous);
            previous = value;
          }
        }
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.size).toBe(POSTS);
      const sorted = [...times].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
      console.log(
        `posts list, ${POSTS} posts, sort=${sort}: ${times.length} pages of ${PAGE}; first ${times[0]?.toFixed(0)} ms, median ${median.toFixed(0)} ms, slowest ${sorted.at(-1)?.toFixed(0)} ms`,
      );
    },
    180_000,
  );
});
