import { z } from 'zod';
import { expecting } from './fields';
import { PlanSectionSchema } from './plan-section';
import { checkReferences } from './references';
import {
  AccountSchema,
  BrandLiftSchema,
  CampaignSectionSchema,
  ConversionSchema,
  CostSchema,
  CustomerLifetimeSchema,
  EmvRatesSchema,
  EngagementSetSchema,
  FollowerGrowthRequestSchema,
  MentionsSchema,
  NpsAnswerSchema,
  PostSchema,
  ResponseTimeSchema,
  SentimentSchema,
  SiteAnalyticsSchema,
  TierThresholdsSchema,
} from './sections';

function listOf<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, { error: expecting(`a list of ${what}`) });
}

/** The known sections. Unknown top-level keys are rejected unless they start with "x-" (extensions, ignored). */
export const BUNDLE_SECTIONS = {
  $schema: z.string().optional(),
  campaign: CampaignSectionSchema,
  accounts: listOf(AccountSchema, 'accounts'),
  posts: listOf(PostSchema, 'posts'),
  costs: listOf(CostSchema, 'costs').optional(),
  conversions: listOf(ConversionSchema, 'conversion records').optional(),
  site_analytics: listOf(SiteAnalyticsSchema, 'site analytics records').optional(),
  sentiment: SentimentSchema.optional(),
  mentions: MentionsSchema.optional(),
  follower_growth: z
    .union([FollowerGrowthRequestSchema, listOf(FollowerGrowthRequestSchema, 'requests')])
    .optional(),
  nps_answers: listOf(NpsAnswerSchema, 'NPS answers').optional(),
  brand_lift: BrandLiftSchema.optional(),
  response_times: listOf(ResponseTimeSchema, 'response times').optional(),
  customer_lifetime: CustomerLifetimeSchema.optional(),
  emv_rates: EmvRatesSchema.optional(),
  engagement_set: EngagementSetSchema.optional(),
  tier_thresholds: TierThresholdsSchema.optional(),
  plan: PlanSectionSchema.optional(),
};

export const EXTENSION_KEY_PATTERN = /^x-/;

const KnownSectionsSchema = z.strictObject(BUNDLE_SECTIONS);
export type BundleSections = z.infer<typeof KnownSectionsSchema>;

const KNOWN_KEYS: ReadonlySet<string> = new Set(Object.keys(BUNDLE_SECTIONS));

/** A campaign bundle: one campaign's accounts, posts, costs, conversions and campaign-level signals (docs/campaign-bundle.md). */
export const CampaignBundleSchema = z
  .looseObject(BUNDLE_SECTIONS)
  .meta({
    title: 'Lantoa campaign bundle',
    description:
      'One campaign with its creators’ accounts, posts and metric snapshots, costs, conversions and ' +
      'campaign-level signals. Keys starting with "x-" are extensions and are ignored.',
  })
  .check((ctx) => {
    for (const key of Object.keys(ctx.value)) {
      if (!KNOWN_KEYS.has(key) && !EXTENSION_KEY_PATTERN.test(key)) {
        ctx.issues.push({ code: 'unrecognized_keys', keys: [key], input: ctx.value, path: [] });
      }
    }
    checkReferences(ctx.value, (path, message) =>
      ctx.issues.push({ code: 'custom', input: ctx.value, path, message }),
    );
  });

export type CampaignBundle = z.infer<typeof CampaignBundleSchema>;
