import { api } from '../lib/api-client';
import type { Workspace, WorkspaceSettings } from './types';

export const workspacePath = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}`;
export const workspaceKey = (workspaceId: string) => ['workspace', workspaceId] as const;

export const getWorkspace = (workspaceId: string) => api.get<Workspace>(workspacePath(workspaceId));
export const createWorkspace = (name: string) => api.post<Workspace>('/workspaces', { name });
export const updateWorkspace = (
  workspaceId: string,
  patch: { name?: string; settings?: Partial<WorkspaceSettings> },
) => api.patch<Workspace>(workspacePath(workspaceId), patch);
