import { workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';
import { type BudgetCategory, campaignKey } from './campaign-api';

export interface CampaignCost {
  id: string;
  category: BudgetCategory;
  amount: number;
  currency: string;
  incurredOn: string | null;
  creatorId: string | null;
  creatorName: string | null;
  note: string | null;
  /** Set when the cost is a paid contract milestone: it is changed through the contract, not here. */
  contract: { id: string; title: string | null; milestoneId: string; milestoneLabel: string } | null;
  createdAt: string;
}

export interface CostInput {
  category: BudgetCategory;
  amount: number;
  incurredOn: string;
  creatorId: string | null;
  note: string | null;
}

export const costsKey = (workspaceId: string, campaignId: string) =>
  [...campaignKey(workspaceId, campaignId), 'costs'] as const;
/** The dashboard caches under its own prefix; a cost changes its CPA, CPE and ROI. */
export const dashboardPrefixKey = (workspaceId: string, campaignId: string) =>
  ['workspaces', workspaceId, 'campaigns', campaignId, 'dashboard'] as const;

const costsPath = (workspaceId: string, campaignId: string) =>
  `${workspacePath(workspaceId)}/campaigns/${campaignId}/costs`;

export const listCosts = (workspaceId: string, campaignId: string) =>
  api.get<{ items: CampaignCost[] }>(costsPath(workspaceId, campaignId));
export const createCost = (workspaceId: string, campaignId: string, body: CostInput) =>
  api.post<CampaignCost>(costsPath(workspaceId, campaignId), body);
export const updateCost = (workspaceId: string, campaignId: string, costId: string, body: CostInput) =>
  api.patch<CampaignCost>(`${costsPath(workspaceId, campaignId)}/${costId}`, body);
export const deleteCost = (workspaceId: string, campaignId: string, costId: string) =>
  api.delete(`${costsPath(workspaceId, campaignId)}/${costId}`);
