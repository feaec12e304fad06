import { z } from 'zod';
import { ENGAGEMENT_COMPONENTS, PlatformSchema } from '../kpi';
import { CurrencyCodeSchema } from '../money';
import { TierThresholdsSchema } from '../tiers';
import {
  amountField,
  countField,
  dateField,
  expecting,
  idField,
  instantField,
  nonNegativeField,
  positiveField,
  recorded,
  textField,
} from './fields';

export const CampaignSectionSchema = z.strictObject({
  id: idField.optional(),
  name: textField,
  currency: CurrencyCodeSchema,
  start: dateField,
  end: dateField,
});

const FollowerSnapshotSchema = z.strictObject({ at: instantField, count: countField() });

export const AccountSchema = z.strictObject({
  id: idField,
  creator: idField,
  platform: PlatformSchema,
  handle: textField.optional(),
  followers: z.array(FollowerSnapshotSchema, { error: expecting('a list of follower snapshots') }),
});

const PostSnapshotSchema = z.strictObject({
  at: instantField,
  views: recorded(countField()),
  reach: recorded(countField()),
  impressions: recorded(countField()),
  likes: recorded(countField()),
  comments: recorded(countField()),
  shares: recorded(countField()),
  saves: recorded(countField()),
  clicks: recorded(countField()),
  watch_time_s: recorded(nonNegativeField()),
});

export const PostSchema = z.strictObject({
  id: idField,
  account: idField,
  published_at: instantField,
  url: textField.optional(),
  snapshots: z
    .array(PostSnapshotSchema, { error: expecting('a list of metric snapshots') })
    .describe(
      'Cumulative metrics over time; the latest at or before the end of the range is the post’s value',
    ),
});

export const CostSchema = z.strictObject({
  creator: idField.optional(),
  category: z.enum(['creator_fee', 'media', 'production', 'customer_care', 'other']),
  amount: amountField(),
  at: instantField.optional(),
  note: textField.optional(),
});

export const ConversionSchema = z.strictObject({
  creator: idField.optional(),
  at: instantField.optional(),
  leads: recorded(countField()),
  orders: recorded(countField()),
  revenue: recorded(amountField()),
  refunds: recorded(amountField()),
  new_customers: recorded(countField()),
  returning_customers: recorded(countField()),
  customers_lost: recorded(countField()),
  customers_at_start: recorded(countField()),
});

export const SiteAnalyticsSchema = z.strictObject({
  creator: idField.optional(),
  at: instantField.optional(),
  sessions: countField(),
  bounces: recorded(countField()),
  time_on_page_s: recorded(nonNegativeField()),
});

export const SentimentSchema = z.strictObject({
  positive: countField(),
  neutral: countField(),
  negative: countField(),
});

export const MentionsSchema = z.strictObject({
  brand: countField(),
  competitors: z.record(z.string().min(1), countField()),
});

export const FollowerGrowthRequestSchema = z
  .strictObject({
    account: idField,
    from: instantField,
    to: instantField,
  })
  .describe(
    'Follower growth of one account from the snapshot nearest `from` to the latest at or before `to`',
  );

export const NpsAnswerSchema = z
  .number({ error: expecting('an integer answer from 0 to 10') })
  .int({ error: 'expected an integer answer from 0 to 10' })
  .min(0, { error: 'expected an integer answer from 0 to 10' })
  .max(10, { error: 'expected an integer answer from 0 to 10' });

const SurveyGroupSchema = z.strictObject({ positive: countField(), total: countField() });
export const BrandLiftSchema = z.strictObject({ exposed: SurveyGroupSchema, control: SurveyGroupSchema });

export const ResponseTimeSchema = z.strictObject({
  inbound_at: instantField,
  first_reply_at: recorded(instantField),
});

export const CustomerLifetimeSchema = z.strictObject({
  purchases_per_customer_per_year: positiveField(),
  expected_years: positiveField(),
});

export const EmvRatesSchema = z
  .strictObject({
    currency: CurrencyCodeSchema,
    cpm: z.partialRecord(PlatformSchema, nonNegativeField()),
    like: nonNegativeField(),
    comment: nonNegativeField(),
    share: nonNegativeField(),
    save: nonNegativeField(),
  })
  .describe(
    'The workspace’s EMV value table: CPM per platform and a value per like, comment, share, save, in minor units',
  );

export const EngagementSetSchema = z
  .array(z.enum(ENGAGEMENT_COMPONENTS))
  .min(1, { error: 'expected at least one component' })
  .describe('Interactions counted as engagements; default likes, comments, shares, saves');

export { TierThresholdsSchema };
