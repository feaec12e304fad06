import { z } from 'zod';

type ErrorMap = (issue: { input?: unknown }) => string;

/** The message for a wrong value, or "required field is missing" when there is no value at all. */
export function expecting(description: string): ErrorMap {
  return (issue) => (issue.input === undefined ? 'required field is missing' : `expected ${description}`);
}

export const idField = z
  .string({ error: expecting('a non-empty string id') })
  .min(1, { error: 'expected a non-empty id' });

export const textField = z.string({ error: expecting('a string') });

/** An instant with an explicit offset, e.g. 2026-03-02T19:00:00+07:00. */
export const instantField = z.iso.datetime({
  offset: true,
  error: expecting('an ISO 8601 date-time with a time zone, e.g. 2026-03-02T19:00:00+07:00'),
});

export const dateField = z.iso.date({ error: expecting('a date as YYYY-MM-DD') });

export function countField() {
  const message = expecting('a non-negative integer');
  return z.number({ error: message }).int({ error: message }).min(0, { error: message });
}

export function amountField() {
  const message = expecting(
    'a non-negative integer amount in minor units of the campaign currency (VND: đồng)',
  );
  return z
    .number({ error: message })
    .int({ error: message })
    .min(0, { error: message })
    .describe('Integer minor units of the campaign currency (VND has none: 1 = 1 đồng)');
}

export function nonNegativeField() {
  const message = expecting('a non-negative number');
  return z.number({ error: message }).min(0, { error: message });
}

export function positiveField() {
  const message = expecting('a positive number');
  return z.number({ error: message }).positive({ error: message });
}

/** A metric that may be absent or null: the platform did not report it (never read as 0). */
export function recorded<T extends z.ZodType>(schema: T) {
  return schema
    .nullable()
    .optional()
    .describe('Absent or null when the platform does not report it (never read as 0)');
}
