import { api } from '../lib/api-client';
import type { AuditEntry, Page } from './types';
import { workspaceKey, workspacePath } from './workspaces';

export interface AuditFilters {
  actorId?: string;
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
}

export const auditLogKey = (workspaceId: string, filters: AuditFilters) =>
  [...workspaceKey(workspaceId), 'audit-log', filters] as const;

const AUDIT_PAGE_SIZE = 50;

export const listAuditLog = (workspaceId: string, filters: AuditFilters, cursor?: string) =>
  api.get<Page<AuditEntry>>(`${workspacePath(workspaceId)}/audit-log`, {
    ...filters,
    cursor,
    limit: AUDIT_PAGE_SIZE,
  });
