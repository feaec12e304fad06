import {
  buildCostEfficiency,
  buildFunnel,
  buildKpiTiles,
  compareValues,
  type DashboardValue,
  evaluateFromTotals,
  LEADERBOARD_KPIS,
  leaderboardRow,
  sortLeaderboard,
  type ValueDelta,
} from '@lantoa/core/dashboard';
import { getKpiDefinition, type KpiId } from '@lantoa/core/kpi';
import { creators } from '@lantoa/db/schema';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Reader } from '../kpis/reader';
import { dashboardRange, localDay, previousDashboardRange } from './dashboard-range';
import type { TDashboard, TDashboardQuery } from './dashboard-schemas';
import { engineFallback } from './engine-fallback';
import { loadCampaignPlan } from './load-campaign-plan';
import { loadNewestClick } from './load-clicks';
import { type LoadedTotals, loadDashboardTotals } from './load-dashboard-totals';
import { loadEngagementSet } from './load-post-totals';
import { loadDailySeries } from './load-series';

const CLICKS_DEFINITION = {
  name: { vi: 'Lượt nhấp', en: 'Clicks' },
  formula: {
    vi: 'Σ lượt nhấp bài đăng báo cáo; nếu không có, Σ lượt nhấp link theo dõi của người thật (không tính bot)',
    en: 'Σ clicks the posts reported; without any, Σ people’s clicks on tracked links (bots left out)',
  },
  unit: 'count' as const,
  direction: 'higher' as const,
};

async function creatorNames(db: Reader, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: creators.id, name: creators.name })
    .from(creators)
    .where(and(eq(creators.workspaceId, workspaceId), inArray(creators.id, ids)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

async function newestConversion(db: Reader, workspaceId: string, campaignId: string): Promise<string | null> {
  const result = await db.execute<{
    at: Date | string | null;
  }>(sql`SELECT max(occurred_at) AS at FROM conversions
    WHERE workspace_id = ${workspaceId} AND campaign_id = ${campaignId}`);
  const at = result.rows[0]?.at;
  return at ? new Date(at).toISOString() : null;
}

function campaignValues(loaded: LoadedTotals, ids: readonly KpiId[]): Partial<Record<KpiId, DashboardValue>> {
  const values: Partial<Record<KpiId, DashboardValue>> = {};
  for (const id of ids) {
    const value = evaluateFromTotals(id, loaded.totals.campaign);
    if (value) values[id] = value;
  }
  return values;
}

function comparison(current: LoadedTotals, previous: LoadedTotals, ids: readonly KpiId[]) {
  const deltas: Record<string, ValueDelta> = {};
  for (const id of ids) {
    const now = evaluateFromTotals(id, current.totals.campaign);
    const before = evaluateFromTotals(id, previous.totals.campaign);
    if (now && before) deltas[id] = compareValues(now.value, before.value);
  }
  const before = buildFunnel(previous.totals.campaign);
  for (const [index, step] of buildFunnel(current.totals.campaign).entries()) {
    deltas[`funnel.${step.id}`] = compareValues(step.value, before[index]?.value ?? null);
  }
  return deltas;
}

/** Everything the campaign dashboard shows, in one read: tiles, funnel, series, leaderboard, cost efficiency. */
export async function buildCampaignDashboard(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  query: TDashboardQuery,
  now: number,
): Promise<TDashboard> {
  const { campaign, plan, timeZone } = await loadCampaignPlan(db, workspaceId, campaignId);
  const window = dashboardRange(query, campaign);
  const previousWindow = query.compare === 'previous' ? previousDashboardRange(window) : null;
  const engagementSet = await loadEngagementSet(db, workspaceId, campaignId);
  const today = localDay(now);
  const seriesDays = {
    from: window.days.from,
    to: window.days.to && window.days.to < today ? window.days.to : today,
  };
  // Only the per-post ratios something on the page shows are summed.
  const options = { pairs: new Set<KpiId>([...plan.map((kpi) => kpi.kpiId), 'er_views']), now };
  const [loaded, previous, series, conversionsAt, clicksAt] = await Promise.all([
    loadDashboardTotals(db, workspaceId, campaignId, window, engagementSet, options),
    previousWindow
      ? loadDashboardTotals(db, workspaceId, campaignId, previousWindow, engagementSet, options)
      : null,
    loadDailySeries(db, workspaceId, campaignId, seriesDays, engagementSet, timeZone),
    newestConversion(db, workspaceId, campaignId),
    loadNewestClick(db, workspaceId, campaignId),
  ]);

  const planIds = plan.map((kpi) => kpi.kpiId);
  const actuals = campaignValues(loaded, planIds);
  const missing = planIds.filter((id) => actuals[id] === undefined);
  Object.assign(actuals, await engineFallback(db, workspaceId, campaignId, window.range, missing));
  const tiles = buildKpiTiles({
    plan,
    actuals,
    start: window.range?.from ?? null,
    end: window.range?.to ?? null,
    now,
  });
  const costEfficiency = buildCostEfficiency(loaded.totals.campaign);

  // Sorted by value (ties by id), then named: only the rows shown need their creator's name.
  const rows = [...loaded.totals.creators].map(([creatorId, totals]) =>
    leaderboardRow({ creatorId, name: creatorId, totals }),
  );
  const top = sortLeaderboard(rows, query.sort, query.order).slice(0, query.limit);
  const names = await creatorNames(
    db,
    workspaceId,
    top.map((row) => row.creatorId),
  );
  const sorted = top.map((row) => ({ ...row, name: names.get(row.creatorId) ?? row.creatorId }));
  const kpis = Object.fromEntries(
    LEADERBOARD_KPIS.map((id) => {
      if (id === 'clicks') return [id, CLICKS_DEFINITION];
      const definition = getKpiDefinition(id);
      return [
        id,
        {
          name: definition.name,
          formula: definition.formulaText,
          unit: definition.unit,
          direction: definition.direction,
        },
      ];
    }),
  );

  const compared = [...new Set<KpiId>([...planIds, ...costEfficiency.map((value) => value.id)])];
  return {
    campaign,
    range: window.days,
    previousRange:
      previousWindow?.days.from && previousWindow.days.to
        ? { from: previousWindow.days.from, to: previousWindow.days.to }
        : null,
    tiles,
    funnel: buildFunnel(loaded.totals.campaign),
    costEfficiency,
    clicks: {
      basis: loaded.clicksBasis,
      trackedLinks: loaded.tracked.tracked,
      tracked: loaded.tracked.total,
      bots: loaded.tracked.bots,
      posts: loaded.postClicks,
    },
    series,
    leaderboard: {
      sort: query.sort,
      order: query.order,
      total: rows.length,
      kpis,
      rows: sorted.map((row) => ({
        creatorId: row.creatorId,
        name: row.name,
        values: Object.fromEntries(
          Object.entries(row.values).map(([id, cell]) => [id, { value: cell.value, reason: cell.reason }]),
        ),
      })),
    },
    comparison: previous ? comparison(loaded, previous, compared) : null,
    freshness: {
      snapshots: loaded.newestSnapshot,
      clicks: clicksAt,
      conversions: conversionsAt,
    },
    generatedAt: new Date(now).toISOString(),
  };
}
