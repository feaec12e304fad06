import { sql } from 'drizzle-orm';
import type { Reader } from '../kpis/reader';

export interface TrackedClicks {
  /** Whether the campaign has any tracked link: without one, tracked clicks are not recorded (null), not 0. */
  tracked: boolean;
  /** People's clicks and scans (bots left out, repeats kept) per creator id; '' for links without a creator. */
  byCreator: Map<string, number>;
  total: number | null;
  bots: number | null;
}

export const NO_CREATOR_KEY = '00000000-0000-0000-0000-000000000000';

/** Tracked-link clicks of the campaign between two local days (inclusive), from the daily rollups. */
export async function loadTrackedClicks(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  days: { from: string | null; to: string | null },
): Promise<TrackedClicks> {
  const [linked, rows] = await Promise.all([
    db.execute<{ tracked: boolean }>(sql`SELECT EXISTS (SELECT 1 FROM tracked_links
      WHERE workspace_id = ${workspaceId} AND campaign_id = ${campaignId}) AS tracked`),
    db.execute<{ creator_id: string; people: number; bots: number }>(sql`
      SELECT creator_id, sum(link_clicks + scans - bot_clicks)::float8 AS people, sum(bot_clicks)::float8 AS bots
      FROM campaign_daily_rollups
      WHERE workspace_id = ${workspaceId} AND campaign_id = ${campaignId}
        AND (${days.from}::date IS NULL OR day >= ${days.from}::date)
        AND (${days.to}::date IS NULL OR day <= ${days.to}::date)
      GROUP BY creator_id`),
  ]);
  const tracked = linked.rows[0]?.tracked === true;
  const byCreator = new Map<string, number>();
  let total = 0;
  let bots = 0;
  for (const row of rows.rows) {
    const key = row.creator_id === NO_CREATOR_KEY ? '' : row.creator_id;
    byCreator.set(key, (byCreator.get(key) ?? 0) + Number(row.people));
    total += Number(row.people);
    bots += Number(row.bots);
  }
  return { tracked, byCreator, total: tracked ? total : null, bots: tracked ? bots : null };
}

/** The newest click on any of the campaign's links (whatever the range), ISO; null without clicks. */
export async function loadNewestClick(
  db: Reader,
  workspaceId: string,
  campaignId: string,
): Promise<string | null> {
  const result = await db.execute<{ at: Date | string | null }>(sql`
    SELECT max(c.clicked_at) AS at FROM tracked_links l
    CROSS JOIN LATERAL (SELECT clicked_at FROM link_clicks k WHERE k.link_id = l.id ORDER BY k.clicked_at DESC LIMIT 1) c
    WHERE l.workspace_id = ${workspaceId} AND l.campaign_id = ${campaignId}`);
  const at = result.rows[0]?.at;
  return at ? new Date(at).toISOString() : null;
}
