import { type LatestSnapshotColumns, latestMetrics } from './latest-snapshot-row';
import type { CampaignPost } from './post-schemas';

export interface PostPageRow extends LatestSnapshotColumns, Record<string, unknown> {
  id: string;
  campaign_id: string | null;
  creator_id: string;
  creator_name: string | null;
  account_id: string;
  handle: string | null;
  platform: string;
  external_id: string | null;
  url: string | null;
  format: string | null;
  caption: string | null;
  published_at: Date;
  engagements: number | null;
  er_views: number | null;
  followers: number | null;
  sort_text: string | null;
  deliverable_id: string | null;
  deliverable_title: string | null;
  deliverable_status: string | null;
  comment_count: number;
  positive: number;
  neutral: number;
  negative: number;
}

const ENGAGEMENT_PARTS = ['likes', 'comments', 'shares', 'saves'] as const;

/** A page row as the API shows it: ER by followers from the follower count nearest the publish time. */
export function toCampaignPost(row: PostPageRow): CampaignPost {
  const scored = row.positive + row.neutral + row.negative;
  const followers = row.followers !== null && row.followers > 0 ? row.followers : null;
  return {
    id: row.id,
    campaignId: row.campaign_id,
    creatorId: row.creator_id,
    creatorName: row.creator_name,
    accountId: row.account_id,
    handle: row.handle,
    platform: row.platform,
    externalId: row.external_id,
    url: row.url,
    format: row.format,
    caption: row.caption,
    publishedAt: new Date(row.published_at).toISOString(),
    latest: latestMetrics(row),
    followers: row.followers,
    engagements: row.engagements,
    missingEngagementParts: row.at ? ENGAGEMENT_PARTS.filter((part) => row[part] === null) : [],
    er: followers !== null && row.engagements !== null ? (row.engagements * 100) / followers : null,
    erViews: row.er_views,
    deliverable:
      row.deliverable_id && row.deliverable_title && row.deliverable_status
        ? { id: row.deliverable_id, title: row.deliverable_title, status: row.deliverable_status }
        : null,
    commentStats: {
      total: row.comment_count,
      positive: row.positive,
      neutral: row.neutral,
      negative: row.negative,
      sentimentScore: scored > 0 ? ((row.positive - row.negative) * 100) / scored : null,
    },
  };
}
