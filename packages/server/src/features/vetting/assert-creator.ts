import type { Db } from '@lantoa/db';
import { creators } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';

/** The creator's name; "not found" when it is not in this workspace. */
export async function assertCreator(
  db: Db | Tx,
  workspaceId: string,
  creatorId: string,
): Promise<{ id: string; name: string }> {
  const [creator] = await db
    .select({ id: creators.id, name: creators.name })
    .from(creators)
    .where(and(eq(creators.id, creatorId), eq(creators.workspaceId, workspaceId)));
  if (!creator) throw AppError.notFound('Creator');
  return creator;
}
