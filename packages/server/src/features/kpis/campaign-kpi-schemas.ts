import { parseRangeBound } from '@lantoa/core/bundle';
import { ENGAGEMENT_COMPONENTS, KPI_UNITS } from '@lantoa/core/kpi';
import { TIER_IDS } from '@lantoa/core/tiers';
import { z } from 'zod';

function rangeBound(side: 'from' | 'to') {
  return z
    .string()
    .refine((text) => parseRangeBound(text, side) !== undefined, {
      message: 'expected a date (YYYY-MM-DD, a whole day in Vietnam time) or an ISO date-time with offset',
    })
    .optional();
}

export const ZCampaignKpiQuery = z.strictObject({
  from: rangeBound('from'),
  to: rangeBound('to'),
  creator: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('A creator id, or the key a bundle gave the creator'),
  creators: z
    .enum(['all', 'none'])
    .default('all')
    .describe('`none`: the campaign alone, without computing every creator (faster for large campaigns)'),
  view: z
    .enum(['full', 'values'])
    .default('full')
    .describe('`values`: the values alone, exactly the shape of kpi-example.expected.json'),
});

const ZNullableNumbers = z.record(z.string(), z.number().nullable());

export const ZKpiResult = z.object({
  id: z.string(),
  value: z.number().nullable(),
  unit: z.enum(KPI_UNITS),
  currency: z.string().optional(),
  reason: z.string().optional(),
  inputs: ZNullableNumbers,
  postsIncluded: z.number().int(),
  postsExcluded: z.array(z.object({ postId: z.string(), reason: z.string() })).readonly(),
  accountsExcluded: z
    .array(z.object({ accountId: z.string(), reason: z.string() }))
    .readonly()
    .optional(),
  freshness: z.string().nullable(),
  engagementSet: z
    .object({
      components: z.array(z.enum(ENGAGEMENT_COMPONENTS)).readonly(),
      postsMissing: z.partialRecord(z.enum(ENGAGEMENT_COMPONENTS), z.number()),
    })
    .optional(),
  estimate: z.boolean().optional(),
  details: ZNullableNumbers.optional(),
});

const ZTiers = z.record(z.string(), z.enum(TIER_IDS).nullable());

export const ZKpiValues = z.object({
  campaign: ZNullableNumbers,
  creators: z.record(z.string(), ZNullableNumbers),
  tiers: ZTiers,
  follower_growth_rate: ZNullableNumbers,
});

export const ZCampaignKpis = z.object({
  campaignId: z.uuid(),
  range: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  campaign: z.record(z.string(), ZKpiResult),
  creators: z.record(z.string(), z.record(z.string(), ZKpiResult)),
  tiers: ZTiers,
  follower_growth_rate: ZNullableNumbers,
  /** Creator key → registry creator. */
  creatorNames: z.record(z.string(), z.object({ id: z.uuid(), name: z.string() })),
  /** KPI id → its formula in Vietnamese and English. */
  formulas: z.record(z.string(), z.object({ vi: z.string(), en: z.string() })),
});
