import { z } from 'zod';
import { defineRoute } from '../../http/define-route';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { ZPostParams } from '../comments/comment-schemas';
import { ZCreatorParams } from '../creators/creator-schemas';
import { loadSentiment } from './load-campaign-sentiment';
import { loadedSentimentModel } from './sentiment-model';

const ZSentimentSummary = z.object({
  positive: z.number(),
  neutral: z.number(),
  negative: z.number(),
  total: z.number(),
  excludedSpam: z.number(),
  /** Comments in neither Vietnamese nor English: not counted in the score (the model card explains why). */
  otherLanguage: z.number(),
  sentimentScore: z.object({ value: z.number().nullable(), reason: z.string().nullable() }),
});

const ZDriver = z.object({
  term: z.string(),
  zScore: z.number(),
  positiveComments: z.number(),
  negativeComments: z.number(),
});

const ZSentimentView = z.object({
  summary: ZSentimentSummary,
  byCreator: z.array(
    z.object({
      creatorId: z.string(),
      summary: ZSentimentSummary,
      purchaseIntent: z.number(),
      objections: z.number(),
    }),
  ),
  byPost: z.array(z.object({ postId: z.string(), creatorId: z.string(), summary: ZSentimentSummary })),
  daily: z.array(
    z.object({
      day: z.string(),
      positive: z.number(),
      neutral: z.number(),
      negative: z.number(),
      spam: z.number(),
      otherLanguage: z.number(),
    }),
  ),
  drivers: z.object({ positive: z.array(ZDriver), negative: z.array(ZDriver) }),
  intents: z.array(
    z.object({
      tag: z.enum(['purchase_intent', 'objection']),
      kind: z.string(),
      count: z.number(),
      examples: z.array(
        z.object({
          commentId: z.string(),
          text: z.string(),
          evidence: z.string(),
          start: z.number(),
          end: z.number(),
        }),
      ),
    }),
  ),
  scoredAt: z.string().nullable(),
  unscored: z.number(),
  /** The configured sentiment model, and how many comments another model scored (re-score to update them). */
  modelId: z.string(),
  otherModel: z.number(),
  creators: z.array(z.object({ id: z.string(), name: z.string() })),
  posts: z.array(z.object({ id: z.string(), url: z.string().nullable() })),
});

export const campaignSentimentRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/sentiment',
  permission: 'comment.read',
  summary:
    'Comment sentiment of a campaign: sentiment_score (spam excluded; null with a reason when there are no comments) overall, per creator and per post, a daily series, the words driving positive and negative comments, purchase-intent and objection counts with examples',
  tags: ['comments'],
  schema: {
    params: ZCampaignParams,
    response: ZSentimentView,
  },
  handler: async ({ ctx, params }) =>
    loadSentiment(
      ctx.services.db,
      ctx.workspace.id,
      { campaignId: params.campaignId },
      (await loadedSentimentModel()).id,
    ),
});

export const creatorSentimentRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creators/:creatorId/sentiment',
  permission: 'comment.read',
  summary:
    'Comment sentiment of a creator across every post: sentiment_score, per post, daily series, drivers, purchase-intent and objection counts with examples',
  tags: ['comments'],
  schema: { params: ZCreatorParams, response: ZSentimentView },
  handler: async ({ ctx, params }) =>
    loadSentiment(
      ctx.services.db,
      ctx.workspace.id,
      { creatorId: params.creatorId },
      (await loadedSentimentModel()).id,
    ),
});

export const postSentimentRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/posts/:postId/sentiment',
  permission: 'comment.read',
  summary:
    'Comment sentiment of one post: sentiment_score, daily series, drivers, purchase-intent and objection counts with examples',
  tags: ['comments'],
  schema: { params: ZPostParams, response: ZSentimentView },
  handler: async ({ ctx, params }) =>
    loadSentiment(
      ctx.services.db,
      ctx.workspace.id,
      { postId: params.postId },
      (await loadedSentimentModel()).id,
    ),
});
