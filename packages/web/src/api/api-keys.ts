import { api } from '../lib/api-client';
import type { ApiKey, CreatedApiKey, Page, Role } from './types';
import { workspaceKey, workspacePath } from './workspaces';

export const apiKeysKey = (workspaceId: string) => [...workspaceKey(workspaceId), 'api-keys'] as const;

const apiKeys = (workspaceId: string) => `${workspacePath(workspaceId)}/api-keys`;

export const listApiKeys = (workspaceId: string) => api.get<Page<ApiKey>>(apiKeys(workspaceId));
export const createApiKey = (workspaceId: string, name: string, role: Role) =>
  api.post<CreatedApiKey>(apiKeys(workspaceId), { name, role });
export const revokeApiKey = (workspaceId: string, apiKeyId: string) =>
  api.delete(`${apiKeys(workspaceId)}/${encodeURIComponent(apiKeyId)}`);
