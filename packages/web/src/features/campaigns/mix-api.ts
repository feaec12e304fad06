import { workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';
import type { CampaignDetail } from './campaign-api';

export const MIX_GOALS = ['reach', 'engagements', 'clicks', 'conversions'] as const;
export type MixGoal = (typeof MIX_GOALS)[number];
export type ScenarioId = 'many_nano' | 'one_mega' | 'optimal';
export type MixReason =
  | 'covers_niche'
  | 'tier_minimum'
  | 'best_value'
  | 'no_fee'
  | 'no_estimate'
  | 'tier_not_allowed'
  | 'below_min_quality'
  | 'above_max_risk'
  | 'above_max_share'
  | 'tier_full'
  | 'audience_overlap'
  | 'lower_value_per_vnd';

export interface MixRequest {
  goal: MixGoal;
  budget?: number;
  maxSharePerCreator?: number;
  overlapPenalty?: number;
  minQuality?: number;
  maxRisk?: 'low' | 'medium' | 'high';
  nichesToCover?: string[];
  minPerTier?: Partial<Record<string, number>>;
  maxPerTier?: Partial<Record<string, number>>;
}

export interface MixSummary {
  creators: number;
  cost: number;
  expected: Record<MixGoal, { total: number; missing: number }>;
  costPerResult: number | null;
  maxShare: number | null;
  concentration: number | null;
  risk: { low: number; medium: number; high: number; unknown: number };
}

export interface MixPlan {
  goal: MixGoal;
  budget: number;
  candidates: number;
  eligible: number;
  uncoverableNiches: string[];
  scenarios: {
    id: ScenarioId;
    status: string;
    feasible: boolean;
    objective: number;
    summary: MixSummary;
    creators: { creatorId: string; name: string; tier: string | null; fee: number; risk: string | null }[];
  }[];
  greedy: { objective: number; summary: MixSummary };
  explanations: {
    id: string;
    name: string;
    picked: boolean;
    reason: MixReason;
    niche?: string;
    valuePerMillion: number | null;
    /** The goal's expected result comes from a tier benchmark band, not the creator's own posts. */
    fromBenchmark: boolean;
  }[];
  forecast: {
    metric: MixGoal;
    total: { mean: number; median: number; interval: [number, number] } | null;
    skipped: number;
  }[];
}

export const planMix = (workspaceId: string, campaignId: string, body: MixRequest) =>
  api.post<MixPlan>(`${workspacePath(workspaceId)}/campaigns/${campaignId}/mix`, body);

export const assignCreators = (
  workspaceId: string,
  campaignId: string,
  creators: { creatorId: string; fee: number }[],
) => api.post<CampaignDetail>(`${workspacePath(workspaceId)}/campaigns/${campaignId}/creators`, { creators });
