import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';

export type AlertStatus = 'open' | 'acknowledged' | 'resolved';
export type AlertStatusFilter = AlertStatus | 'unresolved' | 'all';

export interface AlertItem {
  id: string;
  kind: 'negative_spike';
  campaignId: string;
  campaignName: string;
  day: string;
  details: Record<string, unknown>;
  createdAt: string;
  status: AlertStatus;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  note: string | null;
}

export interface AlertCounts {
  open: number;
  acknowledged: number;
  resolved: number;
}

export const alertsKey = (workspaceId: string) => [...workspaceKey(workspaceId), 'alerts'] as const;

export const listAlerts = (workspaceId: string, campaignId: string | undefined, status: AlertStatusFilter) =>
  api.get<{ items: AlertItem[]; counts: AlertCounts }>(`${workspacePath(workspaceId)}/alerts`, {
    campaignId,
    status: status === 'all' ? undefined : status,
  });

export const changeAlertStatus = (workspaceId: string, alertId: string, status: AlertStatus, note?: string) =>
  api.post<AlertItem>(`${workspacePath(workspaceId)}/alerts/${encodeURIComponent(alertId)}/status`, {
    status,
    ...(note ? { note } : {}),
  });
