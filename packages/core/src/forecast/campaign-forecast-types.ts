import type { KpiId } from '../kpi/kpi-ids';
import type { BenchmarkBand } from './types';

/** Counts simulated per creator from their past posts (or a tier band); `orders` are sales per post. */
export const SIMULATED_INPUTS = ['reach', 'impressions', 'views', 'engagements', 'clicks', 'orders'] as const;
export type SimulatedInput = (typeof SIMULATED_INPUTS)[number];

export interface CampaignCreatorPlan {
  id: string;
  plannedPosts: number;
  followers: number | null;
  history: Partial<Record<SimulatedInput, readonly number[]>>;
  /** Tier band (% of followers per post) used when the creator's own history is too short. */
  bands: Partial<Record<SimulatedInput, BenchmarkBand | null>>;
}

export interface CampaignForecastRequest {
  kpis: readonly { kpiId: KpiId; target: number | null }[];
  creators: readonly CampaignCreatorPlan[];
  /** Planned spend (VND): the campaign budget; null when unknown. */
  cost: number | null;
  /** Average revenue of one order (VND) from past sales; null when there were none. */
  revenuePerOrder: number | null;
}

/** Why a KPI (or one of its inputs) has no forecast; `input` names the input that is missing. */
export type ForecastGapCode =
  | 'no_creators'
  | 'no_basis'
  | 'no_cost'
  | 'no_revenue_per_order'
  | 'no_followers'
  | 'after_launch_only'
  | 'zero_denominator';

export interface ForecastGap {
  code: ForecastGapCode;
  input: string | null;
}

export interface ForecastInputSummary {
  name: string;
  median: number;
  /** Creators whose count comes from their own history, from a tier band, or is missing from the total. */
  basis: { history: number; benchmark: number; missing: number } | null;
}

/** Where the target sits relative to the forecast interval. */
export type TargetPosition = 'below' | 'inside' | 'above';

export interface CampaignKpiForecast {
  kpiId: KpiId;
  target: number | null;
  median: number | null;
  interval: [number, number] | null;
  targetPosition: TargetPosition | null;
  inputs: ForecastInputSummary[];
  gap: ForecastGap | null;
}
