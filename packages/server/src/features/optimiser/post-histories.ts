import type { SimulatedInput } from '@lantoa/core/forecast';
import type { Db } from '@lantoa/db';
import { sql } from 'drizzle-orm';

/**
 * Per-post results of each creator's posts (latest snapshot of each), for estimates and forecasts. `reach` falls
 * back to views where the platform reports no reach; `orders` are the campaign's sales per post of that campaign.
 */
export type PostHistory = Record<SimulatedInput, number[]>;

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export async function loadHistories(db: Db, workspaceId: string): Promise<Map<string, PostHistory>> {
  const result = await db.execute<Record<string, unknown>>(sql`
    SELECT p.creator_id, ls.reach, ls.views, ls.impressions, ls.likes, ls.comments, ls.shares, ls.saves, ls.clicks,
      (SELECT count(*) FROM conversions c
        WHERE c.workspace_id = p.workspace_id AND c.creator_id = p.creator_id AND c.campaign_id = p.campaign_id
          AND c.type = 'sale' AND c.status <> 'reversed') AS campaign_sales,
      (SELECT count(*) FROM posts q
        WHERE q.workspace_id = p.workspace_id AND q.creator_id = p.creator_id AND q.campaign_id = p.campaign_id)
        AS campaign_posts
    FROM posts p
    JOIN LATERAL (
      SELECT s.reach, s.views, s.impressions, s.likes, s.comments, s.shares, s.saves, s.clicks
      FROM post_snapshots s WHERE s.post_id = p.id ORDER BY s.at DESC LIMIT 1
    ) ls ON true
    WHERE p.workspace_id = ${workspaceId}`);
  const histories = new Map<string, PostHistory>();
  for (const row of result.rows) {
    const creatorId = String(row.creator_id);
    const history = histories.get(creatorId) ?? {
      reach: [],
      impressions: [],
      views: [],
      engagements: [],
      clicks: [],
      orders: [],
    };
    const push = (list: number[], value: number | null) => {
      if (value !== null) list.push(value);
    };
    push(history.reach, num(row.reach) ?? num(row.views));
    push(history.views, num(row.views));
    push(history.impressions, num(row.impressions));
    const parts = [row.likes, row.comments, row.shares, row.saves].map(num);
    if (parts[0] !== null) history.engagements.push(parts.reduce<number>((sum, v) => sum + (v ?? 0), 0));
    push(history.clicks, num(row.clicks));
    const posts = num(row.campaign_posts) ?? 0;
    if (posts > 0) history.orders.push((num(row.campaign_sales) ?? 0) / posts);
    histories.set(creatorId, history);
  }
  return histories;
}
