import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createTenant, type Tenant } from './helpers/world';

let t: TestApp;
let a: Tenant;
let postId: string;
let campaignId: string;

type Row = Record<string, unknown>;
const rows = async (query: ReturnType<typeof sql>): Promise<Row[]> =>
  (await t.services.db.execute(query)).rows;

const METRICS = sql`sum(views)::bigint AS views, sum(reach)::bigint AS reach, sum(likes)::bigint AS likes,
  sum(shares)::bigint AS shares, sum(link_clicks)::bigint AS link_clicks, sum(bot_clicks)::bigint AS bot_clicks`;

async function rollupsByDay(): Promise<Row[]> {
  return rows(sql`SELECT campaign_id, creator_id, day::text, ${METRICS} FROM campaign_daily_rollups
    GROUP BY 1, 2, 3
    HAVING sum(abs(views) + abs(reach) + abs(likes) + abs(shares) + abs(link_clicks) + abs(bot_clicks)) > 0
    ORDER BY 1, 2, 3`);
}

async function latest(): Promise<Row[]> {
  return rows(sql`SELECT post_id, at, views, reach, likes FROM post_latest_snapshots ORDER BY post_id`);
}

function snapshot(at: string, views: number | null, reach: number | null, likes: number | null) {
  return t.services.db.execute(sql`INSERT INTO post_snapshots (workspace_id, post_id, at, views, reach, likes)
    VALUES (${a.workspaceId}, ${postId}, ${at}, ${views}, ${reach}, ${likes})`);
}

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'rollups');
  await t.services.db.execute(
    sql`UPDATE workspaces SET settings = settings || '{"timezone":"Asia/Ho_Chi_Minh"}'::jsonb WHERE id = ${a.workspaceId}`,
  );
  campaignId = a.params.campaignId!;
  const [post] =
    await rows(sql`INSERT INTO posts (workspace_id, campaign_id, creator_id, account_id, platform, published_at)
    SELECT workspace_id, ${campaignId}, creator_id, id, platform, '2026-05-01T01:00:00Z' FROM creator_accounts
    WHERE workspace_id = ${a.workspaceId} LIMIT 1 RETURNING id`);
  postId = String(post?.id);
});
afterAll(() => t.close());

describe('dashboard rollups kept by triggers', () => {
  it('keeps the newest snapshot per post and the daily gains, whatever order snapshots arrive in', async () => {
    await snapshot('2026-05-01T10:00:00Z', 100, 80, 10);
    await snapshot('2026-05-03T10:00:00Z', 300, null, 40);
    // Arrives late: 2 May sits between the two, so 3 May's gain shrinks.
    await snapshot('2026-05-02T10:00:00Z', 250, 150, 25);
    const [mine] = (await latest()).filter((row) => row.post_id === postId);
    expect(mine).toMatchObject({ views: 300, reach: null, likes: 40 });
    const days = (await rows(sql`SELECT day::text, sum(views)::bigint AS views, sum(reach)::bigint AS reach,
      sum(likes)::bigint AS likes FROM campaign_daily_rollups r
      WHERE r.campaign_id = ${campaignId} AND r.creator_id = (SELECT creator_id FROM posts WHERE id = ${postId})
        AND r.day BETWEEN '2026-05-01' AND '2026-05-03'
      GROUP BY 1 ORDER BY 1`)) as { day: string; views: number; reach: number; likes: number }[];
    // Views 100 → 250 → 300; reach 80 → 150 → unreported (the post's reach is no longer counted).
    expect(days).toEqual([
      { day: '2026-05-01', views: 100, reach: 80, likes: 10 },
      { day: '2026-05-02', views: 150, reach: 70, likes: 15 },
      { day: '2026-05-03', views: 50, reach: -150, likes: 15 },
    ]);
  });

  it('books a snapshot on the local day of the workspace (Asia/Ho_Chi_Minh is UTC+7)', async () => {
    await snapshot('2026-05-04T18:30:00Z', 320, null, 40);
    const [day] = await rows(sql`SELECT day::text FROM campaign_daily_rollups
      WHERE campaign_id = ${campaignId} AND last_snapshot_at = '2026-05-04T18:30:00Z'`);
    expect(day?.day).toBe('2026-05-05');
  });

  it('matches a rebuild from scratch after updates and deletes', async () => {
    await t.services.db.execute(
      sql`UPDATE post_snapshots SET views = 260, likes = NULL WHERE post_id = ${postId} AND at = '2026-05-02T10:00:00Z'`,
    );
    await t.services.db.execute(
      sql`UPDATE post_snapshots SET at = '2026-05-06T09:00:00Z' WHERE post_id = ${postId} AND at = '2026-05-01T10:00:00Z'`,
    );
    await t.services.db.execute(
      sql`DELETE FROM post_snapshots WHERE post_id = ${postId} AND at = '2026-05-03T10:00:00Z'`,
    );
    const ws = `/api/v1/workspaces/${a.workspaceId}`;
    const link = await t.request({
      method: 'POST',
      url: `${ws}/links`,
      as: a.owner,
      payload: { campaignId, slug: 'rollup-click', destinationUrl: 'https://shop.example.vn/' },
    });
    expect(link.statusCode).toBe(201);
    await t.services.db.execute(sql`INSERT INTO link_click_hourly (workspace_id, link_id, hour, clicks, scans, bot_clicks,
      repeat_clicks) VALUES (${a.workspaceId}, ${link.json().id}, '2026-05-02T03:00:00Z', 5, 1, 2, 0)`);
    await t.services.db.execute(sql`INSERT INTO link_click_hourly (workspace_id, link_id, hour, clicks, scans, bot_clicks,
      repeat_clicks) VALUES (${a.workspaceId}, ${link.json().id}, '2026-05-02T03:00:00Z', 4, 0, 1, 0)
      ON CONFLICT (link_id, hour) DO UPDATE SET clicks = link_click_hourly.clicks + excluded.clicks,
      bot_clicks = link_click_hourly.bot_clicks + excluded.bot_clicks`);

    const incrementalRollups = await rollupsByDay();
    const incrementalLatest = await latest();
    const [mine] = incrementalLatest.filter((row) => row.post_id === postId);
    expect(mine).toMatchObject({ views: 100, reach: 80, likes: 10 });
    const [clicks] = await rows(sql`SELECT sum(link_clicks)::int AS clicks, sum(bot_clicks)::int AS bots
      FROM campaign_daily_rollups WHERE campaign_id = ${campaignId} AND day = '2026-05-02'`);
    expect(clicks).toEqual({ clicks: 9, bots: 3 });

    await t.services.db.execute(sql`SELECT lantoa_rebuild_dashboard_rollups()`);
    expect(await rollupsByDay()).toEqual(incrementalRollups);
    expect(await latest()).toEqual(incrementalLatest);
  });
});
