import { type CommentImportRow, commentsKind, importProblem } from '@lantoa/core/import-kinds';
import { comments } from '@lantoa/db/schema';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../http/contexts';
import type { IncomingComment } from '../../comments/comment-schemas';
import { newComments, type StoredCommentKey, UNIQUE_EXTERNAL_ID } from '../../comments/dedupe-comments';
import { unnestRows } from '../unnest';
import type { ImportKindHandler, WriteOutcome } from './kind-handler';
import { postReferenceKey, resolvePosts } from './resolve-posts';
import { scoreImportedComments } from './score-imported-comments';

const BATCH = 5000;

const incomingOf = (row: CommentImportRow): IncomingComment => ({
  text: row.text,
  ...(row.externalId ? { externalId: row.externalId } : {}),
  ...(row.author ? { author: row.author } : {}),
  ...(row.at ? { at: row.at.toISOString() } : {}),
  ...(row.likes !== null ? { likes: row.likes } : {}),
  ...(row.replyTo ? { replyTo: row.replyTo } : {}),
});

/**
 * Comments of any posts, each row naming its post by link or id (or one post for the whole file). New comments
 * are those not stored yet on their post (by external id, else author + text + time, `newComments`), so the same
 * file twice adds nothing; once written they are scored (language, sentiment, intent, spam) and the negative-spike
 * alerts of their campaigns re-checked, as after the per-post import.
 */
export const commentsHandler: ImportKindHandler<CommentImportRow> = {
  spec: commentsKind,
  fixedFields: ['post'],
  write: async ({ db, workspaceId, rows, progress }) => {
    const counts = { created: 0, unchanged: 0, scored: 0 };
    const rejected: WriteOutcome['rejected'] = [];
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      await db.transaction(async (tx) => {
        const posts = await resolvePosts(
          tx,
          workspaceId,
          batch.map((entry) => entry.row.post),
        );
        const byPost = new Map<string, IncomingComment[]>();
        for (const entry of batch) {
          const resolved = posts.get(postReferenceKey(entry.row.post));
          if (!resolved || 'reason' in resolved) {
            rejected.push({
              rowNumber: entry.rowNumber,
              problems: [{ column: 'post', ...importProblem('post_not_found', {}, resolved?.reason) }],
            });
            continue;
          }
          const list = byPost.get(resolved.postId) ?? [];
          list.push(incomingOf(entry.row));
          byPost.set(resolved.postId, list);
        }
        const stored = await storedKeys(tx, workspaceId, byPost);
        const fresh = [...byPost].flatMap(([postId, incoming]) =>
          newComments(incoming, stored.get(postId) ?? []).map((comment) => ({ postId, comment })),
        );
        // A push or import of the same comments committing first wins; ours then count as unchanged.
        const written =
          fresh.length === 0
            ? []
            : await tx
                .insert(comments)
                .values(
                  fresh.map(({ postId, comment }) => ({
                    workspaceId,
                    postId,
                    externalId: comment.externalId ?? null,
                    author: comment.author ?? null,
                    text: comment.text,
                    at: comment.at ? new Date(comment.at) : null,
                    likes: comment.likes ?? null,
                    replyTo: comment.replyTo ?? null,
                  })),
                )
                .onConflictDoNothing(UNIQUE_EXTERNAL_ID)
                .returning({ id: comments.id });
        counts.unchanged += [...byPost.values()].reduce((sum, list) => sum + list.length, 0) - written.length;
        counts.created += written.length;
      });
      await progress(Math.min(start + BATCH, rows.length));
    }
    if (counts.created > 0) counts.scored = await scoreImportedComments(db, workspaceId);
    return { counts, rejected };
  },
};

/** Stored comments of the batch's posts that could clash with it: same external id or same text. */
async function storedKeys(
  tx: Tx,
  workspaceId: string,
  byPost: Map<string, IncomingComment[]>,
): Promise<Map<string, StoredCommentKey[]>> {
  const keys = [...byPost].flatMap(([postId, list]) =>
    list.map((comment) => ({ postId, externalId: comment.externalId ?? null, text: comment.text.trim() })),
  );
  const found = await tx.execute<{
    post_id: string;
    external_id: string | null;
    author: string | null;
    text: string;
    at: string | null;
  }>(sql`
    SELECT DISTINCT c.post_id, c.external_id, c.author, c.text, c.at
    FROM ${unnestRows('k', [
      { name: 'post_id', type: 'uuid', values: keys.map((key) => key.postId) },
      { name: 'external_id', type: 'text', values: keys.map((key) => key.externalId) },
      { name: 'text', type: 'text', values: keys.map((key) => key.text) },
    ])}
    JOIN comments c ON c.workspace_id = ${workspaceId} AND c.post_id = k.post_id
      AND (c.external_id = k.external_id OR c.text = k.text)`);
  const stored = new Map<string, StoredCommentKey[]>();
  for (const row of found.rows) {
    const list = stored.get(row.post_id) ?? [];
    list.push({
      externalId: row.external_id,
      author: row.author,
      text: row.text,
      at: row.at ? new Date(row.at) : null,
    });
    stored.set(row.post_id, list);
  }
  return stored;
}
