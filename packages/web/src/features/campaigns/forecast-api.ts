import { workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';
import { campaignKey } from './campaign-api';

export type ForecastGapCode =
  | 'no_creators'
  | 'no_basis'
  | 'no_cost'
  | 'no_revenue_per_order'
  | 'no_followers'
  | 'after_launch_only'
  | 'zero_denominator';

/** Inputs a forecast names: simulated counts and the constants (cost, revenue, followers) they combine with. */
export type ForecastInputName =
  | 'reach'
  | 'impressions'
  | 'views'
  | 'engagements'
  | 'clicks'
  | 'orders'
  | 'cost'
  | 'revenue'
  | 'followers';

export interface KpiForecast {
  kpiId: string;
  target: number | null;
  median: number | null;
  interval: [number, number] | null;
  targetPosition: 'below' | 'inside' | 'above' | null;
  inputs: {
    name: ForecastInputName;
    median: number;
    basis: { history: number; benchmark: number; missing: number } | null;
  }[];
  /** `input` is a `ForecastInputName`, except for 'after_launch_only', which may name any raw KPI input. */
  gap: { code: ForecastGapCode; input: string | null } | null;
}

export interface CampaignForecast {
  confidence: number;
  simulations: number;
  creators: number;
  cost: number | null;
  costSource: 'budget' | 'creator_fees' | null;
  revenuePerOrder: number | null;
  kpis: KpiForecast[];
}

export const campaignForecastKey = (workspaceId: string, campaignId: string) =>
  [...campaignKey(workspaceId, campaignId), 'forecast'] as const;

export const getCampaignForecast = (workspaceId: string, campaignId: string) =>
  api.get<CampaignForecast>(`${workspacePath(workspaceId)}/campaigns/${campaignId}/forecast`);
