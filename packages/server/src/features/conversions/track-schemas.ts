import { z } from 'zod';
import { ZIsoDate, ZUuid } from '../../http/common-schemas';

export const ZTrackBody = z.strictObject({
  workspaceId: ZUuid,
  /** The same key twice is the same event: stored and counted once. */
  idempotencyKey: z.string().trim().min(1).max(200),
  orderId: z.string().trim().min(1).max(200).optional(),
  /** Integer VND (or minor units of `currency`). */
  amount: z.number().int().min(0).max(1e13).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as VND')
    .default('VND'),
  occurredAt: ZIsoDate.optional(),
  /** The `lt_cid` the short link added to the landing URL (or the `lt_cid` cookie). */
  clickId: ZUuid.optional(),
  code: z.string().trim().min(1).max(64).optional(),
  customerType: z.enum(['new', 'returning']).optional(),
  /** For a sale: `approved` once the order is delivered and paid; send again with the same orderId. */
  status: z.enum(['pending', 'approved']).default('pending'),
});
export type TTrackBody = z.infer<typeof ZTrackBody>;

export const ZTrackResult = z.object({
  eventId: z.string(),
  duplicate: z.boolean(),
  attributedBy: z.enum(['code', 'click']).nullable(),
  campaignId: z.string().nullable(),
  creatorId: z.string().nullable(),
  conversionId: z.string().nullable(),
  status: z.enum(['pending', 'approved', 'reversed']).nullable(),
});
export type TTrackResult = z.infer<typeof ZTrackResult>;
