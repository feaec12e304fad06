import type { DeliverableRecord } from '@lantoa/core/vetting';
import type { Db } from '@lantoa/db';
import { deliverables } from '@lantoa/db/schema';
import { and, asc, eq } from 'drizzle-orm';

/** The creator's deliverables across campaigns, as the reliability score reads them (B6). */
export async function loadDeliverableRecords(
  db: Db,
  workspaceId: string,
  creatorId: string,
): Promise<DeliverableRecord[]> {
  const rows = await db
    .select({
      id: deliverables.id,
      dueAt: deliverables.dueAt,
      publishedAt: deliverables.publishedAt,
      lateness: deliverables.lateness,
    })
    .from(deliverables)
    .where(and(eq(deliverables.workspaceId, workspaceId), eq(deliverables.creatorId, creatorId)))
    .orderBy(asc(deliverables.dueAt));
  return rows.map((row) => ({
    id: row.id,
    dueAt: row.dueAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    missed: row.lateness === 'missed' && row.publishedAt === null,
  }));
}
