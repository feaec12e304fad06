import type pg from 'pg';
import type { Click } from './click';

// One statement: insert the clicks (a click on a link deleted meanwhile is dropped by the join) and add exactly the
// inserted ones to the hourly counters. The `ON CONFLICT` form skips clicks already stored (a journal replayed, a
// retried batch whose commit went through); fresh clicks take the plain form, which is cheaper per row. Parameters are compact because
// parsing them is most of the cost on the embedded database: each batch names its distinct links once ($3, $4)
// and every click points at one by number; time is epoch milliseconds; via, bot and repeat are bits of one flag.
const INSERT_CLICKS = `
WITH input AS (
  SELECT u.id, l.workspace_id, l.id AS link_id, to_timestamp(u.ms / 1000.0) AS clicked_at,
         CASE WHEN u.flags & 1 = 1 THEN 'qr' ELSE 'link' END AS via, u.visitor_hash,
         u.flags & 2 = 2 AS is_bot, u.flags & 4 = 4 AS is_repeat, u.referrer_host
  FROM unnest($1::uuid[], $2::int4[], $5::float8[], $6::text[], $7::int4[], $8::text[])
         AS u(id, link_no, ms, visitor_hash, flags, referrer_host)
  JOIN unnest($3::uuid[], $4::uuid[]) WITH ORDINALITY AS k(link_id, workspace_id, link_no) USING (link_no)
  JOIN tracked_links l ON l.id = k.link_id AND l.workspace_id = k.workspace_id
), inserted AS (
  INSERT INTO link_clicks (id, workspace_id, link_id, clicked_at, via, visitor_hash, is_bot, is_repeat, referrer_host)
  SELECT * FROM input
  /*on conflict*/
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

const INSERT_NEW_CLICKS = INSERT_CLICKS.replace('/*on conflict*/', '');
const INSERT_OR_SKIP_CLICKS = INSERT_CLICKS.replace('/*on conflict*/', 'ON CONFLICT (id) DO NOTHING');
const UNIQUE_VIOLATION = '23505';

// The links of the batch, locked against deletion until commit: what the foreign-key triggers would do per row.
const LOCK_LINKS = 'SELECT 1 FROM tracked_links WHERE id = ANY($1::uuid[]) FOR KEY SHARE';

const CHUNK = 5_000;

/**
 * The statement's parameters for `clicks` as PostgreSQL array literals (built here rather than by the driver:
 * this runs on the request thread, and ids, numbers and base64url hashes need no escaping): click columns plus the
 * batch's distinct (link, workspace) pairs.
 */
export function clickParameters(clicks: readonly Click[]): string[] {
  const linkNumbers = new Map<string, number>();
  const linkIds: string[] = [];
  const workspaceIds: string[] = [];
  const ids: string[] = [];
  const numbers: number[] = [];
  const times: number[] = [];
  const hashes: string[] = [];
  const flags: number[] = [];
  const referrers: string[] = [];
  for (const click of clicks) {
    const key = `${click.linkId}/${click.workspaceId}`;
    let number = linkNumbers.get(key);
    if (number === undefined) {
      linkIds.push(click.linkId);
      workspaceIds.push(click.workspaceId);
      number = linkIds.length;
      linkNumbers.set(key, number);
    }
    ids.push(click.id);
    numbers.push(number);
    times.push(click.t);
    hashes.push(quoted(click.visitorHash));
    flags.push((click.via === 'qr' ? 1 : 0) | (click.isBot ? 2 : 0) | (click.isRepeat ? 4 : 0));
    referrers.push(click.referrerHost === null ? 'NULL' : quoted(click.referrerHost));
  }
  return [ids, numbers, linkIds, workspaceIds, times, hashes, flags, referrers].map(
    (values) => `{${values.join(',')}}`,
  );
}

function quoted(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * Stores clicks, one multi-row statement per 5,000. `replay`: some may be stored already (a journal left by a dead
 * process); otherwise the cheaper plain insert is tried first and a duplicate id falls back to skipping stored ones.
 * When the session may set `session_replication_role` (the embedded database, a superuser on PostgreSQL) the
 * per-row foreign-key triggers — half of the embedded database's time per click — are skipped inside the
 * transaction: the join already checks each click's link and workspace, and the batch's links are locked
 * `FOR KEY SHARE` so none can be deleted before the commit.
 */
export async function insertClicks(
  pool: pg.Pool,
  clicks: readonly Click[],
  options: { replay?: boolean } = {},
): Promise<void> {
  if (clicks.length === 0) return;
  const client = await pool.connect();
  try {
    const skipRowTriggers = await canSkipRowTriggers(client);
    for (let start = 0; start < clicks.length; start += CHUNK) {
      const parameters = clickParameters(clicks.slice(start, start + CHUNK));
      if (options.replay) {
        await insertChunk(client, INSERT_OR_SKIP_CLICKS, parameters, skipRowTriggers);
        continue;
      }
      try {
        await insertChunk(client, INSERT_NEW_CLICKS, parameters, skipRowTriggers);
      } catch (error) {
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
        await insertChunk(client, INSERT_OR_SKIP_CLICKS, parameters, skipRowTriggers);
      }
    }
  } finally {
    client.release();
  }
}

async function insertChunk(
  client: pg.PoolClient,
  statement: string,
  parameters: string[],
  skipRowTriggers: boolean,
): Promise<void> {
  if (!skipRowTriggers) {
    await client.query(statement, parameters);
    return;
  }
  await client.query('BEGIN');
  try {
    await client.query("SET LOCAL session_replication_role = 'replica'");
    await client.query(LOCK_LINKS, [parameters[2]]);
    await client.query(statement, parameters);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

const superuserConnections = new WeakMap<pg.PoolClient, boolean>();

async function canSkipRowTriggers(client: pg.PoolClient): Promise<boolean> {
  const known = superuserConnections.get(client);
  if (known !== undefined) return known;
  const { rows } = await client.query<{ superuser: string }>(
    "SELECT current_setting('is_superuser') AS superuser",
  );
  const superuser = rows[0]?.superuser === 'on';
  superuserConnections.set(client, superuser);
  return superuser;
}
