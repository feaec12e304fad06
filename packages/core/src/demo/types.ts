/**
 * The demo workspace as plain data. Rows refer to each other by string keys (`c01`, `acc-c01-tiktok`,
 * `p-acc-c01-tiktok-03`, `camp-live`…) that an inserter maps to database ids. Calendar dates are
 * `YYYY-MM-DD` strings in Vietnam time; instants are `Date`s. Money is integer VND.
 */

export type DemoPlatform = 'tiktok' | 'facebook' | 'instagram' | 'youtube' | 'zalo';
export const MAIN_PLATFORMS = ['tiktok', 'facebook', 'instagram', 'youtube'] as const;

export type DemoTier = 'koc' | 'nano' | 'micro' | 'macro' | 'mega';
export const DEMO_TIERS = ['koc', 'nano', 'micro', 'macro', 'mega'] as const;

export type DemoCreatorStatus =
  | 'prospect'
  | 'contacted'
  | 'negotiating'
  | 'contracted'
  | 'archived'
  | 'blocked';
export type DemoPostFormat = 'video' | 'post' | 'story' | 'livestream' | 'reel' | 'short';
export type DemoCampaignStatus = 'draft' | 'planned' | 'live' | 'completed' | 'archived';
export type DemoFunnelStage = 'awareness' | 'engagement' | 'conversion' | 'retention' | 'advocacy';
export type DemoCampaignCreatorStatus = 'selected' | 'negotiating' | 'contracted' | 'completed';
export type DemoCostCategory = 'creator_fee' | 'media' | 'production' | 'customer_care' | 'other';
export type DemoConversionType = 'lead' | 'sale' | 'refund';
export type DemoConversionStatus = 'pending' | 'approved' | 'reversed';

export interface DemoRateCardItem {
  deliverable: string;
  platform: DemoPlatform;
  amount: number;
}

export type AgeBand = '13-17' | '18-24' | '25-34' | '35-44' | '45+';
export const AGE_BANDS: readonly AgeBand[] = ['13-17', '18-24', '25-34', '35-44', '45+'];

/** Shares are fractions of 1. */
export interface DemoAudience {
  ageBands: Record<AgeBand, number>;
  gender: { female: number; male: number; other: number };
  topLocations: { name: string; share: number }[];
  interests: string[];
}

export interface DemoCreator {
  key: string;
  name: string;
  avatarUrl: null;
  bio: string;
  email: string | null;
  phone: string | null;
  location: string;
  languages: string[];
  niches: string[];
  tags: string[];
  notes: string | null;
  status: DemoCreatorStatus;
  rateCard: DemoRateCardItem[];
  createdAt: Date;
}

export interface DemoAccount {
  key: string;
  creatorKey: string;
  platform: DemoPlatform;
  handle: string;
  url: string;
  /** The latest follower snapshot. */
  followers: number;
  followersAt: Date;
  /** Tier of `followers` (KPIS.md boundaries); not a database column. */
  tier: DemoTier;
  audience: DemoAudience;
}

export interface DemoFollowerSnapshot {
  accountKey: string;
  at: Date;
  followers: number;
  following: number | null;
  postsCount: number | null;
}

export interface DemoPost {
  key: string;
  creatorKey: string;
  accountKey: string;
  campaignKey: string | null;
  platform: DemoPlatform;
  externalId: string;
  url: string;
  caption: string;
  format: DemoPostFormat;
  publishedAt: Date;
}

/** `null` = the platform does not report this metric (never 0 for "unknown"). */
export interface DemoPostMetrics {
  views: number | null;
  reach: number | null;
  impressions: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  clicks: number | null;
  watchTimeS: number | null;
}

export type DemoMetricName = keyof DemoPostMetrics;
export const DEMO_METRIC_NAMES: readonly DemoMetricName[] = [
  'views',
  'reach',
  'impressions',
  'likes',
  'comments',
  'shares',
  'saves',
  'clicks',
  'watchTimeS',
];

export interface DemoPostSnapshot extends DemoPostMetrics {
  postKey: string;
  at: Date;
}

export interface DemoComment {
  key: string;
  postKey: string;
  externalId: string;
  author: string;
  text: string;
  at: Date;
  likes: number;
  /** externalId of the comment this one answers. */
  replyTo: string | null;
  lang: 'vi' | 'en';
}

export interface DemoCampaign {
  key: string;
  name: string;
  brand: string;
  description: string;
  status: DemoCampaignStatus;
  funnelStage: DemoFunnelStage;
  competitors: string[];
  startDate: string;
  endDate: string;
  currency: 'VND';
  budgetAmount: number;
  createdAt: Date;
}

export interface DemoCampaignKpi {
  key: string;
  campaignKey: string;
  /** An id of the KPIS.md catalogue. */
  kpiId: string;
  target: number;
  deadline: string;
}

/** A campaign's target audience as the fit card stores it (niches as creators' niche labels). */
export interface DemoCampaignFitTarget {
  campaignKey: string;
  target: {
    ageRange: { min: number; max: number };
    genders: ('female' | 'male')[];
    locations: string[];
    interests: string[];
    niches: string[];
  };
  updatedAt: Date;
}

export interface DemoCampaignCreator {
  campaignKey: string;
  creatorKey: string;
  fee: number;
  status: DemoCampaignCreatorStatus;
  createdAt: Date;
}

export interface DemoCost {
  key: string;
  campaignKey: string;
  creatorKey: string | null;
  category: DemoCostCategory;
  amount: number;
  incurredOn: string;
  note: string;
}

export interface DemoConversion {
  key: string;
  campaignKey: string;
  creatorKey: string | null;
  type: DemoConversionType;
  status: DemoConversionStatus;
  /** VND; 0 for leads; a refund carries the refunded amount as a positive number. */
  amount: number;
  customerType: 'new' | 'returning' | null;
  externalId: string;
  occurredAt: Date;
}

export type DemoDeliverableType = 'video' | 'post' | 'story' | 'livestream';
export type DemoDeliverableStatus =
  | 'draft'
  | 'in_review'
  | 'changes_requested'
  | 'approved'
  | 'scheduled'
  | 'published'
  | 'verified';

/** Content a creator owes a campaign, as tracked through approval; `postKey` once it is live. */
export interface DemoDeliverable {
  key: string;
  campaignKey: string;
  creatorKey: string;
  platform: DemoPlatform;
  type: DemoDeliverableType;
  title: string;
  status: DemoDeliverableStatus;
  important: boolean;
  dueAt: Date;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  verifiedAt: Date | null;
  liveUrl: string | null;
  postKey: string | null;
  lateness: 'on_time' | 'late' | 'missed' | null;
}

export interface DemoContractMilestone {
  label: string;
  amount: number;
  dueOn: string;
  paidAt: Date | null;
  /** The fee cost that records this payment; null while unpaid. */
  costKey: string | null;
}

/** A contract with one creator for one campaign; dates are `YYYY-MM-DD` in Vietnam time. */
export interface DemoContract {
  key: string;
  campaignKey: string;
  creatorKey: string;
  title: string;
  status: 'signed' | 'completed';
  fee: number;
  deliverables: { type: DemoDeliverableType; platform: DemoPlatform; count: number }[];
  exclusivityStart: string;
  exclusivityEnd: string;
  competitors: string[];
  scandalClause: string;
  contentApprovalClause: string;
  usageRightsChannels: string[];
  usageRightsExpiresOn: string;
  signedOn: string;
  milestones: DemoContractMilestone[];
}

/** Creators planted so that vetting has something to find; not stored, useful to tests and tours. */
export interface DemoFlaggedCreators {
  followerSpike: string[];
  genericComments: string[];
  riskyCaptions: string[];
  competitorCollaboration: string[];
}

export interface DemoWorkspace {
  creators: DemoCreator[];
  accounts: DemoAccount[];
  followerSnapshots: DemoFollowerSnapshot[];
  posts: DemoPost[];
  postSnapshots: DemoPostSnapshot[];
  comments: DemoComment[];
  campaigns: DemoCampaign[];
  campaignKpis: DemoCampaignKpi[];
  campaignFitTargets: DemoCampaignFitTarget[];
  campaignCreators: DemoCampaignCreator[];
  costs: DemoCost[];
  conversions: DemoConversion[];
  deliverables: DemoDeliverable[];
  contracts: DemoContract[];
  flagged: DemoFlaggedCreators;
}

export interface DemoOptions {
  seed: number;
  now: Date;
}
