import { api } from '../../lib/api-client';
import { isApiError } from '../../lib/api-error';
import type { Dashboard, DashboardFilters } from '../dashboard/dashboard-api';

export type SharedReportStatus = 'active' | 'expired' | 'revoked';

export interface SharedReport {
  id: string;
  campaignId: string;
  campaignName: string;
  note: string | null;
  hasPassword: boolean;
  expiresAt: string | null;
  revokedAt: string | null;
  lastOpenedAt: string | null;
  openCount: number;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  status: SharedReportStatus;
}

export interface CreatedSharedReport extends SharedReport {
  url: string;
}

export interface NewSharedReport {
  expiresInDays: number | null;
  password: string | null;
  note: string | null;
}

export interface PublicReport {
  workspace: { name: string };
  campaign: { name: string; brand: string | null };
  expiresAt: string | null;
  dashboard: Dashboard;
}

export const sharedReportsKey = (workspaceId: string) =>
  ['workspaces', workspaceId, 'shared-reports'] as const;

export const listSharedReports = (workspaceId: string) =>
  api.get<{ items: SharedReport[] }>(`/workspaces/${workspaceId}/shared-reports`);

export const createSharedReport = (workspaceId: string, campaignId: string, body: NewSharedReport) =>
  api.post<CreatedSharedReport>(`/workspaces/${workspaceId}/campaigns/${campaignId}/shared-reports`, body);

export const revokeSharedReport = (workspaceId: string, id: string) =>
  api.post<SharedReport>(`/workspaces/${workspaceId}/shared-reports/${id}/revoke`);

export type PublicReportResult = { kind: 'report'; report: PublicReport } | { kind: 'locked' };

/**
 * The report behind a share link. "Password needed" is an answer, not an error: a 401 thrown into the query cache
 * would read as an expired session and send the visitor to the sign-in page.
 */
export async function getPublicReport(token: string, filters: DashboardFilters): Promise<PublicReportResult> {
  try {
    const report = await api.get<PublicReport>(`/public/reports/${token}`, {
      from: filters.from,
      to: filters.to,
      compare: filters.compare ? 'previous' : 'none',
      sort: filters.sort,
      order: filters.order,
      limit: 20,
    });
    return { kind: 'report', report };
  } catch (error) {
    if (isApiError(error) && error.code === 'password_required') return { kind: 'locked' };
    throw error;
  }
}

/** Sends the password; the server answers with a cookie that opens this report for 12 hours. */
export const unlockPublicReport = (token: string, password: string) =>
  api.post<{ accessToken: string; expiresAt: string }>(`/public/reports/${token}/unlock`, { password });
