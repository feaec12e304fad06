import { type KpiInputName, POST_METRICS } from '../kpi/inputs';
import type { KpiId } from '../kpi/kpi-ids';

/** Σnumerator / Σdenominator of one per-post ratio KPI over the posts that recorded both. */
export interface PairTotals {
  numerator: number;
  denominator: number;
  posts: number;
}

/**
 * The sums a dashboard scope (a campaign, or one creator in it) needs, already reduced: an input is null when no
 * item recorded it (never 0), `pairs` hold the pairwise-complete sums of the per-post ratio KPIs.
 */
export interface ScopeTotals {
  inputs: Partial<Record<KpiInputName, number | null>>;
  pairs: Partial<Record<KpiId, PairTotals>>;
  /** ISO time of the newest input behind these sums, null when there is none. */
  freshness: string | null;
}

export function emptyTotals(): ScopeTotals {
  return { inputs: {}, pairs: {}, freshness: null };
}

/**
 * The inputs scope totals carry: post metrics and engagements, costs, conversions and site analytics. KPIs that need
 * anything else (followers, sentiment, mentions, surveys…) are left to the full engine.
 */
export const TOTALS_INPUTS: ReadonlySet<KpiInputName> = new Set<KpiInputName>([
  ...POST_METRICS,
  'engagements',
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
]);
