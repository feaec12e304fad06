import type { Db } from '@lantoa/db';
import { campaigns, contractMilestones, contracts, creators } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';
import type { TCreateContract } from './contract-schemas';

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

/** Replaces a contract's payment milestones, keeping the order given. */
export async function replaceMilestones(
  tx: Tx,
  workspaceId: string,
  contractId: string,
  milestones: MilestoneValues,
): Promise<void> {
  await tx
    .delete(contractMilestones)
    .where(
      and(eq(contractMilestones.workspaceId, workspaceId), eq(contractMilestones.contractId, contractId)),
    );
  if (milestones.length === 0) return;
  await tx.insert(contractMilestones).values(
    milestones.map((milestone, position) => ({
      workspaceId,
      contractId,
      position,
      label: milestone.label,
      amount: milestone.amount,
      dueOn: milestone.dueOn,
      paidAt: milestone.paidAt ? new Date(milestone.paidAt) : null,
    })),
  );
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
