import { DELIVERABLE_STATUSES, DELIVERABLE_TYPES, LATENESS, PLATFORMS } from '@lantoa/db/schema';
import { z } from 'zod';
import { ZIsoDate, ZUuid } from '../../http/common-schemas';

export const ZDeliverableParams = z.strictObject({ workspaceId: ZUuid, deliverableId: ZUuid });

const title = z.string().trim().min(1).max(200);

export const ZCreateDeliverable = z.strictObject({
  creatorId: ZUuid,
  title,
  type: z.enum(DELIVERABLE_TYPES),
  platform: z.enum(PLATFORMS),
  dueAt: ZIsoDate,
  scheduledAt: ZIsoDate.nullable().default(null),
  ownerUserId: z.string().min(1).max(100).nullable().default(null),
  important: z.boolean().default(false),
});

export const ZUpdateDeliverable = z.strictObject({
  title: title.optional(),
  type: z.enum(DELIVERABLE_TYPES).optional(),
  platform: z.enum(PLATFORMS).optional(),
  dueAt: ZIsoDate.optional(),
  scheduledAt: ZIsoDate.nullable().optional(),
  ownerUserId: z.string().min(1).max(100).nullable().optional(),
  important: z.boolean().optional(),
});

export const ZListDeliverablesQuery = z.strictObject({
  campaignId: ZUuid.optional(),
  creatorId: ZUuid.optional(),
  status: z.enum(DELIVERABLE_STATUSES).optional(),
});

const ZEvidence = z.object({
  field: z.enum(['caption', 'script']),
  text: z.string(),
  start: z.number(),
  end: z.number(),
});

export const ZCheckFinding = z.object({
  code: z.enum(['near_duplicate', 'missing_disclosure', 'banned_claim']),
  message: z.string(),
  evidence: ZEvidence.nullable(),
  phrase: z.string().optional(),
  accepted: z.array(z.string()).optional(),
  otherDeliverableId: z.string().optional(),
  similarity: z.number().optional(),
});

export const ZDraftVersion = z.object({
  id: z.string(),
  version: z.number(),
  caption: z.string(),
  script: z.string().nullable(),
  attachments: z.array(z.object({ label: z.string(), url: z.string() })),
  checks: z.array(ZCheckFinding),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

export const ZDeliverableSummary = z.object({
  id: z.string(),
  campaign: z.object({ id: z.string(), name: z.string() }),
  creator: z.object({ id: z.string(), name: z.string() }),
  title: z.string(),
  type: z.enum(DELIVERABLE_TYPES),
  platform: z.enum(PLATFORMS),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  status: z.enum(DELIVERABLE_STATUSES),
  nextStatuses: z.array(z.enum(DELIVERABLE_STATUSES)),
  dueAt: z.string(),
  scheduledAt: z.string().nullable(),
  important: z.boolean(),
  liveUrl: z.string().nullable(),
  postId: z.string().nullable(),
  publishedAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  lateness: z.enum(LATENESS).nullable(),
  /** Open and past its due moment right now. */
  overdue: z.boolean(),
  latestVersion: z.number().nullable(),
  checkCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ZComment = z.object({
  id: z.string(),
  versionId: z.string().nullable(),
  parentId: z.string().nullable(),
  author: z.object({ kind: z.enum(['member', 'reviewer']), name: z.string() }),
  body: z.string(),
  createdAt: z.string(),
});

export const ZStatusChange = z.object({
  from: z.enum(DELIVERABLE_STATUSES),
  to: z.enum(DELIVERABLE_STATUSES),
  by: z.object({ kind: z.enum(['member', 'reviewer']), name: z.string() }),
  note: z.string().nullable(),
  at: z.string(),
});

export const ZDeliverableDetail = ZDeliverableSummary.extend({
  versions: z.array(ZDraftVersion),
  comments: z.array(ZComment),
  history: z.array(ZStatusChange),
});

export const ZDeliverableList = z.object({ items: z.array(ZDeliverableSummary) });

export const ZAddVersion = z.strictObject({
  caption: z.string().trim().min(1).max(5000),
  script: z.string().trim().max(20000).nullable().default(null),
  attachments: z
    .array(z.strictObject({ label: z.string().trim().min(1).max(200), url: z.url().max(1000) }))
    .max(20)
    .default([]),
  /** Put the deliverable in review at once (from draft or changes requested). */
  submitForReview: z.boolean().default(true),
});

export const ZAddComment = z.strictObject({
  body: z.string().trim().min(1).max(5000),
  parentId: ZUuid.nullable().default(null),
  versionId: ZUuid.nullable().default(null),
});

export const ZChangeStatus = z.strictObject({
  status: z.enum(DELIVERABLE_STATUSES),
  note: z.string().trim().max(2000).nullable().default(null),
  /** Required to publish: the live post's URL. */
  liveUrl: z.url().max(2000).nullable().default(null),
  /** When it went live; defaults to now. */
  publishedAt: ZIsoDate.nullable().default(null),
  scheduledAt: ZIsoDate.nullable().default(null),
});
