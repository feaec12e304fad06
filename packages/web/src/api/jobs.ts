import { api } from '../lib/api-client';
import type { Job, Page } from './types';
import { workspaceKey, workspacePath } from './workspaces';

export const jobKey = (workspaceId: string, jobId: string) =>
  [...workspaceKey(workspaceId), 'job', jobId] as const;

export const getJob = (workspaceId: string, jobId: string) =>
  api.get<Job>(`${workspacePath(workspaceId)}/jobs/${encodeURIComponent(jobId)}`);
export const startDemoData = (workspaceId: string) =>
  api.post<{ jobId: string }>(`${workspacePath(workspaceId)}/demo`);

export const jobsKey = (workspaceId: string) => [...workspaceKey(workspaceId), 'jobs'] as const;

export const listJobs = (workspaceId: string) => api.get<Page<Job>>(`${workspacePath(workspaceId)}/jobs`);
