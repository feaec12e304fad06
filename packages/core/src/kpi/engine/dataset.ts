import type { CurrencyCode } from '../../money';
import type { EngagementComponent, PostMetric } from '../inputs';
import type { Platform } from '../platforms';

/** Times are epoch milliseconds. Money is integer minor units of `KpiDataset.currency`. */
export type EpochMs = number;

/** A recorded value, or null/undefined when the platform did not report it (never read as 0). */
export type Recorded = number | null | undefined;

export interface FollowerSnapshot {
  at: EpochMs;
  count: number;
}

export interface AccountRecord {
  id: string;
  creator: string;
  platform: Platform;
  followers: readonly FollowerSnapshot[];
}

export type PostSnapshot = { at: EpochMs } & { readonly [metric in PostMetric]?: Recorded };

export interface PostRecord {
  id: string;
  account: string;
  publishedAt: EpochMs;
  snapshots: readonly PostSnapshot[];
}

export const COST_CATEGORIES = ['creator_fee', 'media', 'production', 'customer_care', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** Entries without `creator` belong to the campaign only; entries without `at` apply to any date range. */
export interface CostEntry {
  creator?: string;
  category: CostCategory;
  amount: number;
  at?: EpochMs;
}

export interface ConversionEntry {
  creator?: string;
  at?: EpochMs;
  leads?: Recorded;
  orders?: Recorded;
  /** Attributed revenue of approved orders, before refunds. */
  revenue?: Recorded;
  refunds?: Recorded;
  new_customers?: Recorded;
  returning_customers?: Recorded;
  customers_lost?: Recorded;
  customers_at_start?: Recorded;
}

export interface SiteAnalyticsEntry {
  creator?: string;
  at?: EpochMs;
  sessions?: Recorded;
  bounces?: Recorded;
  time_on_page_s?: Recorded;
}

export interface SentimentCounts {
  positive: number;
  neutral: number;
  negative: number;
}

export interface MentionCounts {
  brand: number;
  competitors: Readonly<Record<string, number>>;
}

export interface SurveyGroup {
  positive: number;
  total: number;
}

export interface BrandLiftSurvey {
  exposed: SurveyGroup;
  control: SurveyGroup;
}

export interface ResponseTimeEntry {
  inboundAt: EpochMs;
  /** Absent while unanswered; unanswered messages are counted but have no response time. */
  firstReplyAt?: EpochMs | null;
}

export interface CustomerLifetime {
  purchasesPerCustomerPerYear: number;
  expectedYears: number;
}

/** A workspace's EMV value table, in minor units of the dataset currency. */
export interface EmvRates {
  cpmByPlatform: Readonly<Partial<Record<Platform, number>>>;
  like: number;
  comment: number;
  share: number;
  save: number;
}

/** Everything the KPI engine reads for one campaign. Sections after `conversions` apply to the campaign only. */
export interface KpiDataset {
  currency: CurrencyCode;
  accounts: readonly AccountRecord[];
  posts: readonly PostRecord[];
  costs: readonly CostEntry[];
  conversions: readonly ConversionEntry[];
  siteAnalytics?: readonly SiteAnalyticsEntry[];
  sentiment?: SentimentCounts;
  mentions?: MentionCounts;
  npsAnswers?: readonly number[];
  brandLift?: BrandLiftSurvey;
  responseTimes?: readonly ResponseTimeEntry[];
  customerLifetime?: CustomerLifetime;
  emvRates?: EmvRates;
}

/** Inclusive bounds; either side may be open. */
export interface KpiRange {
  from?: EpochMs;
  to?: EpochMs;
}

export interface KpiOptions {
  range?: KpiRange;
  /** Snapshot metrics counted as engagements; default likes + comments + shares + saves. */
  engagementSet?: readonly EngagementComponent[];
}
