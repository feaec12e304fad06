import {
  bigint,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { creators } from './creators';
import { spreadsheetImports } from './imports';
import { workspaces } from './workspaces';

/**
 * Where an entered measure came from: a campaign bundle, a spreadsheet import (GA4, orders…), or typed in.
 * Importing a bundle again replaces the rows of source 'bundle' of that campaign.
 */
export const MEASURE_SOURCES = ['bundle', 'import', 'manual'] as const;
export type MeasureSource = (typeof MEASURE_SOURCES)[number];

function ownership() {
  return {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    source: text('source').$type<MeasureSource>().notNull(),
    /** The spreadsheet import that wrote the row, so re-importing a file can replace its rows. */
    importId: uuid('import_id').references(() => spreadsheetImports.id, { onDelete: 'set null' }),
    /** Order within the source (bundle array index), so an export gives the entries back in order. */
    position: integer('position'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  };
}

/**
 * Conversions entered as totals (per creator or for the whole campaign), as opposed to tracked events in
 * `conversions`. A NULL metric was not reported (never read as 0); `at` NULL applies to any date range.
 */
export const conversionEntries = pgTable(
  'conversion_entries',
  {
    ...ownership(),
    creatorId: uuid('creator_id').references(() => creators.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }),
    leads: bigint('leads', { mode: 'number' }),
    orders: bigint('orders', { mode: 'number' }),
    revenue: bigint('revenue', { mode: 'number' }),
    refunds: bigint('refunds', { mode: 'number' }),
    newCustomers: bigint('new_customers', { mode: 'number' }),
    returningCustomers: bigint('returning_customers', { mode: 'number' }),
    customersLost: bigint('customers_lost', { mode: 'number' }),
    customersAtStart: bigint('customers_at_start', { mode: 'number' }),
  },
  (t) => [index('conversion_entries_campaign_idx').on(t.campaignId)],
);

/** Landing-page analytics (GA4 exports, bundles): the bundle's `site_analytics` fields. */
export const siteAnalyticsEntries = pgTable(
  'site_analytics_entries',
  {
    ...ownership(),
    creatorId: uuid('creator_id').references(() => creators.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }),
    sessions: bigint('sessions', { mode: 'number' }).notNull(),
    bounces: bigint('bounces', { mode: 'number' }),
    timeOnPageS: doublePrecision('time_on_page_s'),
    /** What identifies an imported row within its campaign (GA4: day, source, medium, utm campaign, content). */
    importKey: text('import_key'),
  },
  (t) => [
    index('site_analytics_entries_campaign_idx').on(t.campaignId),
    uniqueIndex('site_analytics_entries_import_key_idx').on(t.campaignId, t.importKey),
  ],
);

/** Comment sentiment counted elsewhere and entered as totals; added to the campaign's scored comments. */
export const sentimentEntries = pgTable(
  'sentiment_entries',
  {
    ...ownership(),
    at: timestamp('at', { withTimezone: true }),
    positive: bigint('positive', { mode: 'number' }).notNull(),
    neutral: bigint('neutral', { mode: 'number' }).notNull(),
    negative: bigint('negative', { mode: 'number' }).notNull(),
  },
  (t) => [index('sentiment_entries_campaign_idx').on(t.campaignId)],
);

/** Brand and competitor mentions counted elsewhere (social listening) and entered as totals. */
export const mentionEntries = pgTable(
  'mention_entries',
  {
    ...ownership(),
    at: timestamp('at', { withTimezone: true }),
    brand: bigint('brand', { mode: 'number' }).notNull(),
    /** Competitor name → mentions. */
    competitors: jsonb('competitors').$type<Record<string, number>>().notNull(),
  },
  (t) => [index('mention_entries_campaign_idx').on(t.campaignId)],
);

/** One answer (0–10) to "how likely are you to recommend…". */
export const npsAnswers = pgTable(
  'nps_answers',
  {
    ...ownership(),
    at: timestamp('at', { withTimezone: true }),
    score: smallint('score').notNull(),
  },
  (t) => [index('nps_answers_campaign_idx').on(t.campaignId)],
);

/** An inbound customer message and when it was first answered (NULL: not answered). */
export const responseTimeEntries = pgTable(
  'response_time_entries',
  {
    ...ownership(),
    inboundAt: timestamp('inbound_at', { withTimezone: true }).notNull(),
    firstReplyAt: timestamp('first_reply_at', { withTimezone: true }),
  },
  (t) => [index('response_time_entries_campaign_idx').on(t.campaignId)],
);

export interface SurveyGroupCounts {
  positive: number;
  total: number;
}

export interface EmvRateTable {
  currency: string;
  /** Platform → value per 1,000 impressions, minor units. */
  cpm: Partial<Record<string, number>>;
  like: number;
  comment: number;
  share: number;
  save: number;
}

export interface FollowerGrowthRequestRecord {
  accountId: string;
  from: string;
  to: string;
}

/** Campaign-level measurement settings and survey results; a NULL column was not given. */
export const campaignMeasureSettings = pgTable('campaign_measure_settings', {
  campaignId: uuid('campaign_id')
    .primaryKey()
    .references(() => campaigns.id, { onDelete: 'cascade' }),
  workspaceId: uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  /** Snapshot metrics counted as engagements (likes, comments, shares, saves, …); NULL: the default set. */
  engagementSet: text('engagement_set').array(),
  emvRates: jsonb('emv_rates').$type<EmvRateTable>(),
  customerLifetime: jsonb('customer_lifetime').$type<{
    purchasesPerCustomerPerYear: number;
    expectedYears: number;
  }>(),
  brandLift: jsonb('brand_lift').$type<{ exposed: SurveyGroupCounts; control: SurveyGroupCounts }>(),
  /** Follower counts that split accounts into tiers; NULL: the default thresholds. */
  tierThresholds: jsonb('tier_thresholds').$type<Record<string, unknown>>(),
  followerGrowth: jsonb('follower_growth').$type<FollowerGrowthRequestRecord[]>(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const BUNDLE_KEY_KINDS = ['creator', 'account', 'post', 'cost'] as const;
export type BundleKeyKind = (typeof BUNDLE_KEY_KINDS)[number];

/**
 * The ids a bundle used for its creators, accounts, posts and costs, so the campaign reads back with the same
 * keys and its order (the KPI summary is keyed by them), and a re-import finds the rows it wrote.
 */
export const campaignBundleKeys = pgTable(
  'campaign_bundle_keys',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<BundleKeyKind>().notNull(),
    key: text('key').notNull(),
    entityId: uuid('entity_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.kind, t.key] }),
    index('campaign_bundle_keys_workspace_idx').on(t.workspaceId),
  ],
);
