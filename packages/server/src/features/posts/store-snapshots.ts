import type { PostMetricName } from '@lantoa/core/import-kinds';
import { POST_METRIC_NAMES } from '@lantoa/core/import-kinds';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../http/contexts';
import { unnestRows } from '../imports/unnest';

export interface SnapshotInput {
  postId: string;
  at: Date;
  metrics: Partial<Record<PostMetricName, number | null>>;
}

const COLUMN: Record<PostMetricName, string> = {
  views: 'views',
  reach: 'reach',
  impressions: 'impressions',
  likes: 'likes',
  comments: 'comments',
  shares: 'shares',
  saves: 'saves',
  clicks: 'clicks',
  watchTimeS: 'watch_time_s',
};

/**
 * Stores metric snapshots in one statement: a new (post, time) is inserted, an existing one takes the values given
 * (a metric left out keeps its stored value), and a snapshot equal to what is stored changes nothing.
 */
export async function storeSnapshots(
  tx: Tx,
  workspaceId: string,
  snapshots: SnapshotInput[],
): Promise<{ created: number; updated: number; unchanged: number }> {
  if (snapshots.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const columns = POST_METRIC_NAMES.map((name) => COLUMN[name]);
  const merged = columns.map((column) => sql.raw(`coalesce(excluded.${column}, s.${column})`));
  const result = await tx.execute<{ inserted: boolean }>(sql`
    INSERT INTO post_snapshots AS s (workspace_id, post_id, at, ${sql.raw(columns.join(', '))})
    SELECT ${workspaceId}, r.post_id, r.at, ${sql.raw(columns.map((column) => `r.${column}`).join(', '))}
    FROM ${unnestRows('r', [
      { name: 'post_id', type: 'uuid', values: snapshots.map((snapshot) => snapshot.postId) },
      { name: 'at', type: 'timestamptz', values: snapshots.map((snapshot) => snapshot.at.toISOString()) },
      ...POST_METRIC_NAMES.map((name) => ({
        name: COLUMN[name],
        type: 'int8',
        values: snapshots.map((snapshot) => snapshot.metrics[name] ?? null),
      })),
    ])}
    ON CONFLICT (post_id, at) DO UPDATE SET ${sql.join(
      columns.map((column, index) => sql`${sql.raw(column)} = ${merged[index]}`),
      sql`, `,
    )}
    WHERE (${sql.raw(columns.map((column) => `s.${column}`).join(', '))}) IS DISTINCT FROM (${sql.join(merged, sql`, `)})
    RETURNING (xmax = 0) AS inserted`);
  const created = result.rows.filter((row) => row.inserted).length;
  const updated = result.rows.length - created;
  return { created, updated, unchanged: snapshots.length - created - updated };
}
