import { z } from 'zod';
import { ZCursorQuery, ZIsoDate, ZUuid } from '../../http/common-schemas';

export const ZPostParams = z.strictObject({ workspaceId: ZUuid, postId: ZUuid });

export const ZIncomingComment = z.strictObject({
  externalId: z.string().trim().min(1).max(200).optional(),
  author: z.string().trim().min(1).max(200).optional(),
  text: z.string().trim().min(1, 'a comment needs text').max(10_000),
  at: ZIsoDate.optional(),
  likes: z.number().int().min(0).optional(),
  replyTo: z.string().trim().min(1).max(200).optional(),
});
export type IncomingComment = z.infer<typeof ZIncomingComment>;

export const ZPushCommentsBody = z.strictObject({
  comments: z.array(ZIncomingComment).min(1).max(5000),
});

export const COMMENT_TAG_FILTERS = ['purchase_intent', 'objection'] as const;

export const ZListCommentsQuery = z.strictObject({
  campaignId: ZUuid.optional(),
  creatorId: ZUuid.optional(),
  postId: ZUuid.optional(),
  sentiment: z.enum(['positive', 'neutral', 'negative']).optional(),
  intent: z.enum(COMMENT_TAG_FILTERS).optional(),
  spam: z.enum(['true', 'false']).optional(),
  ...ZCursorQuery,
});
export type ListCommentsQuery = z.infer<typeof ZListCommentsQuery>;

export const ZCommentTag = z.object({
  tag: z.enum(['purchase_intent', 'objection', 'spam']),
  kind: z.string(),
  evidence: z.string(),
  start: z.number(),
  end: z.number(),
});

export const ZCommentView = z.object({
  id: z.string(),
  postId: z.string(),
  postUrl: z.string().nullable(),
  campaignId: z.string().nullable(),
  creatorId: z.string(),
  creatorName: z.string(),
  externalId: z.string().nullable(),
  author: z.string().nullable(),
  text: z.string(),
  at: z.string().nullable(),
  likes: z.number().nullable(),
  replyTo: z.string().nullable(),
  lang: z.string().nullable(),
  sentiment: z.enum(['positive', 'neutral', 'negative']).nullable(),
  sentimentScore: z.number().nullable(),
  tags: z.array(ZCommentTag).nullable(),
  spam: z.boolean().nullable(),
  scoredAt: z.string().nullable(),
  /** The sentiment model that scored it (null when scored before models were recorded). */
  modelId: z.string().nullable(),
  /** False when another model than the configured one scored it (re-score to update); null while unscored. */
  scoredByCurrentModel: z.boolean().nullable(),
});
export type CommentView = z.infer<typeof ZCommentView>;
