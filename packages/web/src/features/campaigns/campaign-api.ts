import type { CampaignStatus, Role, Tier } from '../../api/types';
import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';

export const GOALS = ['awareness', 'engagement', 'conversion', 'retention', 'advocacy'] as const;
export type Goal = (typeof GOALS)[number];
export const FUNNEL_STAGES = GOALS;
export const BUDGET_CATEGORIES = ['creator_fee', 'media', 'production', 'customer_care', 'other'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export const KPI_UNITS = ['count', 'percent', 'money', 'seconds', 'minutes', 'points', 'ratio'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];
export type BudgetWarningCode =
  | 'missing_category'
  | 'committed_above_planned'
  | 'spent_above_planned'
  | 'lines_above_total'
  | 'creator_fees_above_kol_budget'
  | 'creator_concentration';

export interface Localized {
  vi: string;
  en: string;
}

export interface CampaignKpiInput {
  kpiId: string;
  target: number | null;
  deadline: string | null;
}

export interface BudgetLineInput {
  category: BudgetCategory;
  planned: number;
  committed: number | null;
}

export interface CampaignInput {
  name: string;
  brand: string | null;
  description?: string | null;
  objectives: Goal[];
  funnelStage: Goal | null;
  kpis: CampaignKpiInput[];
  competitors: string[];
  targetAudience: string | null;
  startDate: string | null;
  endDate: string | null;
  budgetAmount: number | null;
  budgetLines: BudgetLineInput[];
}

export interface BudgetWarning {
  code: BudgetWarningCode;
  category?: BudgetCategory;
  planned?: number;
  committed?: number;
  spent?: number;
  total?: number;
  fees?: number;
  name?: string;
  fee?: number;
  share?: number;
}

export interface CampaignDetail {
  id: string;
  name: string;
  status: CampaignStatus;
  brand: string | null;
  description: string | null;
  objectives: Goal[];
  funnelStage: Goal | null;
  competitors: string[];
  targetAudience: string | null;
  startDate: string | null;
  endDate: string | null;
  budget: { amount: number; currency: string } | null;
  kpis: {
    id: string;
    kpiId: string;
    name: Localized;
    unit: KpiUnit;
    direction: 'higher' | 'lower';
    target: number | null;
    deadline: string | null;
  }[];
  tooManyKpis: boolean;
  goLive: { allowed: boolean; reason: string | null };
  creators: { creatorId: string; name: string; fee: number | null; status: string }[];
  budgetSummary: {
    total: number | null;
    planned: number;
    committed: number;
    spent: number;
    categories: {
      category: BudgetCategory;
      planned: number | null;
      committed: number | null;
      spent: number;
    }[];
    warnings: BudgetWarning[];
  };
  updatedAt: string;
}

export interface KpiOption {
  kpiId: string;
  group: string;
  name: Localized;
  description: Localized;
  formulaText: Localized;
  unit: KpiUnit;
  direction: 'higher' | 'lower';
  goals: Goal[];
  suggestedTarget: SuggestedTarget | null;
}

/** A default target and where it comes from: the median of earlier targets, or a published benchmark band. */
export type SuggestedTarget =
  | { value: number; kind: 'history'; count: number; tier: null; source: null }
  | {
      value: number;
      kind: 'benchmark';
      count: null;
      tier: Tier;
      source: { id: string; title: Localized; reference: string };
    };

export interface KpiSuggestions {
  minKpis: number;
  maxKpis: number;
  metricVsKpi: { title: Localized; body: Localized };
  recommendations: { goal: Goal; primary: string[]; secondary: string[] }[];
  kpis: KpiOption[];
}

export const campaignKey = (workspaceId: string, campaignId: string) =>
  [...workspaceKey(workspaceId), 'campaigns', campaignId] as const;
export const kpiSuggestionsKey = (workspaceId: string) =>
  [...workspaceKey(workspaceId), 'campaign-kpi-suggestions'] as const;

const campaignsPath = (workspaceId: string) => `${workspacePath(workspaceId)}/campaigns`;

export const getCampaign = (workspaceId: string, campaignId: string) =>
  api.get<CampaignDetail>(`${campaignsPath(workspaceId)}/${campaignId}`);
export const createCampaign = (workspaceId: string, body: CampaignInput) =>
  api.post<CampaignDetail>(campaignsPath(workspaceId), body);
export const updateCampaign = (workspaceId: string, campaignId: string, body: Partial<CampaignInput>) =>
  api.patch<CampaignDetail>(`${campaignsPath(workspaceId)}/${campaignId}`, body);
export const setCampaignStatus = (workspaceId: string, campaignId: string, status: CampaignStatus) =>
  api.post<CampaignDetail>(`${campaignsPath(workspaceId)}/${campaignId}/status`, { status });
export const getKpiSuggestions = (workspaceId: string) =>
  api.get<KpiSuggestions>(`${workspacePath(workspaceId)}/campaign-kpi-suggestions`);

export const canWriteCampaigns = (role: Role) => role === 'owner' || role === 'admin' || role === 'manager';
