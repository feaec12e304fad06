import type { KpiId, KpiRange } from '@lantoa/core/kpi';
import type { Reader } from '../kpis/reader';
import { loadTrackedClicks, type TrackedClicks } from './load-clicks';
import { loadPostTotals } from './load-post-totals';
import { loadScopeInputs } from './load-scope-inputs';
import { type DashboardTotals, newDashboardTotals, totalsOf } from './scope-totals';

export interface LoadedTotals {
  totals: DashboardTotals;
  tracked: TrackedClicks;
  /** Σ clicks the posts reported (null when no post did), before tracked clicks stand in for them. */
  postClicks: number | null;
  clicksBasis: 'posts' | 'tracked_links' | 'none';
  newestSnapshot: string | null;
}

/**
 * Every sum the dashboard needs for one range: post metrics (latest snapshots), costs, conversions and site
 * analytics (the KPI engine's loaders), tracked clicks (daily rollups). Clicks are what posts reported; when no post
 * reported any and the campaign has tracked links, people's clicks on those links stand in (named in `clicksBasis`).
 */
export async function loadDashboardTotals(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  window: { range: KpiRange | undefined; days: { from: string | null; to: string | null } },
  engagementSet: readonly string[],
  options: { pairs?: ReadonlySet<KpiId>; now?: number } = {},
): Promise<LoadedTotals> {
  const totals = newDashboardTotals();
  // The loaders fill different inputs of the same totals, so they may run side by side.
  const [{ newest }, , tracked] = await Promise.all([
    loadPostTotals(db, workspaceId, campaignId, window.range, engagementSet, totals, options),
    loadScopeInputs(db, workspaceId, campaignId, window.range, totals),
    loadTrackedClicks(db, workspaceId, campaignId, window.days),
  ]);
  const postClicks = totals.campaign.inputs.clicks ?? null;
  let clicksBasis: LoadedTotals['clicksBasis'] = postClicks === null ? 'none' : 'posts';
  if (postClicks === null && tracked.tracked) {
    clicksBasis = 'tracked_links';
    totals.campaign.inputs.clicks = tracked.total;
    for (const [creatorId, clicks] of tracked.byCreator) {
      if (creatorId !== '') totalsOf(totals.creators, creatorId).inputs.clicks = clicks;
    }
  }
  return { totals, tracked, postClicks, clicksBasis, newestSnapshot: newest };
}
