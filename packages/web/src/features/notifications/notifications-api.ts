import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';

export interface AppNotification {
  id: string;
  kind:
    | 'deliverable_due_soon'
    | 'deliverable_due'
    | 'deliverable_overdue'
    | 'usage_rights_expiring'
    | 'payment_due';
  entityType: string;
  entityId: string;
  data: Record<string, string | number | null>;
  readAt: string | null;
  createdAt: string;
}

export const notificationsKey = (workspaceId: string) =>
  [...workspaceKey(workspaceId), 'notifications'] as const;
export const listNotifications = (workspaceId: string) =>
  api.get<{ unreadCount: number; items: AppNotification[] }>(`${workspacePath(workspaceId)}/notifications`);
export const markRead = (body: { ids?: string[]; all?: boolean; workspaceId?: string }) =>
  api.post<{ marked: number }>('/me/notifications/read', body);
