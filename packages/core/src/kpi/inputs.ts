/** Metrics a post snapshot can carry (KPIS.md "Raw inputs"). A metric the platform does not report is absent, not 0. */
export const POST_METRICS = [
  'views',
  'reach',
  'impressions',
  'likes',
  'comments',
  'shares',
  'saves',
  'clicks',
  'watch_time_s',
] as const;
export type PostMetric = (typeof POST_METRICS)[number];

/** Snapshot metrics that may be counted as engagements; the default set is likes + comments + shares + saves. */
export const ENGAGEMENT_COMPONENTS = ['likes', 'comments', 'shares', 'saves', 'clicks'] as const;
export type EngagementComponent = (typeof ENGAGEMENT_COMPONENTS)[number];
export const DEFAULT_ENGAGEMENT_SET: readonly EngagementComponent[] = [
  'likes',
  'comments',
  'shares',
  'saves',
];

/** Per-post inputs: snapshot metrics, the derived engagements, and the account's followers at publish time. */
export const POST_INPUTS = [...POST_METRICS, 'engagements', 'followers'] as const;
export type PostInput = (typeof POST_INPUTS)[number];

/** Inputs recorded for a whole scope (campaign or creator), not per post. */
export const SCOPE_INPUTS = [
  'cost',
  'leads',
  'orders',
  'revenue',
  'refunds',
  'new_customers',
  'returning_customers',
  'customers_lost',
  'customers_at_start',
  'sessions',
  'bounces',
  'time_on_page_s',
  'sentiment_positive',
  'sentiment_neutral',
  'sentiment_negative',
  'brand_mentions',
  'competitor_mentions',
  'nps_answers',
  'response_times',
  'brand_lift_survey',
  'customer_lifetime',
  'emv_rates',
  'follower_snapshots',
] as const;
export type ScopeInput = (typeof SCOPE_INPUTS)[number];

export type KpiInputName = PostInput | ScopeInput;

const POST_INPUT_SET: ReadonlySet<string> = new Set(POST_INPUTS);
export function isPostInput(name: KpiInputName): name is PostInput {
  return POST_INPUT_SET.has(name);
}

/** Words used in "no … recorded" reasons. */
export const INPUT_LABELS: Record<KpiInputName, string> = {
  views: 'views',
  reach: 'reach',
  impressions: 'impressions',
  likes: 'likes',
  comments: 'comments',
  shares: 'shares',
  saves: 'saves',
  clicks: 'clicks',
  watch_time_s: 'watch time',
  engagements: 'engagements',
  followers: 'follower count',
  cost: 'costs',
  leads: 'leads',
  orders: 'approved orders',
  revenue: 'revenue',
  refunds: 'refunds',
  new_customers: 'new customers',
  returning_customers: 'returning customers',
  customers_lost: 'customers lost',
  customers_at_start: 'customers at start',
  sessions: 'sessions',
  bounces: 'bounces',
  time_on_page_s: 'time on page',
  sentiment_positive: 'positive comments',
  sentiment_neutral: 'neutral comments',
  sentiment_negative: 'negative comments',
  brand_mentions: 'brand mentions',
  competitor_mentions: 'competitor mentions',
  nps_answers: 'NPS answers',
  response_times: 'response times',
  brand_lift_survey: 'brand-lift survey answers',
  customer_lifetime: 'customer lifetime assumptions',
  emv_rates: 'EMV value table',
  follower_snapshots: 'follower snapshots',
};
