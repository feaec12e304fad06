import type { Db } from '@lantoa/db';
import { costs, creators } from '@lantoa/db/schema';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { TCost } from './cost-schemas';

async function selectCosts(db: Db, where: SQL | undefined): Promise<TCost[]> {
  const rows = await db
    .select({ cost: costs, creatorName: creators.name })
    .from(costs)
    .leftJoin(creators, eq(creators.id, costs.creatorId))
    .where(where)
    .orderBy(desc(costs.incurredOn), desc(costs.createdAt), desc(costs.id));
  return rows.map(({ cost, creatorName }) => ({
    id: cost.id,
    category: cost.category,
    amount: cost.amount,
    currency: cost.currency,
    incurredOn: cost.incurredOn,
    creatorId: cost.creatorId,
    creatorName,
    note: cost.note,
    createdAt: cost.createdAt.toISOString(),
  }));
}

/** The campaign's recorded costs, newest day first. */
export function loadCosts(db: Db, workspaceId: string, campaignId: string): Promise<TCost[]> {
  return selectCosts(db, and(eq(costs.workspaceId, workspaceId), eq(costs.campaignId, campaignId)));
}

export async function loadCost(
  db: Db,
  workspaceId: string,
  campaignId: string,
  costId: string,
): Promise<TCost> {
  const [cost] = await selectCosts(
    db,
    and(eq(costs.id, costId), eq(costs.workspaceId, workspaceId), eq(costs.campaignId, campaignId)),
  );
  if (!cost) throw AppError.notFound('Cost');
  return cost;
}

/** A cost may name only a creator of this workspace. */
export async function assertCreatorInWorkspace(
  db: Db,
  workspaceId: string,
  creatorId: string | null | undefined,
): Promise<void> {
  if (!creatorId) return;
  const [creator] = await db
    .select({ id: creators.id })
    .from(creators)
    .where(and(eq(creators.id, creatorId), eq(creators.workspaceId, workspaceId)));
  if (!creator)
    throw new AppError('validation_failed', 'The creator of this cost is not in this workspace', [
      { path: 'body.creatorId', message: 'no such creator in this workspace' },
    ]);
}
