import { z } from 'zod';
import { ZIsoDate, ZUuid } from '../../http/common-schemas';

export const ZPostIdParams = z.strictObject({ workspaceId: ZUuid, postId: ZUuid });
export const ZCampaignPostsParams = z.strictObject({ workspaceId: ZUuid, campaignId: ZUuid });

const count = z.number().int().min(0).max(1e13).nullable().optional();

export const ZSnapshot = z.strictObject({
  at: ZIsoDate,
  views: count,
  reach: count,
  impressions: count,
  likes: count,
  comments: count,
  shares: count,
  saves: count,
  clicks: count,
  watchTimeS: count,
});

export const ZLatestMetrics = z
  .object({
    at: z.string(),
    views: z.number().nullable(),
    reach: z.number().nullable(),
    impressions: z.number().nullable(),
    likes: z.number().nullable(),
    comments: z.number().nullable(),
    shares: z.number().nullable(),
    saves: z.number().nullable(),
    clicks: z.number().nullable(),
  })
  .nullable();

export const ZPost = z.object({
  id: z.string(),
  campaignId: z.string().nullable(),
  creatorId: z.string(),
  creatorName: z.string().nullable(),
  accountId: z.string(),
  platform: z.string(),
  externalId: z.string().nullable(),
  url: z.string().nullable(),
  format: z.string().nullable(),
  publishedAt: z.string(),
  latest: ZLatestMetrics,
});
