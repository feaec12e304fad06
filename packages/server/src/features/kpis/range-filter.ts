import type { KpiRange } from '@lantoa/core/kpi';
import { and, gte, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** `column` inside the range; with `undated`, rows whose time is NULL count for any range. */
export function inRange(column: PgColumn, range: KpiRange | undefined, undated = false): SQL | undefined {
  const bounds = and(
    range?.from === undefined ? undefined : gte(column, new Date(range.from)),
    range?.to === undefined ? undefined : lte(column, new Date(range.to)),
  );
  if (!bounds) return undefined;
  return undated ? or(isNull(column), bounds) : bounds;
}
