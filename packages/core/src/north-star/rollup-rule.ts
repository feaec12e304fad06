import { getKpiDefinition, type KpiId } from '../kpi';
import type { RollupRule } from './kpi-tree-types';

/**
 * Additive KPIs (counts and money whose formula is a plain sum: views, clicks, conversions, revenue, cost) are
 * summed; every other KPI (rates, ratios, medians, scores such as NPS) is a weighted mean, because adding two
 * engagement rates means nothing. Summed reach is an upper bound: people reached by two campaigns count twice.
 */
export function rollupRuleFor(kpiId: KpiId): RollupRule {
  return getKpiDefinition(kpiId).formula.kind === 'sum' ? 'sum' : 'weighted_mean';
}

/** A child feeds its parent only when both measure the same KPI; otherwise it is shown but not added. */
export function feedsParent(childKpi: KpiId, parentKpi: KpiId): boolean {
  return childKpi === parentKpi;
}
