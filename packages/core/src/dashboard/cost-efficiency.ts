import type { KpiId } from '../kpi/kpi-ids';
import type { DashboardValue } from './dashboard-value';
import { evaluateFromTotals } from './evaluate-totals';
import type { ScopeTotals } from './totals';

export const COST_EFFICIENCY_KPIS = [
  'cpm',
  'cpe',
  'cpc',
  'cpa',
  'roi',
  'roas',
] as const satisfies readonly KpiId[];

/** CPM, CPE, CPC, CPA, ROI and ROAS of one scope, each with its formula and inputs. */
export function buildCostEfficiency(totals: ScopeTotals): DashboardValue[] {
  return COST_EFFICIENCY_KPIS.map((id) => evaluateFromTotals(id, totals)!);
}
