import { api } from '../lib/api-client';
import type { Campaign, Creator, Page } from './types';
import { workspaceKey, workspacePath } from './workspaces';

export const creatorsKey = (workspaceId: string, q = '') =>
  [...workspaceKey(workspaceId), 'creators', q] as const;
export const campaignsKey = (workspaceId: string) => [...workspaceKey(workspaceId), 'campaigns'] as const;

export const listCreators = (workspaceId: string, q: string, cursor?: string) =>
  api.get<Page<Creator>>(`${workspacePath(workspaceId)}/creators`, { q, cursor, limit: 50 });
export const listCampaigns = (workspaceId: string) =>
  api.get<Page<Campaign>>(`${workspacePath(workspaceId)}/campaigns`);
