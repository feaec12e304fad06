export type Lateness = 'on_time' | 'late' | 'missed';

export interface LatenessInput {
  dueAt: Date;
  publishedAt: Date | null;
  now: Date;
}

/** Unpublished content this long after its due date counts as missed (for creator reliability). */
export const DEFAULT_MISSED_AFTER_HOURS = 72;

/**
 * On time when published by the due moment, late when after it; missed while still unpublished more than
 * `missedAfterHours` past due; null while it can still be on time or merely late.
 */
export function deliverableLateness(
  { dueAt, publishedAt, now }: LatenessInput,
  missedAfterHours = DEFAULT_MISSED_AFTER_HOURS,
): Lateness | null {
  if (publishedAt) return publishedAt.getTime() <= dueAt.getTime() ? 'on_time' : 'late';
  return now.getTime() > dueAt.getTime() + missedAfterHours * 3_600_000 ? 'missed' : null;
}
