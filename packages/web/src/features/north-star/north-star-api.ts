import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';
import type { KpiUnit, Localized } from '../campaigns/campaign-api';

export const KPI_TREE_LEVELS = ['company', 'team', 'individual'] as const;
export type KpiTreeLevel = (typeof KPI_TREE_LEVELS)[number];
export type KpiTreeStatus = 'ahead' | 'on_track' | 'at_risk' | 'off_track' | 'no_data' | 'not_started';

export interface KpiTreeNode {
  id: string;
  parentId: string | null;
  level: KpiTreeLevel;
  name: string;
  kpi: { id: string; name: Localized; unit: KpiUnit; direction: 'higher' | 'lower'; formulaText: Localized };
  target: number;
  periodStart: string;
  periodEnd: string;
  owner: { id: string; name: string } | null;
  weight: number;
  campaigns: {
    campaignId: string;
    name: string;
    kpiId: string;
    value: number | null;
    reason: string | null;
  }[];
  progress: {
    rule: 'sum' | 'weighted_mean';
    actual: number | null;
    expectedToDate: number | null;
    progress: number | null;
    status: KpiTreeStatus;
    elapsed: number;
    contributions: number;
    rolledUpChildren: string[];
    excludedChildren: { id: string; reason: string }[];
  };
}

export interface KpiTree {
  today: string;
  computedAt: string;
  nodes: KpiTreeNode[];
}

export interface KpiTreeNodeInput {
  name: string;
  kpiId: string;
  target: number;
  periodStart: string;
  periodEnd: string;
  ownerUserId: string | null;
  campaigns: { campaignId: string }[];
}

export const kpiTreeKey = (workspaceId: string) => [...workspaceKey(workspaceId), 'kpi-tree'] as const;

const base = (workspaceId: string) => `${workspacePath(workspaceId)}/kpi-tree`;

export const getKpiTree = (workspaceId: string) => api.get<KpiTree>(base(workspaceId));
export const createKpiTreeNode = (
  workspaceId: string,
  body: KpiTreeNodeInput & { level: KpiTreeLevel; parentId: string | null },
) => api.post<KpiTree>(`${base(workspaceId)}/nodes`, body);
export const updateKpiTreeNode = (workspaceId: string, nodeId: string, body: Partial<KpiTreeNodeInput>) =>
  api.patch<KpiTree>(`${base(workspaceId)}/nodes/${nodeId}`, body);
export const deleteKpiTreeNode = (workspaceId: string, nodeId: string) =>
  api.delete(`${base(workspaceId)}/nodes/${nodeId}`);

/** The level a child of `level` has, or null for a person (the tree stops there). */
export function childLevel(level: KpiTreeLevel): KpiTreeLevel | null {
  if (level === 'company') return 'team';
  if (level === 'team') return 'individual';
  return null;
}
