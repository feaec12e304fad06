import type { Platform, Tier } from '../../api/types';
import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api, buildUrl, type QueryValue } from '../../lib/api-client';
import type { CreatorBody } from './creator-draft';

export type CreatorStatus = 'prospect' | 'contacted' | 'negotiating' | 'contracted' | 'archived' | 'blocked';
export const CREATOR_STATUSES: CreatorStatus[] = [
  'prospect',
  'contacted',
  'negotiating',
  'contracted',
  'archived',
  'blocked',
];
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export interface CreatorAccountSummary {
  id: string;
  platform: Platform;
  handle: string;
  url: string | null;
  followers: number | null;
  tier: Tier | null;
}

export interface CreatorListItem {
  id: string;
  name: string;
  avatarUrl: string | null;
  niches: string[];
  tags: string[];
  location: string | null;
  status: CreatorStatus;
  ownerUserId: string | null;
  followers: number | null;
  tier: Tier | null;
  engagementRate: number | null;
  feeMin: number | null;
  feeMax: number | null;
  qualityScore: number | null;
  riskLevel: RiskLevel | null;
  accounts: CreatorAccountSummary[];
}

export const CREATOR_SORTS = ['createdAt', 'name', 'followers', 'engagementRate', 'fee', 'quality'] as const;
export type CreatorSort = (typeof CREATOR_SORTS)[number];

/** The search as the API takes it; empty strings mean "no filter". */
export interface CreatorFilters {
  q: string;
  platform: string;
  tier: string;
  status: string;
  risk: string;
  location: string;
  niche: string;
  tag: string;
  owner: string;
  erMin: string;
  erMax: string;
  feeMin: string;
  feeMax: string;
  qualityMin: string;
  sort: CreatorSort;
  order: 'asc' | 'desc';
}

export const EMPTY_FILTERS: CreatorFilters = {
  q: '',
  platform: '',
  tier: '',
  status: '',
  risk: '',
  location: '',
  niche: '',
  tag: '',
  owner: '',
  erMin: '',
  erMax: '',
  feeMin: '',
  feeMax: '',
  qualityMin: '',
  sort: 'createdAt',
  order: 'desc',
};

export function filtersQuery(filters: CreatorFilters): Record<string, QueryValue> {
  return { ...filters, q: filters.q.trim() };
}

export function hasFilters(filters: CreatorFilters): boolean {
  return Object.entries(filters).some(
    ([key, value]) => key !== 'sort' && key !== 'order' && String(value).trim() !== '',
  );
}

export const creatorSearchKey = (workspaceId: string, filters: CreatorFilters) =>
  [...workspaceKey(workspaceId), 'creators', 'search', filters] as const;
export const creatorKey = (workspaceId: string, creatorId: string) =>
  [...workspaceKey(workspaceId), 'creators', 'one', creatorId] as const;

export const searchCreators = (workspaceId: string, filters: CreatorFilters, cursor?: string) =>
  api.get<{ items: CreatorListItem[]; nextCursor: string | null }>(`${workspacePath(workspaceId)}/creators`, {
    ...filtersQuery(filters),
    cursor,
    limit: 50,
  });

/** Download link of the filtered list; the browser sends the session cookie. */
export function creatorExportUrl(
  workspaceId: string,
  filters: CreatorFilters,
  format: 'csv' | 'xlsx',
): string {
  return buildUrl(`/api/v1${workspacePath(workspaceId)}/creators/export`, {
    ...filtersQuery(filters),
    format,
  });
}

export interface CreatorDetail extends CreatorListItem {
  bio: string | null;
  email: string | null;
  phone: string | null;
  languages: string[];
  notes: string | null;
  currency: string;
  rateCard: { deliverable: string; platform: Platform; amount: number }[];
  createdAt: string;
  updatedAt: string;
  accounts: (CreatorAccountSummary & { audience: unknown })[];
}

export const getCreator = (workspaceId: string, creatorId: string) =>
  api.get<CreatorDetail>(`${workspacePath(workspaceId)}/creators/${encodeURIComponent(creatorId)}`);
export const updateCreator = (workspaceId: string, creatorId: string, patch: Partial<CreatorDetail>) =>
  api.patch<CreatorDetail>(`${workspacePath(workspaceId)}/creators/${encodeURIComponent(creatorId)}`, patch);

/** Creates a creator (no `creatorId`) or replaces the edited fields of one; the server audits both. */
export const saveCreator = (workspaceId: string, creatorId: string | null, body: CreatorBody) =>
  creatorId
    ? api.patch<CreatorDetail>(
        `${workspacePath(workspaceId)}/creators/${encodeURIComponent(creatorId)}`,
        body,
      )
    : api.post<CreatorDetail>(`${workspacePath(workspaceId)}/creators`, body);
