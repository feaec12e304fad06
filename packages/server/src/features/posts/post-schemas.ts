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

export const ZCampaignPost = ZPost.extend({
  caption: z.string().nullable(),
  handle: z.string().nullable(),
  /** The account's followers nearest the publish time; null when never recorded. */
  followers: z.number().nullable(),
  /** likes + comments + shares + saves of the latest snapshot (recorded components only). */
  engagements: z.number().nullable(),
  missingEngagementParts: z.array(z.enum(['likes', 'comments', 'shares', 'saves'])),
  /** engagements / followers × 100 (KPI engagement_rate); null without followers or engagements. */
  er: z.number().nullable(),
  /** engagements / views × 100 (KPI er_views). */
  erViews: z.number().nullable(),
  deliverable: z.object({ id: z.string(), title: z.string(), status: z.string() }).nullable(),
  commentStats: z.object({
    total: z.number(),
    positive: z.number(),
    neutral: z.number(),
    negative: z.number(),
    /** (positive − negative) / (positive + neutral + negative) × 100, spam and unscored left out. */
    sentimentScore: z.number().nullable(),
  }),
});
export type CampaignPost = z.input<typeof ZCampaignPost>;
