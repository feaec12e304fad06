import type { Db } from '@lantoa/db';
import { contractMilestones, contracts, costs, creators } from '@lantoa/db/schema';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { TCost } from './cost-schemas';

async function selectCosts(db: Db, where: SQL | undefined): Promise<TCost[]> {
  const rows = await db
    .select({
      cost: costs,
      creatorName: creators.name,
      milestone: { id: contractMilestones.id, label: contractMilestones.label },
      contract: { id: contracts.id, title: contracts.title },
    })
    .from(costs)
    .leftJoin(creators, eq(creators.id, costs.creatorId))
    .leftJoin(contractMilestones, eq(contractMilestones.id, costs.contractMilestoneId))
    .leftJoin(contracts, eq(contracts.id, contractMilestones.contractId))
    .where(where)
    .orderBy(desc(costs.incurredOn), desc(costs.createdAt), desc(costs.id));
  return rows.map(({ cost, creatorName, milestone, contract }) => ({
    id: cost.id,
    category: cost.category,
    amount: cost.amount,
    currency: cost.currency,
    incurredOn: cost.incurredOn,
    creatorId: cost.creatorId,
    creatorName,
    note: cost.note,
    contract:
      milestone && contract
        ? {
            id: contract.id,
            title: contract.title,
            milestoneId: milestone.id,
            milestoneLabel: milestone.label,
          }
        : null,
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

/** A contract payment's cost follows its milestone: it is changed there, not in the cost list. */
export function assertNotFromContract(cost: TCost): void {
  if (cost.contract)
    throw new AppError(
      'conflict',
      `This cost is the payment "${cost.contract.milestoneLabel}" of a contract; change or un-mark that milestone in the contract instead`,
      [{ path: 'params.costId', message: `recorded by contract ${cost.contract.id}` }],
    );
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
