import { comments, posts } from '@lantoa/db/schema';
import { and, eq, inArray, or } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { WorkspaceContext } from '../../http/contexts';
import type { IncomingComment } from './comment-schemas';
import { COMMENT_SCORE_JOB } from './comment-score-job';
import { newComments, UNIQUE_EXTERNAL_ID } from './dedupe-comments';

export interface StoreResult {
  inserted: number;
  duplicates: number;
  jobId: string | null;
}

/** Adds the new comments of a batch to a post of the workspace (audited) and enqueues their scoring. */
export async function storeComments(
  ctx: WorkspaceContext,
  postId: string,
  incoming: readonly IncomingComment[],
  source: 'api' | 'file',
): Promise<StoreResult> {
  const workspaceId = ctx.workspace.id;
  const inserted = await ctx.write(async (tx, audit) => {
    const [post] = await tx
      .select({ id: posts.id })
      .from(posts)
      .where(and(eq(posts.id, postId), eq(posts.workspaceId, workspaceId)));
    if (!post) throw AppError.notFound('Post');
    const stored = await tx
      .select({
        externalId: comments.externalId,
        author: comments.author,
        text: comments.text,
        at: comments.at,
      })
      .from(comments)
      .where(
        and(
          eq(comments.postId, post.id),
          eq(comments.workspaceId, workspaceId),
          // Only stored comments that could clash with this batch: same external id or same text.
          or(
            inArray(
              comments.externalId,
              incoming.flatMap((c) => (c.externalId ? [c.externalId] : [])).concat(['']),
            ),
            inArray(comments.text, [...new Set(incoming.map((c) => c.text.trim())), '']),
          ),
        ),
      );
    const fresh = newComments(incoming, stored);
    if (fresh.length === 0) return 0;
    // A concurrent push of the same comments may commit first: its rows win and ours count as duplicates.
    const written = await tx
      .insert(comments)
      .values(
        fresh.map((c) => ({
          workspaceId,
          postId: post.id,
          externalId: c.externalId ?? null,
          author: c.author ?? null,
          text: c.text,
          at: c.at ? new Date(c.at) : null,
          likes: c.likes ?? null,
          replyTo: c.replyTo ?? null,
        })),
      )
      .onConflictDoNothing(UNIQUE_EXTERNAL_ID)
      .returning({ id: comments.id });
    if (written.length === 0) return 0;
    await audit({
      action: source === 'file' ? 'comment.import' : 'comment.push',
      entityType: 'post',
      entityId: post.id,
      before: null,
      after: { inserted: written.length, duplicates: incoming.length - written.length },
    });
    return written.length;
  });
  const job =
    inserted > 0
      ? await ctx.services.jobs.enqueue(
          COMMENT_SCORE_JOB,
          { workspaceId },
          { workspaceId, createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null },
        )
      : null;
  return { inserted, duplicates: incoming.length - inserted, jobId: job?.id ?? null };
}
