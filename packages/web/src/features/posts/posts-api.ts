import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';

export const POST_SORTS = [
  'publishedAt',
  'creator',
  'views',
  'likes',
  'comments',
  'shares',
  'saves',
  'engagements',
  'er',
  'erViews',
  'freshness',
] as const;
export type PostSort = (typeof POST_SORTS)[number];
export const METRIC_NAMES = ['views', 'likes', 'comments', 'shares', 'saves'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];
export const SNAPSHOT_METRICS = [
  'views',
  'reach',
  'impressions',
  'likes',
  'comments',
  'shares',
  'saves',
  'clicks',
] as const;
export type SnapshotMetric = (typeof SNAPSHOT_METRICS)[number];

export type LatestMetrics = { at: string } & Record<SnapshotMetric, number | null>;

export interface CampaignPost {
  id: string;
  campaignId: string | null;
  creatorId: string;
  creatorName: string | null;
  accountId: string;
  handle: string | null;
  platform: string;
  externalId: string | null;
  url: string | null;
  format: string | null;
  caption: string | null;
  publishedAt: string;
  latest: LatestMetrics | null;
  followers: number | null;
  engagements: number | null;
  missingEngagementParts: ('likes' | 'comments' | 'shares' | 'saves')[];
  er: number | null;
  erViews: number | null;
  deliverable: { id: string; title: string; status: string } | null;
  commentStats: {
    total: number;
    positive: number;
    neutral: number;
    negative: number;
    sentimentScore: number | null;
  };
}

export interface PostListFilters {
  sort: PostSort;
  dir: 'asc' | 'desc';
  creatorId: string;
  platform: string;
  q: string;
}

export const DEFAULT_POST_FILTERS: PostListFilters = {
  sort: 'publishedAt',
  dir: 'desc',
  creatorId: '',
  platform: '',
  q: '',
};

export type StoredSnapshot = { at: string; watchTimeS: number | null } & Record<
  SnapshotMetric,
  number | null
>;

export interface PostDetail {
  post: CampaignPost;
  snapshots: StoredSnapshot[];
  snapshotsTruncated: boolean;
}

export const PAGE_SIZE = 100;

export const postsKey = (workspaceId: string) => [...workspaceKey(workspaceId), 'posts'] as const;
export const campaignPostsKey = (workspaceId: string, campaignId: string, filters: PostListFilters) =>
  [...postsKey(workspaceId), 'campaign', campaignId, filters] as const;
export const postKey = (workspaceId: string, postId: string) =>
  [...postsKey(workspaceId), 'detail', postId] as const;

export const listPosts = (
  workspaceId: string,
  campaignId: string,
  filters: PostListFilters,
  cursor: string | null,
) =>
  api.get<{ items: CampaignPost[]; nextCursor: string | null; total: number | null }>(
    `${workspacePath(workspaceId)}/campaigns/${campaignId}/posts`,
    {
      sort: filters.sort,
      dir: filters.dir,
      creatorId: filters.creatorId || undefined,
      platform: filters.platform || undefined,
      q: filters.q.trim() || undefined,
      cursor,
      limit: PAGE_SIZE,
    },
  );

export const getPost = (workspaceId: string, postId: string) =>
  api.get<PostDetail>(`${workspacePath(workspaceId)}/posts/${postId}`);

export interface NewPost {
  url: string;
  campaignId: string;
  creatorId?: string;
  accountId?: string;
  publishedAt?: string;
  caption?: string;
}

export const addPost = (workspaceId: string, body: NewPost) =>
  api.post<{ created: boolean; post: { id: string; campaignId: string | null } }>(
    `${workspacePath(workspaceId)}/posts`,
    body,
  );

export type SnapshotInput = { at: string } & Partial<Record<SnapshotMetric, number | null>>;

export const pushSnapshot = (workspaceId: string, postId: string, snapshot: SnapshotInput) =>
  api.post<{ created: number; updated: number; unchanged: number }>(
    `${workspacePath(workspaceId)}/posts/${postId}/snapshots`,
    { snapshots: [snapshot] },
  );

/** The public API path of a post's snapshots, for the developer example. */
export const snapshotsApiPath = (workspaceId: string, postId: string) =>
  `/api/v1${workspacePath(workspaceId)}/posts/${postId}/snapshots`;
