import type { Db } from '@lantoa/db';
import { deliverables } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { DeliverableRow } from './apply-status-change';

/** The deliverable row of this workspace, or "Deliverable not found". */
export async function findDeliverable(
  db: Pick<Db, 'select'>,
  workspaceId: string,
  deliverableId: string,
): Promise<DeliverableRow> {
  const [row] = await db
    .select()
    .from(deliverables)
    .where(and(eq(deliverables.id, deliverableId), eq(deliverables.workspaceId, workspaceId)));
  if (!row) throw AppError.notFound('Deliverable');
  return row;
}
