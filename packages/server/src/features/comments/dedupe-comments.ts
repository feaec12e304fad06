import { comments } from '@lantoa/db/schema';
import { sql } from 'drizzle-orm';
import type { IncomingComment } from './comment-schemas';

/** The conflict target of the unique (post, external id) index, for inserts that skip what is already stored. */
export const UNIQUE_EXTERNAL_ID = {
  target: [comments.postId, comments.externalId],
  where: sql`${comments.externalId} is not null`,
};

export interface StoredCommentKey {
  externalId: string | null;
  author: string | null;
  text: string;
  at: Date | null;
}

/** Same author, same text, same instant: the natural key of a comment without an external id. */
export function naturalKey(
  author: string | null | undefined,
  text: string,
  at: Date | string | null | undefined,
): string {
  const instant = at ? new Date(at).getTime() : '';
  return `${author ?? ''}\u0000${text.trim()}\u0000${instant}`;
}

/**
 * The incoming comments that are new: not already stored (by external id, else author + text + time) and
 * not repeated earlier in the same batch.
 */
export function newComments(
  incoming: readonly IncomingComment[],
  stored: readonly StoredCommentKey[],
): IncomingComment[] {
  const externalIds = new Set(stored.flatMap((s) => (s.externalId ? [s.externalId] : [])));
  const naturalKeys = new Set(stored.map((s) => naturalKey(s.author, s.text, s.at)));
  const fresh: IncomingComment[] = [];
  for (const comment of incoming) {
    if (comment.externalId) {
      if (externalIds.has(comment.externalId)) continue;
      externalIds.add(comment.externalId);
    } else {
      const key = naturalKey(comment.author, comment.text, comment.at);
      if (naturalKeys.has(key)) continue;
      naturalKeys.add(key);
    }
    fresh.push(comment);
  }
  return fresh;
}
