import { ALERT_KINDS, ALERT_STATUSES } from '@lantoa/db/schema';
import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';

export const ZAlertParams = z.strictObject({ workspaceId: ZUuid, alertId: ZUuid });

export const ZAlert = z.object({
  id: z.string(),
  kind: z.enum(ALERT_KINDS),
  campaignId: z.string(),
  campaignName: z.string(),
  day: z.string(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  status: z.enum(ALERT_STATUSES),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  note: z.string().nullable(),
});
export type TAlert = z.infer<typeof ZAlert>;

export const ZAlertQuery = z.strictObject({
  campaignId: ZUuid.optional(),
  /** `unresolved` = open and acknowledged. */
  status: z.enum([...ALERT_STATUSES, 'unresolved']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZAlertCounts = z.object({ open: z.number(), acknowledged: z.number(), resolved: z.number() });

export const ZAlertStatusChange = z.strictObject({
  status: z.enum(ALERT_STATUSES),
  note: z.string().trim().max(1000).optional(),
});
