import type { KpiId } from '../kpi';
import type { PacingState } from '../pacing';

export const KPI_TREE_LEVELS = ['company', 'team', 'individual'] as const;
export type KpiTreeLevel = (typeof KPI_TREE_LEVELS)[number];

/** How the values feeding a node combine: added up, or averaged with weights (rates, ratios, scores). */
export type RollupRule = 'sum' | 'weighted_mean';

export interface KpiTreeNodeInput {
  id: string;
  parentId: string | null;
  kpiId: KpiId;
  target: number;
  /** Local calendar days, inclusive (YYYY-MM-DD). */
  periodStart: string;
  periodEnd: string;
  /** This node's weight in its parent's weighted mean; unused when the parent sums. */
  weight: number;
  /** Actual values of the node's KPI in each campaign linked to it; null when a campaign has no value yet. */
  campaignValues: readonly (number | null)[];
}

export type KpiTreeStatus = PacingState | 'no_data' | 'not_started';

export interface ExcludedChild {
  id: string;
  reason: 'different_kpi';
}

export interface KpiTreeNodeProgress {
  id: string;
  rule: RollupRule;
  /** Rolled-up actual value; null when nothing below this node has a value. */
  actual: number | null;
  /** What the target implies by today: target × elapsed share of the period when summed, the target itself for rates. */
  expectedToDate: number | null;
  /** actual / target (target / actual for lower-is-better KPIs); 1 = target met. */
  progress: number | null;
  status: KpiTreeStatus;
  /** Share of the period elapsed today, 0–1. */
  elapsed: number;
  /** How many values (campaigns and children) went into `actual`. */
  contributions: number;
  rolledUpChildren: string[];
  excludedChildren: ExcludedChild[];
}
