import type { Db } from '@lantoa/db';
import {
  type ContractStatus,
  campaigns,
  contractAttachments,
  contractMilestones,
  contracts,
  creators,
} from '@lantoa/db/schema';
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { TContract } from './contract-schemas';

export interface ContractFilter {
  contractId?: string;
  campaignId?: string;
  creatorId?: string;
  status?: ContractStatus;
}

async function childrenOf(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return { milestones: [], attachments: [] };
  const [milestones, attachments] = await Promise.all([
    db
      .select()
      .from(contractMilestones)
      .where(
        and(eq(contractMilestones.workspaceId, workspaceId), inArray(contractMilestones.contractId, ids)),
      )
      .orderBy(asc(contractMilestones.position)),
    db
      .select()
      .from(contractAttachments)
      .where(
        and(eq(contractAttachments.workspaceId, workspaceId), inArray(contractAttachments.contractId, ids)),
      )
      .orderBy(asc(contractAttachments.createdAt)),
  ]);
  return { milestones, attachments };
}

/** Contracts of the workspace matching `filter`, newest first, with milestones and attachments. */
export async function loadContracts(
  db: Db,
  workspaceId: string,
  filter: ContractFilter,
): Promise<TContract[]> {
  const conditions: SQL[] = [eq(contracts.workspaceId, workspaceId)];
  if (filter.contractId) conditions.push(eq(contracts.id, filter.contractId));
  if (filter.campaignId) conditions.push(eq(contracts.campaignId, filter.campaignId));
  if (filter.creatorId) conditions.push(eq(contracts.creatorId, filter.creatorId));
  if (filter.status) conditions.push(eq(contracts.status, filter.status));
  const rows = await db
    .select({
      contract: contracts,
      campaign: { id: campaigns.id, name: campaigns.name, brand: campaigns.brand },
      creator: { id: creators.id, name: creators.name },
    })
    .from(contracts)
    .innerJoin(campaigns, eq(campaigns.id, contracts.campaignId))
    .innerJoin(creators, eq(creators.id, contracts.creatorId))
    .where(and(...conditions))
    .orderBy(desc(contracts.createdAt));
  const { milestones, attachments } = await childrenOf(
    db,
    workspaceId,
    rows.map((row) => row.contract.id),
  );
  return rows.map(({ contract, campaign, creator }) => {
    const own = milestones.filter((m) => m.contractId === contract.id);
    return {
      id: contract.id,
      campaign,
      creator,
      title: contract.title,
      status: contract.status,
      fee: contract.fee,
      currency: contract.currency,
      deliverables: contract.deliverables,
      milestones: own.map((m) => ({
        id: m.id,
        label: m.label,
        amount: m.amount,
        dueOn: m.dueOn,
        paidAt: m.paidAt?.toISOString() ?? null,
      })),
      paid: own.reduce((total, m) => total + (m.paidAt ? m.amount : 0), 0),
      exclusivityStart: contract.exclusivityStart,
      exclusivityEnd: contract.exclusivityEnd,
      competitors: contract.competitors,
      scandalClause: contract.scandalClause,
      contentApprovalClause: contract.contentApprovalClause,
      usageRightsChannels: contract.usageRightsChannels,
      usageRightsExpiresOn: contract.usageRightsExpiresOn,
      signedOn: contract.signedOn,
      notes: contract.notes,
      attachments: attachments
        .filter((a) => a.contractId === contract.id)
        .map((a) => ({
          id: a.id,
          fileName: a.fileName,
          contentType: a.contentType,
          sizeBytes: a.sizeBytes,
          sha256: a.sha256,
          uploadedBy: a.uploadedBy,
          createdAt: a.createdAt.toISOString(),
        })),
      createdAt: contract.createdAt.toISOString(),
      updatedAt: contract.updatedAt.toISOString(),
    };
  });
}

export async function loadContract(db: Db, workspaceId: string, contractId: string): Promise<TContract> {
  const [contract] = await loadContracts(db, workspaceId, { contractId });
  if (!contract) throw AppError.notFound('Contract');
  return contract;
}
