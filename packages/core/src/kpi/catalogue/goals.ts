import { z } from 'zod';
import type { KpiId } from '../kpi-ids';
import { KPI_GOALS, type KpiGoal } from './catalogue-types';

export const KpiGoalSchema = z.enum(KPI_GOALS);

export interface GoalRecommendation {
  /** The 3 KPIs to pick first for this goal. */
  primary: readonly KpiId[];
  /** Worth adding when the plan has room (a plan should keep 3–5 KPIs). */
  secondary: readonly KpiId[];
}

/** KPIS.md "Recommended KPIs by goal" (seed 002). */
const RECOMMENDATIONS: Record<KpiGoal, GoalRecommendation> = {
  awareness: {
    primary: ['impressions', 'follower_growth_rate', 'share_of_voice'],
    secondary: ['reach', 'video_views'],
  },
  engagement: { primary: ['engagement_rate', 'ctr', 'conversation_rate'], secondary: ['avg_time_on_page'] },
  conversion: { primary: ['conversion_rate', 'cpa', 'roi'], secondary: ['roas', 'revenue'] },
  retention: { primary: ['response_time', 'sentiment_score'], secondary: ['repeat_purchase_rate', 'nps'] },
  advocacy: { primary: ['amplification_rate', 'share_of_voice', 'nps'], secondary: [] },
};

/** The KPIs recommended for a campaign goal, primary ones first. */
export function recommendedKpisForGoal(goal: KpiGoal): GoalRecommendation {
  return RECOMMENDATIONS[goal];
}

/** Goals for which a KPI is recommended (primary or secondary), in KPI_GOALS order. */
export function goalsRecommendingKpi(id: KpiId): KpiGoal[] {
  return KPI_GOALS.filter((goal) => {
    const { primary, secondary } = RECOMMENDATIONS[goal];
    return primary.includes(id) || secondary.includes(id);
  });
}

/** Seed 002: pick 3–5 KPIs per goal; warn beyond 5 and below 3 (a warning, never a block). */
export const MIN_RECOMMENDED_KPIS_PER_PLAN = 3;
export const MAX_RECOMMENDED_KPIS_PER_PLAN = 5;
