import type { Db } from '@lantoa/db';
import { campaigns, contractMilestones, contracts, creators } from '@lantoa/db/schema';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AuditEntry } from '../../audit/record-audit';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';
import type { TCreateContract } from './contract-schemas';
import { deleteMilestoneCosts } from './milestone-costs';

type Audit = (entry: AuditEntry) => Promise<void>;

export type ContractValues = Omit<TCreateContract, 'campaignId' | 'creatorId' | 'milestones'>;
export type MilestoneValues = TCreateContract['milestones'];

export async function assertCampaignAndCreator(
  db: Db,
  workspaceId: string,
  campaignId: string,
  creatorId: string,
): Promise<void> {
  const [campaign] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  if (!campaign) throw AppError.notFound('Campaign');
  const [creator] = await db
    .select({ id: creators.id })
    .from(creators)
    .where(and(eq(creators.id, creatorId), eq(creators.workspaceId, workspaceId)));
  if (!creator) throw AppError.notFound('Creator');
}

/**
 * Sets a contract's payment milestones to `milestones`, in the order given. Rows are kept by position (so a
 * milestone's id, and the cost that records its payment, survive an edit); surplus rows and their costs go.
 */
export async function replaceMilestones(
  tx: Tx,
  audit: Audit,
  workspaceId: string,
  contractId: string,
  milestones: MilestoneValues,
): Promise<void> {
  const existing = await tx
    .select({ id: contractMilestones.id })
    .from(contractMilestones)
    .where(
      and(eq(contractMilestones.workspaceId, workspaceId), eq(contractMilestones.contractId, contractId)),
    )
    .orderBy(asc(contractMilestones.position));
  const surplus = existing.slice(milestones.length).map((row) => row.id);
  await deleteMilestoneCosts(tx, audit, workspaceId, surplus);
  if (surplus.length > 0) await tx.delete(contractMilestones).where(inArray(contractMilestones.id, surplus));
  for (const [position, milestone] of milestones.entries()) {
    const values = {
      position,
      label: milestone.label,
      amount: milestone.amount,
      dueOn: milestone.dueOn,
      paidAt: milestone.paidAt ? new Date(milestone.paidAt) : null,
    };
    const kept = existing[position];
    if (kept) await tx.update(contractMilestones).set(values).where(eq(contractMilestones.id, kept.id));
    else await tx.insert(contractMilestones).values({ ...values, workspaceId, contractId });
  }
}

export async function updateContractRow(
  tx: Tx,
  workspaceId: string,
  contractId: string,
  values: Partial<ContractValues>,
): Promise<void> {
  await tx
    .update(contracts)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(contracts.id, contractId), eq(contracts.workspaceId, workspaceId)));
}
