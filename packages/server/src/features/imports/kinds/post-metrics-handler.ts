import { type PostMetricRow, postMetricsKind } from '@lantoa/core/import-kinds';
import { storeSnapshots } from '../../posts/store-snapshots';
import type { ImportKindHandler, WriteOutcome } from './kind-handler';
import { postReferenceKey, resolvePosts } from './resolve-posts';

const BATCH = 5000;

export const postMetricsHandler: ImportKindHandler<PostMetricRow> = {
  spec: postMetricsKind,
  fixedFields: ['post', 'at'],
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
              problems: [{ column: 'post', message: resolved?.reason ?? 'unknown post' }],
            });
            return [];
          }
          const at = entry.row.at ?? now;
          const key = `${resolved.postId}@${at.toISOString()}`;
          const first = firstRowOf.get(key);
          if (first !== undefined) {
            rejected.push({
              rowNumber: entry.rowNumber,
              problems: [{ column: 'post', message: `same post and time as row ${first}` }],
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
