import type { Db } from '@lantoa/db';
import { sharedReports } from '@lantoa/db/schema';
import { eq, sql } from 'drizzle-orm';

/** Quiet time after which reading the report again counts as a new open (a live page refreshes every 30 s). */
export const OPEN_GAP_MS = 30 * 60_000;

/** Counts visits, not requests: an open is a read after OPEN_GAP_MS without any; every read moves "last opened". */
export async function recordReportOpen(db: Pick<Db, 'update'>, reportId: string, now: number): Promise<void> {
  const quietSince = new Date(now - OPEN_GAP_MS);
  await db
    .update(sharedReports)
    .set({
      openCount: sql`CASE WHEN ${sharedReports.lastOpenedAt} IS NULL OR ${sharedReports.lastOpenedAt} <= ${quietSince}
        THEN ${sharedReports.openCount} + 1 ELSE ${sharedReports.openCount} END`,
      lastOpenedAt: new Date(now),
    })
    .where(eq(sharedReports.id, reportId));
}
