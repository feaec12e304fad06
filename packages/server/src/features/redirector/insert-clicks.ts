import type pg from 'pg';
import type { Click } from './click';

// One statement: insert the clicks (a replayed click is skipped by its id; a click on a link deleted meanwhile is
// dropped by the join) and add exactly the inserted ones to the hourly counters.
const INSERT_CLICKS = `
WITH input AS (
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::text[], $6::text[], $7::bool[],
                       $8::bool[], $9::text[])
    AS u(id, workspace_id, link_id, clicked_at, via, visitor_hash, is_bot, is_repeat, referrer_host)
), inserted AS (
  INSERT INTO link_clicks (id, workspace_id, link_id, clicked_at, via, visitor_hash, is_bot, is_repeat, referrer_host)
  SELECT i.* FROM input i JOIN tracked_links l ON l.id = i.link_id AND l.workspace_id = i.workspace_id
  ON CONFLICT (id) DO NOTHING
  RETURNING workspace_id, link_id, clicked_at, via, is_bot, is_repeat
)
INSERT INTO link_click_hourly (workspace_id, link_id, hour, clicks, scans, bot_clicks, repeat_clicks)
SELECT workspace_id, link_id, date_trunc('hour', clicked_at),
       count(*) FILTER (WHERE via = 'link'), count(*) FILTER (WHERE via = 'qr'),
       count(*) FILTER (WHERE is_bot), count(*) FILTER (WHERE is_repeat)
FROM inserted GROUP BY 1, 2, 3
ON CONFLICT (link_id, hour) DO UPDATE SET
  clicks = link_click_hourly.clicks + excluded.clicks,
  scans = link_click_hourly.scans + excluded.scans,
  bot_clicks = link_click_hourly.bot_clicks + excluded.bot_clicks,
  repeat_clicks = link_click_hourly.repeat_clicks + excluded.repeat_clicks`;

const CHUNK = 5_000;

/** Stores clicks with multi-row inserts (arrays as parameters, so one statement per 5,000 clicks). */
export async function insertClicks(pool: pg.Pool, clicks: readonly Click[]): Promise<void> {
  for (let start = 0; start < clicks.length; start += CHUNK) {
    const chunk = clicks.slice(start, start + CHUNK);
    await pool.query(INSERT_CLICKS, [
      chunk.map((c) => c.id),
      chunk.map((c) => c.workspaceId),
      chunk.map((c) => c.linkId),
      chunk.map((c) => new Date(c.t).toISOString()),
      chunk.map((c) => c.via),
      chunk.map((c) => c.visitorHash),
      chunk.map((c) => c.isBot),
      chunk.map((c) => c.isRepeat),
      chunk.map((c) => c.referrerHost),
    ]);
  }
}
