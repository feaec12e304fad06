import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';

export type Sentiment = 'positive' | 'neutral' | 'negative';

export interface CommentTag {
  tag: 'purchase_intent' | 'objection' | 'spam';
  kind: string;
  evidence: string;
  start: number;
  end: number;
}

export interface CommentItem {
  id: string;
  postId: string;
  postUrl: string | null;
  campaignId: string | null;
  creatorId: string;
  creatorName: string;
  author: string | null;
  text: string;
  at: string | null;
  likes: number | null;
  lang: string | null;
  sentiment: Sentiment | null;
  sentimentScore: number | null;
  tags: CommentTag[] | null;
  spam: boolean | null;
  /** The sentiment model that scored it; null when unscored or scored before models were recorded. */
  modelId: string | null;
  /** False when a model other than the configured one scored it; null while unscored. */
  scoredByCurrentModel: boolean | null;
}

export interface CommentFilters {
  campaignId?: string;
  creatorId?: string;
  postId?: string;
  sentiment?: Sentiment;
  intent?: 'purchase_intent' | 'objection';
  /** 'all' shows spam and the rest; the API is then asked without the filter. */
  spam?: 'true' | 'false' | 'all';
}

export interface SentimentSummary {
  positive: number;
  neutral: number;
  negative: number;
  total: number;
  excludedSpam: number;
  /** In neither Vietnamese nor English: counted apart, not in the score. */
  otherLanguage: number;
  sentimentScore: { value: number | null; reason: string | null };
}

export interface Driver {
  term: string;
  zScore: number;
  positiveComments: number;
  negativeComments: number;
}

export interface CampaignSentiment {
  summary: SentimentSummary;
  byCreator: { creatorId: string; summary: SentimentSummary; purchaseIntent: number; objections: number }[];
  byPost: { postId: string; creatorId: string; summary: SentimentSummary }[];
  daily: { day: string; positive: number; neutral: number; negative: number; spam: number }[];
  drivers: { positive: Driver[]; negative: Driver[] };
  intents: {
    tag: 'purchase_intent' | 'objection';
    kind: string;
    count: number;
    examples: { commentId: string; text: string; evidence: string; start: number; end: number }[];
  }[];
  scoredAt: string | null;
  unscored: number;
  /** The configured sentiment model, and how many comments another model scored. */
  modelId: string;
  otherModel: number;
  creators: { id: string; name: string }[];
  posts: { id: string; url: string | null }[];
}

export const commentsKey = (workspaceId: string) => [...workspaceKey(workspaceId), 'comments'] as const;

export const listComments = (workspaceId: string, filters: CommentFilters, cursor?: string, limit = 50) =>
  api.get<{ items: CommentItem[]; nextCursor: string | null }>(`${workspacePath(workspaceId)}/comments`, {
    ...filters,
    spam: filters.spam === 'all' ? undefined : filters.spam,
    cursor,
    limit,
  });

export const getCampaignSentiment = (workspaceId: string, campaignId: string) =>
  api.get<CampaignSentiment>(
    `${workspacePath(workspaceId)}/campaigns/${encodeURIComponent(campaignId)}/sentiment`,
  );

/** The same view for one creator across every post, or for one post. */
export const getCreatorSentiment = (workspaceId: string, creatorId: string) =>
  api.get<CampaignSentiment>(
    `${workspacePath(workspaceId)}/creators/${encodeURIComponent(creatorId)}/sentiment`,
  );

export const getPostSentiment = (workspaceId: string, postId: string) =>
  api.get<CampaignSentiment>(`${workspacePath(workspaceId)}/posts/${encodeURIComponent(postId)}/sentiment`);

export interface ShareOfVoiceData {
  brand: string | null;
  targets: { id: string; name: string; aliases: string[]; role: 'brand' | 'competitor' }[];
  total: {
    brand: number;
    competitors: Record<string, number>;
    shareOfVoice: number | null;
    reason: string | null;
  };
  series: {
    period: string;
    brand: number;
    competitors: Record<string, number>;
    shareOfVoice: number | null;
  }[];
}

export const getShareOfVoice = (workspaceId: string, campaignId: string, interval: 'day' | 'week') =>
  api.get<ShareOfVoiceData>(
    `${workspacePath(workspaceId)}/campaigns/${encodeURIComponent(campaignId)}/share-of-voice`,
    { interval },
  );

export interface RescoreResult {
  modelId: string;
  pending: number;
  /** Null when every comment is already scored by the configured model. */
  jobId: string | null;
}

export const rescoreComments = (workspaceId: string) =>
  api.post<RescoreResult>(`${workspacePath(workspaceId)}/comments/rescore`);

/** The workspace's creators by name, for the creator filter when no campaign narrows it. */
export const listCreatorChoices = (workspaceId: string) =>
  api.get<{ items: { id: string; name: string }[] }>(`${workspacePath(workspaceId)}/creators`, {
    sort: 'name',
    order: 'asc',
    limit: 200,
  });
