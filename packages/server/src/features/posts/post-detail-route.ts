import { postSnapshots } from '@lantoa/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { listCampaignPosts } from './list-campaign-posts';
import { ZCampaignPostsQuery } from './post-list-query';
import { ZCampaignPost, ZPostIdParams } from './post-schemas';

const SNAPSHOT_LIMIT = 2000;

const ZStoredSnapshot = z.object({
  at: z.string(),
  views: z.number().nullable(),
  reach: z.number().nullable(),
  impressions: z.number().nullable(),
  likes: z.number().nullable(),
  comments: z.number().nullable(),
  shares: z.number().nullable(),
  saves: z.number().nullable(),
  clicks: z.number().nullable(),
  watchTimeS: z.number().nullable(),
});

export const getPostRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/posts/:postId',
  permission: 'campaign.read',
  summary: `A post with its latest metrics, ER, deliverable and comment counts, and its metric snapshots oldest first (the newest ${SNAPSHOT_LIMIT.toLocaleString('en')})`,
  tags: ['posts'],
  schema: {
    params: ZPostIdParams,
    response: z.object({
      post: ZCampaignPost,
      snapshots: z.array(ZStoredSnapshot),
      snapshotsTruncated: z.boolean(),
    }),
  },
  handler: async ({ ctx, params }) => {
    const db = ctx.services.db;
    const page = await listCampaignPosts(
      db,
      ctx.workspace.id,
      { postId: params.postId },
      ZCampaignPostsQuery.parse({}),
    );
    const post = page.items[0];
    if (!post) throw AppError.notFound('Post');
    const newestFirst = await db
      .select()
      .from(postSnapshots)
      .where(and(eq(postSnapshots.postId, post.id), eq(postSnapshots.workspaceId, ctx.workspace.id)))
      .orderBy(desc(postSnapshots.at))
      .limit(SNAPSHOT_LIMIT + 1);
    return {
      post,
      snapshots: newestFirst
        .slice(0, SNAPSHOT_LIMIT)
        .reverse()
        .map(({ workspaceId, postId, at, ...metrics }) => ({ at: at.toISOString(), ...metrics })),
      snapshotsTruncated: newestFirst.length > SNAPSHOT_LIMIT,
    };
  },
});
