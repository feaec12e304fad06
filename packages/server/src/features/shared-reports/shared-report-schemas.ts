import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';
import { ZDashboard } from '../dashboard/dashboard-schemas';

export const ZSharedReportParams = z.strictObject({ workspaceId: ZUuid, sharedReportId: ZUuid });
export const ZReportTokenParams = z.strictObject({ token: z.string().min(20).max(100) });

export const ZCreateSharedReport = z.strictObject({
  /** Days until the link stops working; null keeps it working until revoked. */
  expiresInDays: z.number().int().min(1).max(365).nullable().default(30),
  password: z.string().min(6, 'at least 6 characters').max(200).nullable().default(null),
  /** Who the link is for, seen only inside the workspace ("Gửi chị Lan bên nhãn hàng"). */
  note: z.string().trim().max(500).nullable().default(null),
});

export const ZSharedReport = z.object({
  id: z.string(),
  campaignId: z.string(),
  campaignName: z.string(),
  note: z.string().nullable(),
  hasPassword: z.boolean(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastOpenedAt: z.string().nullable(),
  openCount: z.number().int(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  status: z.enum(['active', 'expired', 'revoked']),
});
/** The token is in `url`, shown only when the link is created. */
export const ZCreatedSharedReport = ZSharedReport.extend({ url: z.string() });
export const ZSharedReportList = z.object({ items: z.array(ZSharedReport) });

export const ZUnlockReport = z.strictObject({ password: z.string().min(1).max(200) });
export const ZReportAccess = z.object({ accessToken: z.string(), expiresAt: z.string() });

export const ZPublicReport = z.object({
  workspace: z.object({ name: z.string() }),
  campaign: z.object({ name: z.string(), brand: z.string().nullable() }),
  expiresAt: z.string().nullable(),
  dashboard: ZDashboard,
});
