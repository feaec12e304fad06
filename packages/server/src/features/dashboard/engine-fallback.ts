import type { DashboardValue } from '@lantoa/core/dashboard';
import { getKpiDefinition, type KpiId, type KpiRange } from '@lantoa/core/kpi';
import { computeCampaignKpis } from '../kpis/compute-campaign-kpis';
import type { Reader } from '../kpis/reader';

/**
 * Planned KPIs the summed totals cannot give (followers-based rates, medians, NPS, EMV…) come from the full KPI
 * engine, campaign scope only; a plan without such KPIs never pays for it.
 */
export async function engineFallback(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  range: KpiRange | undefined,
  ids: readonly KpiId[],
): Promise<Partial<Record<KpiId, DashboardValue>>> {
  if (ids.length === 0) return {};
  const result = await computeCampaignKpis(db, workspaceId, campaignId, {
    ...(range ? { range } : {}),
    perCreator: false,
  });
  const values: Partial<Record<KpiId, DashboardValue>> = {};
  for (const id of ids) {
    const kpi = result.kpis.campaign[id];
    const definition = getKpiDefinition(id);
    values[id] = {
      id,
      name: definition.name,
      formula: definition.formulaText,
      unit: definition.unit,
      direction: definition.direction,
      value: kpi.value,
      reason: kpi.value === null ? (kpi.reason ?? 'not computed') : null,
      inputs: kpi.inputs,
      freshness: kpi.freshness,
    };
  }
  return values;
}
