import { DELIVERABLE_STATUSES, DELIVERABLE_TYPES, PLATFORMS } from '@lantoa/db/schema';
import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';

const ZDay = z.iso.date({ message: 'must be a date YYYY-MM-DD' });

export const ZCalendarQuery = z
  .strictObject({
    /** Default: the first day of the current month. */
    from: ZDay.optional(),
    /** Default: the last day of `from`'s month. */
    to: ZDay.optional(),
    campaignId: ZUuid.optional(),
    /** Important posts to one audience closer than this many hours are flagged. */
    overlapWindowHours: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 14)
      .default(48),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after `to`', path: ['from'] })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 62 * 86_400_000, {
    message: 'at most 62 days',
    path: ['to'],
  });

export const ZCalendarConflict = z.object({
  code: z.enum(['competing_brands', 'exclusivity_window', 'audience_overlap', 'outside_campaign_dates']),
  deliverableIds: z.array(z.string()),
  creatorId: z.string().nullable(),
  brands: z.array(z.string()),
  until: z.string().nullable(),
  segment: z.string().nullable(),
  hoursApart: z.number().nullable(),
  day: z.string().nullable(),
  campaignId: z.string().nullable(),
});

export const ZCalendar = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  entries: z.array(
    z.object({
      deliverableId: z.string(),
      title: z.string(),
      campaign: z.object({ id: z.string(), name: z.string(), brand: z.string().nullable() }),
      creator: z.object({ id: z.string(), name: z.string() }),
      type: z.enum(DELIVERABLE_TYPES),
      platform: z.enum(PLATFORMS),
      status: z.enum(DELIVERABLE_STATUSES),
      /** When it is planned: published, else scheduled, else due. */
      at: z.string(),
      /** Local day of `at` in the workspace time zone. */
      day: z.string(),
      kind: z.enum(['published', 'scheduled', 'due']),
      important: z.boolean(),
      overdue: z.boolean(),
      conflicts: z.array(z.number()),
    }),
  ),
  conflicts: z.array(ZCalendarConflict),
});
