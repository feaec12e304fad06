import { z } from 'zod';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { loadedSentimentModel } from '../sentiment/sentiment-model';
import { ZCommentView, ZListCommentsQuery, ZPostParams, ZPushCommentsBody } from './comment-schemas';
import { listComments } from './list-comments';
import { enqueueRescore } from './rescore-comments';
import { storeComments } from './store-comments';

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
  handler: async ({ ctx, params, body }) => ({
    received: body.comments.length,
    ...(await storeComments(ctx, params.postId, body.comments, 'api')),
  }),
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
  handler: async ({ ctx, query }) =>
    listComments(ctx.services.db, ctx.workspace.id, query, (await loadedSentimentModel()).id),
});

export const rescoreCommentsRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/comments/rescore',
  permission: 'comment.write',
  summary:
    'Re-score every comment of the workspace that the configured sentiment model (SENTIMENT_MODEL_PATH or the built-in one) has not scored; a background job whose progress the jobs API reports',
  tags: ['comments'],
  status: 202,
  schema: {
    params: ZWorkspaceParams,
    response: z.object({ modelId: z.string(), pending: z.number(), jobId: z.string().nullable() }),
  },
  handler: async ({ ctx }) => {
    await ctx.write(async (_tx, audit) => {
      await audit({ action: 'comment.rescore', entityType: 'workspace', entityId: ctx.workspace.id });
    });
    return enqueueRescore(
      ctx.services.db,
      ctx.services.jobs,
      ctx.workspace.id,
      ctx.actor.type === 'user' ? ctx.actor.id : null,
    );
  },
});
