export interface LocalizedText {
  vi: string;
  en: string;
}

/** Totals of one period (sums over the period; `followers` is the count at the period's end). Missing is null, not 0. */
export interface PeriodMetrics {
  impressions?: number | null;
  engagements?: number | null;
  followers?: number | null;
  views?: number | null;
  watchTimeS?: number | null;
  clicks?: number | null;
  conversions?: number | null;
  sessions?: number | null;
  bounces?: number | null;
  timeOnPageS?: number | null;
}

export type VanityRuleId =
  | 'impressions_without_engagement'
  | 'high_ctr_low_time_on_page'
  | 'followers_without_engagement'
  | 'traffic_with_high_bounce'
  | 'views_without_watch_time'
  | 'clicks_without_conversions';

export interface VanityResult {
  rule: VanityRuleId;
  triggered: boolean;
  /** The numbers the decision was made on (null = not available). */
  evidence: Record<string, number | null>;
  thresholds: Record<string, number>;
  message: LocalizedText;
  /** Why the rule could not be evaluated (missing or zero inputs); null when it was. */
  reason: string | null;
}
