import type { ScopeTotals } from '@lantoa/core/dashboard';
import type { KpiInputName } from '@lantoa/core/kpi';

/** Adds a recorded value to an input (null-aware: a sum of nothing recorded stays null, never 0). */
export function addInput(totals: ScopeTotals, name: KpiInputName, value: number | null | undefined): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    if (!(name in totals.inputs)) totals.inputs[name] = null;
    return;
  }
  totals.inputs[name] = (totals.inputs[name] ?? 0) + value;
}

export function noteFreshness(totals: ScopeTotals, at: Date | string | null | undefined): void {
  if (at === null || at === undefined) return;
  // Loaders mostly hand over ISO instants already ("…Z", 24 characters): compare those without re-parsing.
  const iso =
    typeof at === 'string' && at.length === 24 && at.endsWith('Z') ? at : new Date(at).toISOString();
  if (totals.freshness === null || iso > totals.freshness) totals.freshness = iso;
}

/** The totals of one creator, created on first use. */
export function totalsOf(map: Map<string, ScopeTotals>, creatorId: string): ScopeTotals {
  let totals = map.get(creatorId);
  if (!totals) {
    totals = { inputs: {}, pairs: {}, freshness: null };
    map.set(creatorId, totals);
  }
  return totals;
}

/** Campaign totals and per-creator totals, filled by the loaders in turn. */
export interface DashboardTotals {
  campaign: ScopeTotals;
  creators: Map<string, ScopeTotals>;
}

export function newDashboardTotals(): DashboardTotals {
  return { campaign: { inputs: {}, pairs: {}, freshness: null }, creators: new Map() };
}
