import type { KpiId } from '../kpi';
import type { CampaignBundle } from './schema';

/** The KPIs of the worked example (kpi-example.expected.json), in its order, for the campaign and every creator. */
export const CORE_SUMMARY_KPIS: readonly KpiId[] = [
  'impressions',
  'reach',
  'video_views',
  'engagements',
  'engagement_rate',
  'er_reach',
  'er_impressions',
  'er_views',
  'amplification_rate',
  'applause_rate',
  'conversation_rate',
  'virality_rate',
  'ctr',
  'cost',
  'engagement_rate_median',
  'cpc',
  'cpm',
  'cpe',
  'cpv',
  'leads',
  'conversions',
  'revenue',
  'conversion_rate',
  'cpl',
  'cpa',
  'roi',
  'roas',
  'cac',
  'repeat_purchase_rate',
];

interface SectionKpis {
  present: (bundle: CampaignBundle) => boolean;
  kpis: readonly KpiId[];
  /** The section has no per-creator data, so creators do not list these KPIs. */
  campaignOnly: boolean;
}

/** KPIs that appear only when the bundle has the section they are computed from. */
export const SECTION_SUMMARY_KPIS: readonly SectionKpis[] = [
  { present: (b) => b.sentiment !== undefined, kpis: ['sentiment_score'], campaignOnly: true },
  { present: (b) => b.mentions !== undefined, kpis: ['share_of_voice'], campaignOnly: true },
  { present: (b) => b.nps_answers !== undefined, kpis: ['nps'], campaignOnly: true },
  {
    present: (b) => b.site_analytics !== undefined,
    kpis: ['bounce_rate', 'avg_time_on_page'],
    campaignOnly: false,
  },
  {
    present: (b) => (b.conversions ?? []).some((entry) => entry.customers_at_start != null),
    kpis: ['churn_rate'],
    campaignOnly: false,
  },
  { present: (b) => b.customer_lifetime !== undefined, kpis: ['clv'], campaignOnly: false },
  { present: (b) => b.response_times !== undefined, kpis: ['response_time'], campaignOnly: true },
  { present: (b) => b.emv_rates !== undefined, kpis: ['emv'], campaignOnly: false },
  { present: (b) => b.brand_lift !== undefined, kpis: ['brand_lift'], campaignOnly: true },
];

export function summaryKpiIds(bundle: CampaignBundle): { campaign: KpiId[]; creator: KpiId[] } {
  const campaign = [...CORE_SUMMARY_KPIS];
  const creator = [...CORE_SUMMARY_KPIS];
  for (const section of SECTION_SUMMARY_KPIS) {
    if (!section.present(bundle)) continue;
    campaign.push(...section.kpis);
    if (!section.campaignOnly) creator.push(...section.kpis);
  }
  return { campaign, creator };
}
