export const GO_LIVE_REASON = 'A campaign cannot go live without at least one KPI with a target';

/** Seed 001's first failure: a campaign without a measurable goal. Live needs one KPI with a numeric target. */
export function goLiveCheck(kpis: readonly { target: number | null }[]): {
  allowed: boolean;
  reason: string | null;
} {
  const ready = kpis.some((kpi) => kpi.target !== null);
  return { allowed: ready, reason: ready ? null : GO_LIVE_REASON };
}

export { NEXT_STATUSES } from '@lantoa/core/campaign-status';
