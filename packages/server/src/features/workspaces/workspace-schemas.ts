import { TierThresholdsSchema } from '@lantoa/core/tiers';
import { z } from 'zod';
import { ZRole } from '../../http/common-schemas';

export const ZWorkspaceSettings = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as VND'),
  timezone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Asia/Ho_Chi_Minh'),
  locale: z.enum(['vi', 'en']),
  tierThresholds: TierThresholdsSchema,
  competitorBrands: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(80),
        aliases: z.array(z.string().trim().min(1).max(80)).max(20),
      }),
    )
    .max(100)
    .optional(),
  collaborationWindowMonths: z.number().int().min(1).max(36).optional(),
});

export const ZWorkspace = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  role: ZRole,
  settings: ZWorkspaceSettings,
  counts: z.object({ creators: z.number(), campaigns: z.number(), members: z.number() }),
});
export type TWorkspace = z.infer<typeof ZWorkspace>;

export const ZCreateWorkspace = z.strictObject({ name: z.string().trim().min(2).max(80) });

export const ZUpdateWorkspace = z.strictObject({
  name: z.string().trim().min(2).max(80).optional(),
  settings: ZWorkspaceSettings.partial().strict().optional(),
});

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
