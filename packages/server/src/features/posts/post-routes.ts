import { campaigns, posts } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { ZIsoDate, ZUuid, ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { assertCampaignCreator } from './assert-campaign-creator';
import { findOrCreatePostByUrl } from './find-or-create-post';
import { countCampaignPosts, listCampaignPosts } from './list-campaign-posts';
import { loadPostWithLatest } from './load-post-with-latest';
import { ZCampaignPostsQuery } from './post-list-query';
import { ZCampaignPost, ZCampaignPostsParams, ZPost, ZPostIdParams, ZSnapshot } from './post-schemas';
import { storeSnapshots } from './store-snapshots';

export const addPostByUrlRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/posts',
  permission: 'campaign.write',
  summary:
    'Add a post by its link (TikTok, Facebook, Instagram, YouTube, Zalo; platform and id read from the link); the same link twice gives the same post',
  tags: ['posts'],
  status: 201,
  schema: {
    params: ZWorkspaceParams,
    body: z.strictObject({
      url: z.string().trim().min(1).max(2000),
      campaignId: ZUuid.optional(),
      creatorId: ZUuid.optional(),
      accountId: ZUuid.optional(),
      publishedAt: ZIsoDate.optional(),
      caption: z.string().max(5000).optional(),
    }),
    response: z.object({ created: z.boolean(), post: ZPost }),
  },
  handler: async ({ ctx, body }) => {
    const { post, created } = await ctx.write(async (tx, audit) => {
      const outcome = await findOrCreatePostByUrl(tx, ctx.workspace.id, {
        ...body,
        publishedAt: body.publishedAt ? new Date(body.publishedAt) : null,
      });
      if (outcome.created && body.campaignId)
        await assertCampaignCreator(tx, ctx.workspace.id, body.campaignId, outcome.post.creatorId);
      if (outcome.created)
        await audit({
          action: 'post.create',
          entityType: 'post',
          entityId: outcome.post.id,
          after: {
            url: outcome.post.url,
            platform: outcome.post.platform,
            externalId: outcome.post.externalId,
          },
        });
      return outcome;
    });
    const listed = await loadPostWithLatest(ctx.services.db, ctx.workspace.id, post.id);
    if (!listed) throw AppError.notFound('Post');
    return { created, post: listed };
  },
});

export const pushSnapshotsRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/posts/:postId/snapshots',
  permission: 'campaign.write',
  summary:
    'Push metric snapshots of a post (up to 5,000 per call); a time already stored takes the new values, a metric left out keeps its stored value, and missing metrics stay missing (never 0)',
  tags: ['posts'],
  schema: {
    params: ZPostIdParams,
    body: z.strictObject({ snapshots: z.array(ZSnapshot).min(1).max(5000) }),
    response: z.object({ created: z.number(), updated: z.number(), unchanged: z.number() }),
  },
  handler: async ({ ctx, params, body }) =>
    ctx.write(async (tx, audit) => {
      const [post] = await tx
        .select({ id: posts.id })
        .from(posts)
        .where(and(eq(posts.id, params.postId), eq(posts.workspaceId, ctx.workspace.id)));
      if (!post) throw AppError.notFound('Post');
      const byTime = new Map(
        body.snapshots.map((snapshot) => [new Date(snapshot.at).toISOString(), snapshot]),
      );
      const stored = await storeSnapshots(
        tx,
        ctx.workspace.id,
        [...byTime.values()].map(({ at, ...metrics }) => ({ postId: post.id, at: new Date(at), metrics })),
      );
      await audit({ action: 'post.snapshots', entityType: 'post', entityId: post.id, after: stored });
      return stored;
    }),
});

export const listCampaignPostsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/posts',
  permission: 'campaign.read',
  summary:
    "A campaign's posts with each post's latest metric snapshot, ER, the deliverable it fulfils and its comment counts; newest first unless sorted, filtered by creator, platform and accent-insensitive text, cursor-paginated",
  tags: ['posts'],
  schema: {
    params: ZCampaignPostsParams,
    query: ZCampaignPostsQuery,
    response: z.object({
      items: z.array(ZCampaignPost),
      nextCursor: z.string().nullable(),
      /** Posts matching the filters, on the first page only (null on later pages). */
      total: z.number().nullable(),
    }),
  },
  handler: async ({ ctx, params, query }) => {
    const [campaign] = await ctx.services.db
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(and(eq(campaigns.id, params.campaignId), eq(campaigns.workspaceId, ctx.workspace.id)));
    if (!campaign) throw AppError.notFound('Campaign');
    const scope = { campaignId: campaign.id };
    const page = await listCampaignPosts(ctx.services.db, ctx.workspace.id, scope, query);
    const total = query.cursor
      ? null
      : await countCampaignPosts(ctx.services.db, ctx.workspace.id, scope, query);
    return { ...page, total };
  },
});
