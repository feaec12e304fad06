import type { sharedReports } from '@lantoa/db/schema';
import { toIso } from '../../http/common-schemas';

type SharedReportRow = typeof sharedReports.$inferSelect;

export function sharedReportStatus(row: SharedReportRow, now: Date): 'active' | 'expired' | 'revoked' {
  if (row.revokedAt !== null) return 'revoked';
  if (row.expiresAt !== null && row.expiresAt <= now) return 'expired';
  return 'active';
}

/** A shared report as the workspace sees it: never the token or the password hash. */
export function sharedReportView(
  row: SharedReportRow,
  campaignName: string,
  createdBy: { id: string; name: string } | null,
  now = new Date(),
) {
  return {
    id: row.id,
    campaignId: row.campaignId,
    campaignName,
    note: row.note,
    hasPassword: row.passwordHash !== null,
    expiresAt: toIso(row.expiresAt),
    revokedAt: toIso(row.revokedAt),
    lastOpenedAt: toIso(row.lastOpenedAt),
    openCount: row.openCount,
    createdBy,
    createdAt: row.createdAt.toISOString(),
    status: sharedReportStatus(row, now),
  };
}
