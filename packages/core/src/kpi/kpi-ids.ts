import { z } from 'zod';

/** Every KPI id of KPIS.md, grouped by funnel stage. Ids are stable: they are used in the API, CLI and bundle. */
export const KPI_IDS = [
  'impressions',
  'reach',
  'video_views',
  'reach_rate',
  'follower_growth_rate',
  'share_of_voice',
  'engagements',
  'engagement_rate',
  'engagement_rate_median',
  'er_reach',
  'er_impressions',
  'er_views',
  'amplification_rate',
  'applause_rate',
  'conversation_rate',
  'virality_rate',
  'ctr',
  'leads',
  'conversions',
  'conversion_rate',
  'cpc',
  'cpm',
  'cpe',
  'cpv',
  'cpl',
  'cpa',
  'bounce_rate',
  'avg_time_on_page',
  'repeat_purchase_rate',
  'churn_rate',
  'clv',
  'nps',
  'response_time',
  'sentiment_score',
  'cost',
  'revenue',
  'roi',
  'roas',
  'cac',
  'emv',
  'brand_lift',
] as const;

export const KpiIdSchema = z.enum(KPI_IDS);
export type KpiId = z.infer<typeof KpiIdSchema>;

/** The engagement-rate variants B1 compares against benchmarks (same denominators as the ER KPIs). */
export const ER_VARIANTS = ['engagement_rate', 'er_reach', 'er_impressions', 'er_views'] as const;
export const ErVariantSchema = z.enum(ER_VARIANTS);
export type ErVariant = z.infer<typeof ErVariantSchema>;
