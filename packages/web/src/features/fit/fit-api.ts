import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export interface FitTarget {
  ageRange?: { min: number; max: number } | null;
  genders?: Gender[] | null;
  locations?: string[] | null;
  interests?: string[] | null;
  niches?: string[] | null;
}

export interface FitTargetView {
  campaignId: string;
  target: FitTarget | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface FitReason {
  id: 'age' | 'gender' | 'location' | 'interests' | 'niche';
  label: { vi: string; en: string };
  status: 'ok' | 'warning' | 'alert' | 'not_available';
  maxPoints: number;
  contribution: number | null;
  evidence: { vi: string; en: string };
  reference: { vi: string; en: string } | null;
}

export interface FitResult {
  score: number | null;
  coverage: number;
  reasons: FitReason[];
  notRequested: string[];
  audienceSource: string | null;
}

const targetPath = (workspaceId: string, campaignId: string) =>
  `${workspacePath(workspaceId)}/campaigns/${encodeURIComponent(campaignId)}/fit-target`;

export const fitTargetKey = (workspaceId: string, campaignId: string) =>
  [...workspaceKey(workspaceId), 'campaigns', campaignId, 'fit-target'] as const;
export const creatorFitKey = (workspaceId: string, creatorId: string, campaignId: string) =>
  [...workspaceKey(workspaceId), 'creators', creatorId, 'fit', campaignId] as const;

export const getFitTarget = (workspaceId: string, campaignId: string) =>
  api.get<FitTargetView>(targetPath(workspaceId, campaignId));
export const saveFitTarget = (workspaceId: string, campaignId: string, target: FitTarget) =>
  api.put<FitTargetView>(targetPath(workspaceId, campaignId), target);
export const getCreatorFit = (workspaceId: string, creatorId: string, campaignId: string) =>
  api.get<FitResult>(`${workspacePath(workspaceId)}/creators/${encodeURIComponent(creatorId)}/fit`, {
    campaignId,
  });

/** "Hà Nội, TP.HCM" → ["Hà Nội", "TP.HCM"]; an empty field is "not requested". */
export function splitList(text: string): string[] | null {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 ? items : null;
}
