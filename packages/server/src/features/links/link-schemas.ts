import { SLUG_PATTERN } from '@lantoa/core/attribution';
import { LINK_STATUSES } from '@lantoa/db/schema';
import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';

const utmValue = z.string().trim().max(120).optional();
export const ZUtm = z.strictObject({
  source: utmValue,
  medium: utmValue,
  campaign: utmValue,
  content: utmValue,
  term: utmValue,
});

export const ZDestinationUrl = z
  .url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL such as https://shop.vn/san-pham' })
  .max(2000);
export const ZSlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(SLUG_PATTERN, 'use 3–64 letters, digits or dashes, starting and ending with a letter or digit');

export const ZLinkParams = z.strictObject({ workspaceId: ZUuid, linkId: ZUuid });

export const ZCreateLinkBody = z.strictObject({
  campaignId: ZUuid,
  creatorId: ZUuid.nullable().optional(),
  slug: ZSlug.optional(),
  destinationUrl: ZDestinationUrl,
  utm: ZUtm.optional(),
});

export const ZUpdateLinkBody = z.strictObject({
  slug: ZSlug.optional(),
  destinationUrl: ZDestinationUrl.optional(),
  utm: ZUtm.optional(),
  status: z.enum(LINK_STATUSES).optional(),
});

export const ZLink = z.object({
  id: z.string(),
  slug: z.string(),
  shortUrl: z.string(),
  destinationUrl: z.string(),
  utm: ZUtm,
  /** Where a visitor lands: the destination with its UTM tags (the click id is added per click). */
  finalUrl: z.string(),
  status: z.enum(LINK_STATUSES),
  campaign: z.object({ id: z.string(), name: z.string() }),
  creator: z.object({ id: z.string(), name: z.string() }).nullable(),
  clicks: z.number().int(),
  scans: z.number().int(),
  botClicks: z.number().int(),
  repeatClicks: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TLink = z.infer<typeof ZLink>;
