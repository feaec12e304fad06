import { useQuery } from '@tanstack/react-query';
import { api, buildUrl } from '../../lib/api-client';
import type { KpiUnit, Localized } from '../campaigns/campaign-api';

export interface DashboardValue {
  id: string;
  name: Localized;
  formula: Localized;
  unit: KpiUnit;
  direction: 'higher' | 'lower';
  value: number | null;
  reason: string | null;
  inputs: Record<string, number | null>;
  freshness: string | null;
}

export type PacingState = 'ahead' | 'on_track' | 'at_risk' | 'off_track';

export interface KpiTile {
  kpi: DashboardValue;
  target: number | null;
  progressPercent: number | null;
  pacing:
    | { ok: true; status: PacingState; pacingPercent: number; expected: number; method: 'linear' | 'target' }
    | { ok: false; reason: string };
  projection:
    | {
        ok: true;
        projected: number;
        interval: [number, number];
        probabilityOnTarget: number | null;
        method: 'pace' | 'current';
      }
    | { ok: false; reason: string };
}

export const FUNNEL_STEPS = ['reach', 'engagement', 'lead', 'conversion', 'retention', 'advocacy'] as const;
export type FunnelStepId = (typeof FUNNEL_STEPS)[number];

export interface FunnelStep {
  id: FunnelStepId;
  basis: string;
  value: number | null;
  reason: string | null;
  stepRate: number | null;
  stepRateReason: string | null;
}

export interface DailyPoint {
  day: string;
  reach: number;
  views: number;
  impressions: number;
  engagements: number;
  clicks: number;
  conversions: number;
  revenue: number;
}

export const LEADERBOARD_KPIS = [
  'reach',
  'impressions',
  'engagements',
  'er_views',
  'clicks',
  'conversions',
  'revenue',
  'cost',
  'cpa',
  'roi',
] as const;
export type LeaderboardKpi = (typeof LEADERBOARD_KPIS)[number];

export interface ValueDelta {
  current: number | null;
  previous: number | null;
  change: number | null;
  changePercent: number | null;
}

export interface Dashboard {
  campaign: {
    id: string;
    name: string;
    status: string;
    currency: string;
    startDate: string | null;
    endDate: string | null;
  };
  range: { from: string | null; to: string | null };
  previousRange: { from: string; to: string } | null;
  tiles: KpiTile[];
  funnel: FunnelStep[];
  costEfficiency: DashboardValue[];
  clicks: {
    basis: 'posts' | 'tracked_links' | 'none';
    trackedLinks: boolean;
    tracked: number | null;
    bots: number | null;
    posts: number | null;
  };
  series: DailyPoint[];
  leaderboard: {
    sort: LeaderboardKpi;
    order: 'best' | 'worst';
    total: number;
    kpis: Record<
      string,
      { name: Localized; formula: Localized; unit: KpiUnit; direction: 'higher' | 'lower' }
    >;
    rows: {
      creatorId: string;
      name: string;
      values: Record<string, { value: number | null; reason: string | null }>;
    }[];
  };
  comparison: Record<string, ValueDelta> | null;
  freshness: { snapshots: string | null; clicks: string | null; conversions: string | null };
  generatedAt: string;
}

export interface DashboardFilters {
  from?: string;
  to?: string;
  compare: boolean;
  sort: LeaderboardKpi;
  order: 'best' | 'worst';
}

function dashboardQuery(filters: DashboardFilters) {
  return {
    from: filters.from,
    to: filters.to,
    compare: filters.compare ? 'previous' : 'none',
    sort: filters.sort,
    order: filters.order,
    limit: 20,
  };
}

const path = (workspaceId: string, campaignId: string) =>
  `/workspaces/${workspaceId}/campaigns/${campaignId}/dashboard`;

/** Refreshed every 30 s while the campaign is live (and the tab is visible). */
export function useDashboard(
  workspaceId: string,
  campaignId: string,
  filters: DashboardFilters,
  live: boolean,
) {
  return useQuery({
    queryKey: ['workspaces', workspaceId, 'campaigns', campaignId, 'dashboard', filters],
    queryFn: () => api.get<Dashboard>(path(workspaceId, campaignId), dashboardQuery(filters)),
    refetchInterval: live ? 30_000 : false,
    placeholderData: (previous) => previous,
  });
}

export function dashboardExportUrl(
  workspaceId: string,
  campaignId: string,
  filters: DashboardFilters,
  format: 'xlsx' | 'csv',
  lang: string,
): string {
  const { limit: _limit, ...query } = dashboardQuery(filters);
  return buildUrl(`/api/v1${path(workspaceId, campaignId)}/export`, { ...query, format, lang });
}
