import { comments, posts } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { ZCommentView, ZListCommentsQuery, ZPostParams, ZPushCommentsBody } from './comment-schemas';
import { COMMENT_SCORE_JOB } from './comment-score-job';
import { newComments } from './dedupe-comments';
import { listComments } from './list-comments';

export const pushCommentsRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/posts/:postId/comments',
  permission: 'comment.write',
  summary:
    'Add a batch of comments to a post (de-duplicated by external id, else author + text + time); a background job scores their sentiment, language, intent and spam',
  tags: ['comments'],
  status: 202,
  schema: {
    params: ZPostParams,
    body: ZPushCommentsBody,
    response: z.object({
      received: z.number(),
      inserted: z.number(),
      duplicates: z.number(),
      jobId: z.string().nullable(),
    }),
  },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const inserted = await ctx.write(async (tx, audit) => {
      const [post] = await tx
        .select({ id: posts.id })
        .from(posts)
        .where(and(eq(posts.id, params.postId), eq(posts.workspaceId, workspaceId)));
      if (!post) throw AppError.notFound('Post');
      const stored = await tx
        .select({
          externalId: comments.externalId,
          author: comments.author,
          text: comments.text,
          at: comments.at,
        })
        .from(comments)
        .where(and(eq(comments.postId, post.id), eq(comments.workspaceId, workspaceId)));
      const fresh = newComments(body.comments, stored);
      if (fresh.length === 0) return 0;
      await tx.insert(comments).values(
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
      );
      await audit({
        action: 'comment.push',
        entityType: 'post',
        entityId: post.id,
        before: null,
        after: { inserted: fresh.length, duplicates: body.comments.length - fresh.length },
      });
      return fresh.length;
    });
    const job =
      inserted > 0
        ? await ctx.services.jobs.enqueue(
            COMMENT_SCORE_JOB,
            { workspaceId },
            { workspaceId, createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null },
          )
        : null;
    return {
      received: body.comments.length,
      inserted,
      duplicates: body.comments.length - inserted,
      jobId: job?.id ?? null,
    };
  },
});

export const listCommentsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/comments',
  permission: 'comment.read',
  summary:
    'Comments of the workspace, newest first, filtered by campaign, creator, post, sentiment, intent tag and spam flag; cursor-paginated',
  tags: ['comments'],
  schema: {
    params: ZWorkspaceParams,
    query: ZListCommentsQuery,
    response: z.object({ items: z.array(ZCommentView), nextCursor: z.string().nullable() }),
  },
  handler: async ({ ctx, query }) => listComments(ctx.services.db, ctx.workspace.id, query),
});
