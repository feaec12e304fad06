import { parseRangeBound } from '@lantoa/core/bundle';
import type { KpiId } from '@lantoa/core/kpi';
import type { Db } from '@lantoa/db';
import { computeCampaignKpis } from '../kpis/compute-campaign-kpis';

export interface CampaignKpiValue {
  value: number | null;
  reason: string | null;
}

/**
 * Reads campaign KPI values through the KPI engine, restricted to a node's period (whole local days); each
 * campaign and period is computed once per request however many nodes it feeds.
 */
export function campaignKpiReader(db: Db, workspaceId: string) {
  const computed = new Map<string, ReturnType<typeof computeCampaignKpis>>();
  return async (
    campaignId: string,
    kpiId: KpiId,
    period: { start: string; end: string },
  ): Promise<CampaignKpiValue> => {
    const key = `${campaignId}|${period.start}|${period.end}`;
    let pending = computed.get(key);
    if (!pending) {
      pending = computeCampaignKpis(db, workspaceId, campaignId, {
        perCreator: false,
        range: { from: parseRangeBound(period.start, 'from'), to: parseRangeBound(period.end, 'to') },
      });
      computed.set(key, pending);
    }
    const result = (await pending).kpis.campaign[kpiId];
    return { value: result.value, reason: result.value === null ? (result.reason ?? null) : null };
  };
}
