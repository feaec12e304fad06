import { TIER_IDS } from '@lantoa/core/tiers';
import { CREATOR_STATUSES, PLATFORMS } from '@lantoa/db/schema';
import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';

const share = z.number().min(0).max(1);
const shortText = z.string().trim().min(1).max(120);

export const ZAudience = z.strictObject({
  ageBands: z.record(z.string().max(20), share).optional(),
  gender: z
    .strictObject({ female: share.optional(), male: share.optional(), other: share.optional() })
    .optional(),
  topLocations: z
    .array(z.strictObject({ name: shortText, share }))
    .max(50)
    .optional(),
  interests: z.array(shortText).max(50).optional(),
});

export const ZAccountInput = z.strictObject({
  platform: z.enum(PLATFORMS),
  handle: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .transform((handle) => handle.replace(/^@/, '')),
  url: z.url().max(500).nullable().optional(),
  followers: z.number().int().min(0).nullable().optional(),
  audience: ZAudience.nullable().optional(),
});

export const ZRateCardItem = z.strictObject({
  deliverable: shortText,
  platform: z.enum(PLATFORMS),
  amount: z.number().int().min(0).max(1e13),
});

const creatorFields = {
  name: z.string().trim().min(1).max(200),
  avatarUrl: z.url().max(500).nullable(),
  bio: z.string().max(5000).nullable(),
  email: z.email().max(200).nullable(),
  phone: z.string().trim().max(40).nullable(),
  location: z.string().trim().max(120).nullable(),
  languages: z.array(z.string().trim().min(2).max(10)).max(10),
  niches: z.array(shortText).max(30),
  tags: z.array(shortText).max(50),
  notes: z.string().max(20000).nullable(),
  ownerUserId: z.string().max(100).nullable(),
  status: z.enum(CREATOR_STATUSES),
  rateCard: z.array(ZRateCardItem).max(50),
  accounts: z.array(ZAccountInput).max(20),
};

export const ZCreateCreator = z.strictObject({
  ...creatorFields,
  avatarUrl: creatorFields.avatarUrl.optional(),
  bio: creatorFields.bio.optional(),
  email: creatorFields.email.optional(),
  phone: creatorFields.phone.optional(),
  location: creatorFields.location.optional(),
  languages: creatorFields.languages.optional(),
  niches: creatorFields.niches.optional(),
  tags: creatorFields.tags.optional(),
  notes: creatorFields.notes.optional(),
  ownerUserId: creatorFields.ownerUserId.optional(),
  status: creatorFields.status.optional(),
  rateCard: creatorFields.rateCard.optional(),
  accounts: creatorFields.accounts.min(1, 'a creator needs at least one platform account'),
});
export type CreateCreatorInput = z.infer<typeof ZCreateCreator>;

export const ZUpdateCreator = z.strictObject(creatorFields).partial();
export type UpdateCreatorInput = z.infer<typeof ZUpdateCreator>;

export const ZCreatorParams = z.strictObject({ workspaceId: ZUuid, creatorId: ZUuid });

export const ZTier = z.enum(TIER_IDS);

export const ZAccountSummary = z.object({
  id: z.string(),
  platform: z.enum(PLATFORMS),
  handle: z.string(),
  url: z.string().nullable(),
  followers: z.number().nullable(),
  tier: ZTier.nullable(),
});

export const ZCreatorListItem = z.object({
  id: z.string(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  niches: z.array(z.string()),
  tags: z.array(z.string()),
  location: z.string().nullable(),
  status: z.enum(CREATOR_STATUSES),
  ownerUserId: z.string().nullable(),
  followers: z.number().nullable(),
  tier: ZTier.nullable(),
  engagementRate: z.number().nullable(),
  feeMin: z.number().nullable(),
  feeMax: z.number().nullable(),
  qualityScore: z.number().nullable(),
  riskLevel: z.string().nullable(),
  accounts: z.array(ZAccountSummary),
});
export type CreatorListItem = z.infer<typeof ZCreatorListItem>;

export const ZCreatorDetail = ZCreatorListItem.extend({
  bio: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  languages: z.array(z.string()),
  notes: z.string().nullable(),
  currency: z.string(),
  rateCard: z.array(ZRateCardItem),
  createdAt: z.string(),
  updatedAt: z.string(),
  accounts: z.array(ZAccountSummary.extend({ audience: ZAudience.nullable() })),
});
