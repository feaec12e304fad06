import type { Db } from '@lantoa/db';
import { alerts } from '@lantoa/db/schema';
import { sql } from 'drizzle-orm';
import { type DailySentiment, negativeSpikes } from './negative-spikes';

async function dailySentiment(db: Db, workspaceId: string, campaignId: string): Promise<DailySentiment[]> {
  const result = await db.execute<{ day: string; negative: number; total: number }>(sql`
    select to_char(coalesce(c.at, p.published_at) at time zone coalesce(w.settings->>'timezone', 'Asia/Ho_Chi_Minh'),
                   'YYYY-MM-DD') as day,
           count(*) filter (where c.sentiment = 'negative')::int as negative,
           count(*)::int as total
    from comments c
    join posts p on p.id = c.post_id
    join workspaces w on w.id = c.workspace_id
    where c.workspace_id = ${workspaceId} and p.campaign_id = ${campaignId}
      and c.sentiment is not null and c.spam is not true and c.lang is distinct from 'other'
    group by 1 order by 1`);
  return result.rows;
}

/** Re-checks the daily negative share of each campaign and stores one alert per spike day (idempotent). */
export async function raiseNegativeSpikeAlerts(
  db: Db,
  workspaceId: string,
  campaignIds: readonly string[],
): Promise<number> {
  let raised = 0;
  for (const campaignId of campaignIds) {
    const spikes = negativeSpikes(await dailySentiment(db, workspaceId, campaignId));
    if (spikes.length === 0) continue;
    const inserted = await db
      .insert(alerts)
      .values(
        spikes.map(({ day, ...details }) => ({
          workspaceId,
          campaignId,
          kind: 'negative_spike' as const,
          day,
          details: { ...details },
        })),
      )
      .onConflictDoNothing()
      .returning({ id: alerts.id });
    raised += inserted.length;
  }
  return raised;
}
