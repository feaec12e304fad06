import { DELIVERABLE_STATUSES, DELIVERABLE_TYPES, PLATFORMS } from '@lantoa/db/schema';
import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';
import { ZCheckFinding, ZComment } from '../deliverables/deliverable-schemas';

export const ZReviewLinkParams = z.strictObject({ workspaceId: ZUuid, reviewLinkId: ZUuid });
export const ZReviewTokenParams = z.strictObject({ token: z.string().min(20).max(100) });

export const ZCreateReviewLink = z.strictObject({
  /** One deliverable; omit or null for every deliverable of the campaign. */
  deliverableId: ZUuid.nullable().default(null),
  expiresInDays: z.number().int().min(1).max(90).default(14),
});

export const ZReviewLink = z.object({
  id: z.string(),
  campaignId: z.string(),
  deliverableId: z.string().nullable(),
  deliverableTitle: z.string().nullable(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  active: z.boolean(),
});
/** The token is in `url`, shown only when the link is created. */
export const ZCreatedReviewLink = ZReviewLink.extend({ url: z.string() });
export const ZReviewLinkList = z.object({ items: z.array(ZReviewLink) });

const reviewerName = z.string().trim().min(1).max(100);

export const ZReviewDecision = z.strictObject({
  deliverableId: ZUuid,
  decision: z.enum(['approve', 'request_changes']),
  reviewerName,
  comment: z.string().trim().max(5000).nullable().default(null),
});

export const ZReviewComment = z.strictObject({
  deliverableId: ZUuid,
  reviewerName,
  body: z.string().trim().min(1).max(5000),
  parentId: ZUuid.nullable().default(null),
});

export const ZPublicReview = z.object({
  campaign: z.object({ name: z.string(), brand: z.string().nullable() }),
  expiresAt: z.string(),
  deliverables: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      type: z.enum(DELIVERABLE_TYPES),
      platform: z.enum(PLATFORMS),
      creatorName: z.string(),
      status: z.enum(DELIVERABLE_STATUSES),
      dueAt: z.string(),
      canDecide: z.boolean(),
      draft: z
        .object({
          version: z.number(),
          caption: z.string(),
          script: z.string().nullable(),
          attachments: z.array(z.object({ label: z.string(), url: z.string() })),
          checks: z.array(ZCheckFinding),
          createdAt: z.string(),
        })
        .nullable(),
      comments: z.array(ZComment),
    }),
  ),
});
