import type { KpiInputName, KpiRange } from '@lantoa/core/kpi';
import type { BundleKeys } from '../kpis/bundle-keys';
import { loadBundleConversions } from '../kpis/load-bundle-conversions';
import { loadBundleCosts } from '../kpis/load-bundle-costs';
import { loadSiteAnalytics } from '../kpis/load-bundle-signals';
import type { Reader } from '../kpis/reader';
import { addInput, type DashboardTotals, noteFreshness, totalsOf } from './scope-totals';

const CONVERSION_FIELDS = [
  'leads',
  'orders',
  'revenue',
  'refunds',
  'new_customers',
  'returning_customers',
  'customers_lost',
  'customers_at_start',
] as const;
const SITE_FIELDS = ['sessions', 'bounces', 'time_on_page_s'] as const;

const NO_KEYS: BundleKeys = { creator: new Map(), account: new Map(), post: new Map(), cost: new Map() };
const byId = (creatorId: string | null) => creatorId ?? undefined;

function inRange(at: string | undefined, range: KpiRange | undefined): boolean {
  if (at === undefined || range === undefined) return true;
  const time = Date.parse(at);
  return (range.from === undefined || time >= range.from) && (range.to === undefined || time <= range.to);
}

/** Adds one entry's values to the campaign and its creator; its time counts once towards their freshness. */
function add(
  into: DashboardTotals,
  creator: string | undefined,
  values: readonly (readonly [KpiInputName, unknown])[],
  at?: string,
) {
  const scopes = creator === undefined ? [into.campaign] : [into.campaign, totalsOf(into.creators, creator)];
  const recorded = values.some(([, value]) => typeof value === 'number');
  for (const scope of scopes) {
    for (const [name, value] of values) addInput(scope, name, typeof value === 'number' ? value : null);
    if (recorded) noteFreshness(scope, at);
  }
}

/**
 * Costs, conversions (tracked and entered) and site analytics per creator, read by the same loaders as the KPI
 * engine's bundle (keyed by creator id) and summed with its rules: dated entries outside the range are left out.
 */
export async function loadScopeInputs(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  range: KpiRange | undefined,
  into: DashboardTotals,
): Promise<void> {
  const [costs, conversions, site] = await Promise.all([
    loadBundleCosts(db, workspaceId, campaignId, NO_KEYS, byId),
    loadBundleConversions(db, workspaceId, campaignId, range, byId),
    loadSiteAnalytics(db, workspaceId, campaignId, range, byId),
  ]);
  for (const cost of costs) {
    if (inRange(cost.at, range)) add(into, cost.creator, [['cost', cost.amount]], cost.at);
  }
  for (const entry of conversions) {
    if (!inRange(entry.at, range)) continue;
    add(
      into,
      entry.creator,
      CONVERSION_FIELDS.map((field) => [field, entry[field]] as const),
      entry.at,
    );
  }
  for (const entry of site ?? []) {
    if (!inRange(entry.at, range)) continue;
    add(
      into,
      entry.creator,
      SITE_FIELDS.map((field) => [field, entry[field]] as const),
      entry.at,
    );
  }
  netRevenue(into.campaign);
  for (const scope of into.creators.values()) netRevenue(scope);
}

/** The engine reads revenue net of refunds (unrecorded refunds subtract nothing). */
function netRevenue(scope: DashboardTotals['campaign']): void {
  const gross = scope.inputs.revenue;
  if (gross === null || gross === undefined) return;
  scope.inputs.revenue = gross - (scope.inputs.refunds ?? 0);
}
