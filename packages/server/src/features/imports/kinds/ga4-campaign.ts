import { type TrackedLinkTags, tagKey } from '@lantoa/core/import-kinds';
import type { Db } from '@lantoa/db';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../http/contexts';

/** The campaign a GA4 file was imported into, with the tracked links that can name a row's creator. */
export interface Ga4Campaign {
  id: string;
  links: TrackedLinkTags[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The workspace's campaign chosen for the file (by id, or by its exact name), or null when it has none such. */
export async function loadGa4Campaign(
  db: Db | Tx,
  workspaceId: string,
  chosen: string,
): Promise<Ga4Campaign | null> {
  const found = await db.execute<{ id: string }>(
    UUID.test(chosen)
      ? sql`SELECT id FROM campaigns WHERE workspace_id = ${workspaceId} AND id = ${chosen}`
      : sql`SELECT id FROM campaigns WHERE workspace_id = ${workspaceId} AND lower(name) = ${chosen.trim().toLowerCase()}
          ORDER BY created_at LIMIT 1`,
  );
  const id = found.rows[0]?.id;
  if (!id) return null;
  const links = await db.execute<{
    creator_id: string;
    slug: string;
    utm: TrackedLinkTags['utm'] | null;
  }>(sql`
    SELECT creator_id, slug, utm FROM tracked_links
    WHERE workspace_id = ${workspaceId} AND campaign_id = ${id} AND creator_id IS NOT NULL`);
  return {
    id,
    links: links.rows.map((row) => ({ creatorId: row.creator_id, slug: row.slug, utm: row.utm ?? {} })),
  };
}

/** Keeps the key readable in the table while making equal tags (accents, case) the same row. */
export const importKeyOf = (rowKey: string): string => `ga4:${tagKey(rowKey)}`;
