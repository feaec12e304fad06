import { sql } from 'drizzle-orm';
import type { Reader } from '../kpis/reader';

export interface DailyPoint {
  day: string;
  reach: number;
  views: number;
  impressions: number;
  engagements: number;
  clicks: number;
  conversions: number;
  revenue: number;
}

const ENGAGEMENT_COLUMNS = new Set(['likes', 'comments', 'shares', 'saves']);

function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= end && days.length < 1_000; at += 86_400_000) {
    days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * What the campaign gained each local day: reach, views, impressions and engagements (change of the posts'
 * cumulative values), tracked-link clicks by people, approved orders and their revenue. Days without data are 0.
 */
export async function loadDailySeries(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  days: { from: string | null; to: string | null },
  engagementSet: readonly string[],
  timeZone: string,
): Promise<DailyPoint[]> {
  const engagement = sql.raw(
    engagementSet
      .filter((name) => ENGAGEMENT_COLUMNS.has(name))
      .map((name) => `sum(${name})`)
      .join(' + ') || '0',
  );
  const [rollups, sales] = await Promise.all([
    db.execute<Record<string, string | number>>(sql`
      SELECT day::text AS day, sum(reach)::float8 AS reach, sum(views)::float8 AS views,
        sum(impressions)::float8 AS impressions, (${engagement})::float8 AS engagements,
        sum(link_clicks + scans - bot_clicks)::float8 AS clicks
      FROM campaign_daily_rollups
      WHERE workspace_id = ${workspaceId} AND campaign_id = ${campaignId}
        AND (${days.from}::date IS NULL OR day >= ${days.from}::date)
        AND (${days.to}::date IS NULL OR day <= ${days.to}::date)
      GROUP BY day ORDER BY day`),
    db.execute<Record<string, string | number>>(sql`
      SELECT (c.occurred_at AT TIME ZONE ${timeZone})::date::text AS day,
        count(*)::float8 AS conversions, coalesce(sum(c.amount), 0)::float8 AS revenue
      FROM conversions c
      WHERE c.workspace_id = ${workspaceId} AND c.campaign_id = ${campaignId} AND c.type = 'sale'
        AND c.status = 'approved'
        AND (${days.from}::date IS NULL OR c.occurred_at >= (${days.from}::date::timestamp AT TIME ZONE ${timeZone}))
      GROUP BY 1`),
  ]);
  const byDay = new Map<string, DailyPoint>();
  const point = (day: string) => {
    let found = byDay.get(day);
    if (!found) {
      found = {
        day,
        reach: 0,
        views: 0,
        impressions: 0,
        engagements: 0,
        clicks: 0,
        conversions: 0,
        revenue: 0,
      };
      byDay.set(day, found);
    }
    return found;
  };
  for (const row of rollups.rows) {
    Object.assign(point(String(row.day)), {
      reach: Number(row.reach),
      views: Number(row.views),
      impressions: Number(row.impressions),
      engagements: Number(row.engagements),
      clicks: Number(row.clicks),
    });
  }
  for (const row of sales.rows) {
    const day = String(row.day);
    if ((days.from && day < days.from) || (days.to && day > days.to)) continue;
    Object.assign(point(day), { conversions: Number(row.conversions), revenue: Number(row.revenue) });
  }
  const known = [...byDay.keys()].sort();
  const first = days.from ?? known[0];
  const last = days.to ?? known.at(-1);
  if (!first || !last) return [];
  return eachDay(first, last).map((day) => byDay.get(day) ?? point(day));
}
