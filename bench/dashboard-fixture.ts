/**
 * A campaign big enough to make the dashboard work: by default 1,000 creators, 10,000 posts, 300,000 metric snapshots
 * and 5,000,000 tracked clicks, generated inside the database (generate_series, no row-by-row inserts). Used by
 * bench/dashboard.ts, and by bench/redirect.ts to run heavy dashboard requests while it measures redirects.
 */
import type pg from 'pg';

export interface DashboardSize {
  creators: number;
  postsPerCreator: number;
  snapshotsPerPost: number;
  clicks: number;
}

export const FULL_SIZE: DashboardSize = {
  creators: 1_000,
  postsPerCreator: 10,
  snapshotsPerPost: 30,
  clicks: 5_000_000,
};

export interface SeededCampaign {
  campaignId: string;
  /** Seconds each phase took, for the bench's report. */
  timings: Record<string, number>;
}

const CLICK_CHUNK = 500_000;
const POST_CHUNK = 1_000;

async function timed(
  timings: Record<string, number>,
  name: string,
  run: () => Promise<unknown>,
): Promise<void> {
  const started = performance.now();
  await run();
  timings[name] = (timings[name] ?? 0) + (performance.now() - started) / 1000;
  if (process.env.BENCH_VERBOSE) console.error(`  seed: ${name} ${timings[name]?.toFixed(1)} s`);
}

/**
 * Seeds one live campaign (started 30 days ago, ends in 10) into an existing workspace: creators with one account
 * and one tracked link each, posts, daily snapshots (TikTok posts report no reach: missing, not 0), clicks over the
 * 30 days (2 % bots), 20,000 approved sales and 5,000 leads, costs and a KPI plan. Snapshots go in with the rollup
 * triggers on (that cost is timed); clicks go in with row triggers off, then the rollups are rebuilt once.
 */
export async function seedDashboardCampaign(
  pool: pg.Pool,
  workspaceId: string,
  size: DashboardSize = FULL_SIZE,
): Promise<SeededCampaign> {
  const timings: Record<string, number> = {};
  const client = await pool.connect();
  const q = (text: string, values: unknown[] = []) => client.query(text, values);
  try {
    const { rows } = await q(
      `INSERT INTO campaigns (workspace_id, name, status, start_date, end_date, budget_amount)
       VALUES ($1, 'Bench: live dashboard', 'live', current_date - 30, current_date + 10, 5000000000) RETURNING id`,
      [workspaceId],
    );
    const campaignId = String(rows[0].id);
    const C = size.creators;
    const P = C * size.postsPerCreator;
    await timed(timings, 'creators, accounts, links', async () => {
      await q(
        `CREATE TEMP TABLE IF NOT EXISTS bench_creators (n int PRIMARY KEY, id uuid, account uuid, link uuid)`,
      );
      await q('TRUNCATE bench_creators');
      await q(
        `INSERT INTO bench_creators (n, id) SELECT g, gen_random_uuid() FROM generate_series(1, $1) g`,
        [C],
      );
      await q(`UPDATE bench_creators SET account = gen_random_uuid(), link = gen_random_uuid()`);
      await q(
        `INSERT INTO creators (id, workspace_id, name) SELECT id, $1, 'Nhà sáng tạo ' || n FROM bench_creators`,
        [workspaceId],
      );
      await q(
        `INSERT INTO creator_accounts (id, workspace_id, creator_id, platform, handle, followers)
         SELECT account, $1, id, (ARRAY['tiktok','instagram','facebook','youtube'])[n % 4 + 1], 'bench_' || n || '_' || substr($2::uuid::text, 1, 8),
           5000 + (n * 7919) % 500000
         FROM bench_creators`,
        [workspaceId, campaignId],
      );
      await q(
        `INSERT INTO campaign_creators (workspace_id, campaign_id, creator_id, fee, status)
         SELECT $1, $2, id, 2000000 + (n % 10) * 500000, 'contracted' FROM bench_creators`,
        [workspaceId, campaignId],
      );
      await q(
        `INSERT INTO tracked_links (id, workspace_id, campaign_id, creator_id, slug, destination_url)
         SELECT link, $1, $2::uuid, id, 'b' || substr($2::uuid::text, 1, 8) || '-' || n, 'https://shop.example.vn/' FROM bench_creators`,
        [workspaceId, campaignId],
      );
    });
    await timed(timings, 'posts', async () => {
      await q(
        `CREATE TEMP TABLE IF NOT EXISTS bench_posts (n int PRIMARY KEY, id uuid, published_at timestamptz)`,
      );
      await q('TRUNCATE bench_posts');
      await q(
        `INSERT INTO bench_posts (n, id, published_at)
         SELECT g, gen_random_uuid(), date_trunc('day', now()) - interval '30 days' + ((g % 25) || ' days')::interval
           + ((g % 14) + 8 || ' hours')::interval
         FROM generate_series(1, $1) g`,
        [P],
      );
      await q(
        `INSERT INTO posts (id, workspace_id, campaign_id, creator_id, account_id, platform, published_at, format)
         SELECT p.id, $1, $2, c.id, c.account, (ARRAY['tiktok','instagram','facebook','youtube'])[c.n % 4 + 1],
           p.published_at, 'video'
         FROM bench_posts p JOIN bench_creators c ON c.n = (p.n - 1) % $3 + 1`,
        [workspaceId, campaignId, C],
      );
    });
    // Snapshot k of a post: a saturating curve towards its final views; TikTok (n % 4 = 0) reports no reach.
    for (let first = 1; first <= P; first += POST_CHUNK) {
      await timed(timings, 'snapshots (rollup triggers on)', () =>
        q(
          `INSERT INTO post_snapshots (workspace_id, post_id, at, views, reach, impressions, likes, comments, shares, saves, clicks)
           SELECT $1, p.id, p.published_at + (k || ' hours')::interval * 20, v,
             CASE WHEN ((p.n - 1) % $4 + 1) % 4 = 0 THEN NULL ELSE (v * 0.7)::bigint END, (v * 1.3)::bigint,
             (v * 0.05)::bigint, (v * 0.004)::bigint, (v * 0.002)::bigint, (v * 0.003)::bigint,
             CASE WHEN p.n % 3 = 0 THEN NULL ELSE (v * 0.01)::bigint END
           FROM bench_posts p
           CROSS JOIN generate_series(1, $5) k
           CROSS JOIN LATERAL (SELECT ((2000 + (p.n * 104729) % 200000) * (1 - exp(-k / 6.0)))::bigint AS v) m
           WHERE p.n BETWEEN $2 AND $3`,
          [workspaceId, first, Math.min(P, first + POST_CHUNK - 1), C, size.snapshotsPerPost],
        ),
      );
    }
    await q(`ALTER TABLE link_click_hourly DISABLE TRIGGER link_click_hourly_dashboard_rollups`);
    try {
      await q(`SET session_replication_role = replica`);
      for (let first = 1; first <= size.clicks; first += CLICK_CHUNK) {
        await timed(timings, 'clicks (5 M rows, foreign-key triggers off)', () =>
          q(
            // Ids that grow with g (unique per campaign) append to the primary-key index instead of scattering.
            `INSERT INTO link_clicks (id, workspace_id, link_id, clicked_at, via, visitor_hash, is_bot, is_repeat)
             SELECT (substr(md5($6::text), 1, 8) || '-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, $1, c.link,
               date_trunc('day', now()) - interval '30 days' + (g::float8 / $4 * 30 * 86400 || ' seconds')::interval,
               CASE WHEN g % 10 = 0 THEN 'qr' ELSE 'link' END, 'v' || (g * 7) % 400000, g % 50 = 0, g % 9 = 0
             FROM generate_series($2::int, $3::int) g JOIN bench_creators c ON c.n = g % $5 + 1`,
            [workspaceId, first, Math.min(size.clicks, first + CLICK_CHUNK - 1), size.clicks, C, campaignId],
          ),
        );
      }
      await timed(timings, 'hourly click counters', () =>
        q(
          `INSERT INTO link_click_hourly (workspace_id, link_id, hour, clicks, scans, bot_clicks, repeat_clicks)
           SELECT k.workspace_id, k.link_id, date_trunc('hour', k.clicked_at), count(*) FILTER (WHERE via = 'link'),
             count(*) FILTER (WHERE via = 'qr'), count(*) FILTER (WHERE is_bot), count(*) FILTER (WHERE is_repeat)
           FROM link_clicks k JOIN bench_creators c ON c.link = k.link_id
           GROUP BY 1, 2, 3`,
        ),
      );
    } finally {
      await q(`SET session_replication_role = origin`);
      await q(`ALTER TABLE link_click_hourly ENABLE ALWAYS TRIGGER link_click_hourly_dashboard_rollups`);
    }
    await timed(timings, 'conversions, costs, plan', async () => {
      await q(
        `INSERT INTO conversions (workspace_id, campaign_id, creator_id, type, status, amount, occurred_at, customer_type)
         SELECT $1, $2, c.id, CASE WHEN g <= 20000 THEN 'sale' ELSE 'lead' END, 'approved',
           CASE WHEN g <= 20000 THEN 150000 + (g * 7919) % 850000 ELSE 0 END,
           date_trunc('day', now()) - interval '30 days' + (g % 2592000 || ' seconds')::interval,
           CASE WHEN g > 20000 THEN NULL WHEN g % 4 = 0 THEN 'returning' ELSE 'new' END
         FROM generate_series(1, 25000) g JOIN bench_creators c ON c.n = g % $3 + 1`,
        [workspaceId, campaignId, C],
      );
      await q(
        `INSERT INTO costs (workspace_id, campaign_id, creator_id, category, amount, incurred_on)
         SELECT $1::uuid, $2::uuid, id, 'creator_fee', 2000000 + (n % 10) * 500000, current_date - 30 + n % 25 FROM bench_creators
         UNION ALL SELECT $1::uuid, $2::uuid, NULL, 'production', 300000000, current_date - 30
         UNION ALL SELECT $1::uuid, $2::uuid, NULL, 'media', 200000000, current_date - 20`,
        [workspaceId, campaignId],
      );
      await q(
        `INSERT INTO campaign_kpis (workspace_id, campaign_id, kpi_id, target)
         VALUES ($1, $2, 'reach', 900000000), ($1, $2, 'engagements', 90000000), ($1, $2, 'conversions', 30000),
           ($1, $2, 'cpa', 450000), ($1, $2, 'roi', 120), ($1, $2, 'er_views', 6)`,
        [workspaceId, campaignId],
      );
    });
    await timed(timings, 'rollups rebuilt once', () => q('SELECT lantoa_rebuild_dashboard_rollups()'));
    await timed(timings, 'analyze', () => q('ANALYZE'));
    return { campaignId, timings };
  } finally {
    client.release();
  }
}

/** The dashboard API request the bench measures (and bench/redirect.ts runs as its heavy query). */
export function dashboardPath(workspaceId: string, campaignId: string): string {
  return `/api/v1/workspaces/${workspaceId}/campaigns/${campaignId}/dashboard?compare=previous`;
}

/** One dashboard request over HTTP against a running server, with the caller's session or API key headers. */
export async function dashboardRequest(
  baseUrl: string,
  headers: Record<string, string>,
  workspaceId: string,
  campaignId: string,
): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${dashboardPath(workspaceId, campaignId)}`, { headers });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}
