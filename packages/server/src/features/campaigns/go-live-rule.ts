import type { CampaignStatus } from '@lantoa/db/schema';

export const GO_LIVE_REASON = 'A campaign cannot go live without at least one KPI with a target';

/** Seed 001's first failure: a campaign without a measurable goal. Live needs one KPI with a numeric target. */
export function goLiveCheck(kpis: readonly { target: number | null }[]): {
  allowed: boolean;
  reason: string | null;
} {
  const ready = kpis.some((kpi) => kpi.target !== null);
  return { allowed: ready, reason: ready ? null : GO_LIVE_REASON };
}

/** Statuses a campaign may move to from each status (archived campaigns can be restored to draft). */
export const NEXT_STATUSES: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ['planned', 'live', 'archived'],
  planned: ['draft', 'live', 'archived'],
  live: ['completed', 'planned', 'archived'],
  completed: ['live', 'archived'],
  archived: ['draft'],
};
