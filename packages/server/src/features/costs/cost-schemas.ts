import { BUDGET_CATEGORIES } from '@lantoa/core/budget';
import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';

export const ZCostParams = z.strictObject({ workspaceId: ZUuid, campaignId: ZUuid, costId: ZUuid });

const ZDay = z.iso.date({ message: 'must be a date YYYY-MM-DD' });
const ZAmount = z.number().int('must be a whole number of VND').min(1).max(1e13);
const ZNote = z.string().trim().max(500);

export const ZCreateCost = z.strictObject({
  category: z.enum(BUDGET_CATEGORIES),
  amount: ZAmount,
  incurredOn: ZDay,
  creatorId: ZUuid.nullable().default(null),
  note: ZNote.nullable().default(null),
});
export type TCreateCost = z.infer<typeof ZCreateCost>;

export const ZUpdateCost = z.strictObject({
  category: z.enum(BUDGET_CATEGORIES).optional(),
  amount: ZAmount.optional(),
  incurredOn: ZDay.optional(),
  creatorId: ZUuid.nullable().optional(),
  note: ZNote.nullable().optional(),
});
export type TUpdateCost = z.infer<typeof ZUpdateCost>;

export const ZCost = z.object({
  id: z.string(),
  category: z.enum(BUDGET_CATEGORIES),
  amount: z.number(),
  currency: z.string(),
  incurredOn: z.string().nullable(),
  creatorId: z.string().nullable(),
  creatorName: z.string().nullable(),
  note: z.string().nullable(),
  /** Set when the cost records a paid contract milestone (then it is edited through the contract). */
  contract: z
    .object({
      id: z.string(),
      title: z.string().nullable(),
      milestoneId: z.string(),
      milestoneLabel: z.string(),
    })
    .nullable(),
  createdAt: z.string(),
});
export type TCost = z.infer<typeof ZCost>;

export const ZCostList = z.object({ items: z.array(ZCost) });
