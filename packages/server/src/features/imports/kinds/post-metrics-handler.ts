import { importProblem, type PostMetricRow, postMetricsKind } from '@lantoa/core/import-kinds';
import { sql } from 'drizzle-orm';
import { storeSnapshots } from '../../posts/store-snapshots';
import { unnestRows } from '../unnest';
import type { ImportKindHandler, PreviewNote, WriteOutcome } from './kind-handler';
import { findStoredPosts, postReferenceKey, resolvePosts } from './resolve-posts';

const BATCH = 5000;

export const postMetricsHandler: ImportKindHandler<PostMetricRow> = {
  spec: postMetricsKind,
  fixedFields: ['post', 'at'],
  // Read-only: what the import would update, and which rows name posts that are not stored yet.
  preview: async (db, workspaceId, rows) => {
    const stored = await findStoredPosts(
      db,
      workspaceId,
      rows.map((row) => row.post),
    );
    const known = new Map<string, { postId: string; at: string }>();
    let toAdd = 0;
    let unknownIds = 0;
    for (const row of rows) {
      const post = stored.get(postReferenceKey(row.post));
      if (post && row.at) {
        const at = row.at.toISOString();
        known.set(`${post.postId}@${at}`, { postId: post.postId, at });
      } else if (!post && row.post.url) toAdd++;
      else if (!post) unknownIds++;
    }
    const existing =
      known.size === 0
        ? 0
        : Number(
            (
              await db.execute<{ count: number }>(sql`
                SELECT count(*)::int AS count FROM ${unnestRows('r', [
                  { name: 'post_id', type: 'uuid', values: [...known.values()].map((entry) => entry.postId) },
                  { name: 'at', type: 'timestamptz', values: [...known.values()].map((entry) => entry.at) },
                ])}
                JOIN post_snapshots s ON s.workspace_id = ${workspaceId} AND s.post_id = r.post_id AND s.at = r.at`)
            ).rows[0]?.count ?? 0,
          );
    const notes: PreviewNote[] = [];
    if (toAdd > 0)
      notes.push({
        code: 'postMetrics.postsToAdd',
        values: { count: toAdd },
        text: `${toAdd} rows link posts not stored yet: each is added when its account is in the registry, otherwise the row is rejected`,
      });
    if (unknownIds > 0)
      notes.push({
        code: 'postMetrics.unknownPostIds',
        values: { count: unknownIds },
        text: `${unknownIds} rows name a post id the workspace does not have; they will be rejected`,
      });
    return { existing, notes };
  },
  write: async ({ db, workspaceId, rows, progress }) => {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const rejected: WriteOutcome['rejected'] = [];
    const now = new Date();
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      await db.transaction(async (tx) => {
        const posts = await resolvePosts(
          tx,
          workspaceId,
          batch.map((entry) => entry.row.post),
        );
        const firstRowOf = new Map<string, number>();
        const snapshots = batch.flatMap((entry) => {
          const resolved = posts.get(postReferenceKey(entry.row.post));
          if (!resolved || 'reason' in resolved) {
            rejected.push({
              rowNumber: entry.rowNumber,
              problems: [{ column: 'post', ...importProblem('post_not_found', {}, resolved?.reason) }],
            });
            return [];
          }
          const at = entry.row.at ?? now;
          const key = `${resolved.postId}@${at.toISOString()}`;
          const first = firstRowOf.get(key);
          if (first !== undefined) {
            rejected.push({
              rowNumber: entry.rowNumber,
              problems: [{ column: 'post', ...importProblem('duplicate_post_time', { row: first }) }],
            });
            return [];
          }
          firstRowOf.set(key, entry.rowNumber);
          return [{ postId: resolved.postId, at, metrics: entry.row.metrics }];
        });
        const stored = await storeSnapshots(tx, workspaceId, snapshots);
        counts.created += stored.created;
        counts.updated += stored.updated;
        counts.unchanged += stored.unchanged;
      });
      await progress(Math.min(start + BATCH, rows.length));
    }
    return { counts, rejected };
  },
};
