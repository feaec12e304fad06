import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';

const line = z.string().trim().min(1).max(500);

export const ZBriefContent = z.strictObject({
  keyMessage: z.string().trim().min(1).max(2000),
  usp: z.string().trim().max(2000).default(''),
  dos: z.array(line).max(30).default([]),
  donts: z.array(line).max(30).default([]),
  disclosures: z.array(line).max(10).default([]),
  storytelling: z.string().trim().max(5000).default(''),
  references: z
    .array(z.strictObject({ label: line, url: z.url().max(1000).nullable().default(null) }))
    .max(30)
    .default([]),
});

export const ZBriefVersion = z.object({
  version: z.number(),
  content: ZBriefContent,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});

export const ZBriefAttachment = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  createdAt: z.string(),
});

export const ZBrief = z.object({
  campaignId: z.string(),
  current: ZBriefVersion.nullable(),
  versions: z.array(z.object({ version: z.number(), createdAt: z.string() })),
  attachments: z.array(ZBriefAttachment),
});

export const ZBriefVersionParams = z.strictObject({
  workspaceId: ZUuid,
  campaignId: ZUuid,
  version: z.coerce.number().int().min(1).max(1_000_000),
});

export const ZBriefAttachmentParams = z.strictObject({
  workspaceId: ZUuid,
  campaignId: ZUuid,
  briefAttachmentId: ZUuid,
});

/** The lifetimes the app offers are 7, 14 and 30 days; the API accepts any whole number of days up to 90. */
export const ZShareLinkBody = z.strictObject({ expiresInDays: z.number().int().min(1).max(90).default(14) });
export const ZShareLink = z.object({ id: z.string(), url: z.string(), expiresAt: z.string() });

export const ZBriefTokenParams = z.strictObject({ token: z.string().min(20).max(100) });
export const ZBriefTokenAttachmentParams = z.strictObject({
  token: z.string().min(20).max(100),
  attachmentId: ZUuid,
});
export const ZPublicBrief = z.object({
  campaign: z.object({
    name: z.string(),
    brand: z.string().nullable(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
  }),
  version: z.number(),
  content: ZBriefContent,
  attachments: z.array(ZBriefAttachment),
  expiresAt: z.string(),
});
