import type { Db } from '@lantoa/db';
import { sql } from 'drizzle-orm';
import { loadCreatorVetting } from './load-creator-vetting';

/**
 * Writes the quality score and risk level of every creator of the workspace that has evidence (a post or a follower
 * sample) to the search columns, as opening each profile would: list filters and the optimiser's quality and risk
 * limits then see every such creator, not only the ones someone has looked at. Creators without evidence keep
 * "unknown". Returns how many creators were scored.
 */
export async function refreshVettingScores(
  db: Db,
  workspaceId: string,
  now: Date,
  progress: (done: number, total: number) => Promise<void> = async () => undefined,
): Promise<number> {
  const { rows } = await db.execute<{ id: string }>(sql`
    SELECT c.id FROM creators c
    WHERE c.workspace_id = ${workspaceId}
      AND (EXISTS (SELECT 1 FROM posts p WHERE p.workspace_id = c.workspace_id AND p.creator_id = c.id)
        OR EXISTS (SELECT 1 FROM follower_samples f WHERE f.workspace_id = c.workspace_id AND f.creator_id = c.id))
    ORDER BY c.id`);
  for (const [index, row] of rows.entries()) {
    await loadCreatorVetting(db, workspaceId, row.id, now);
    if ((index + 1) % 10 === 0 || index + 1 === rows.length) await progress(index + 1, rows.length);
  }
  return rows.length;
}
