import { z } from 'zod';

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

const ZBriefVersion = z.object({
  version: z.number(),
  content: ZBriefContent,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});

export const ZBrief = z.object({
  campaignId: z.string(),
  current: ZBriefVersion.nullable(),
  versions: z.array(z.object({ version: z.number(), createdAt: z.string() })),
});

export const ZShareLinkBody = z.strictObject({ expiresInDays: z.number().int().min(1).max(90).default(14) });
export const ZShareLink = z.object({ id: z.string(), url: z.string(), expiresAt: z.string() });

export const ZBriefTokenParams = z.strictObject({ token: z.string().min(20).max(100) });
export const ZPublicBrief = z.object({
  campaign: z.object({
    name: z.string(),
    brand: z.string().nullable(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
  }),
  version: z.number(),
  content: ZBriefContent,
  expiresAt: z.string(),
});
