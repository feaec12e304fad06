import type pg from 'pg';
import type { ClickRecorder } from '../redirector/click-recorder';

export interface Touch {
  linkId: string | null;
  promoCodeId: string | null;
  campaignId: string;
  creatorId: string | null;
  clickedAtMs: number | null;
}

/** The click named by `clickId` in this workspace; a click still waiting in the batch is stored first. */
export async function findClick(
  pool: pg.Pool,
  recorder: ClickRecorder,
  workspaceId: string,
  clickId: string,
): Promise<Touch | null> {
  const query = () =>
    pool.query<{ link_id: string; campaign_id: string; creator_id: string | null; clicked_at: Date }>(
      `SELECT c.link_id, l.campaign_id, l.creator_id, c.clicked_at
         FROM link_clicks c JOIN tracked_links l ON l.id = c.link_id
        WHERE c.id = $1 AND c.workspace_id = $2`,
      [clickId, workspaceId],
    );
  let { rows } = await query();
  if (rows.length === 0) {
    await recorder.flush();
    ({ rows } = await query());
  }
  const row = rows[0];
  if (!row) return null;
  return {
    linkId: row.link_id,
    promoCodeId: null,
    campaignId: row.campaign_id,
    creatorId: row.creator_id,
    clickedAtMs: row.clicked_at.getTime(),
  };
}

export async function findCode(pool: pg.Pool, workspaceId: string, code: string): Promise<Touch | null> {
  const { rows } = await pool.query<{ id: string; campaign_id: string; creator_id: string | null }>(
    'SELECT id, campaign_id, creator_id FROM promo_codes WHERE workspace_id = $1 AND code = $2',
    [workspaceId, code.toUpperCase()],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    linkId: null,
    promoCodeId: row.id,
    campaignId: row.campaign_id,
    creatorId: row.creator_id,
    clickedAtMs: null,
  };
}
