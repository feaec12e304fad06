import { contractMilestones, contracts, costs, creators } from '@lantoa/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import type { AuditEntry } from '../../audit/record-audit';
import type { Tx } from '../../http/contexts';
import { localDay } from './workspace-today';

type Audit = (entry: AuditEntry) => Promise<void>;

interface WantedCost {
  category: 'creator_fee';
  amount: number;
  currency: string;
  incurredOn: string;
  creatorId: string;
  note: string;
}

/** The note a milestone's cost carries: which contract and which payment it is. */
export function milestoneCostNote(contractName: string, milestoneLabel: string): string {
  return `${contractName} · ${milestoneLabel}`;
}

function differs(stored: typeof costs.$inferSelect, wanted: WantedCost): boolean {
  return (
    stored.amount !== wanted.amount ||
    stored.incurredOn !== wanted.incurredOn ||
    stored.creatorId !== wanted.creatorId ||
    stored.note !== wanted.note ||
    stored.currency !== wanted.currency ||
    stored.category !== wanted.category
  );
}

/** Deletes (and audits) the costs recorded for these milestones, before the milestones themselves go. */
export async function deleteMilestoneCosts(
  tx: Tx,
  audit: Audit,
  workspaceId: string,
  milestoneIds: string[],
): Promise<void> {
  if (milestoneIds.length === 0) return;
  const removed = await tx
    .delete(costs)
    .where(and(eq(costs.workspaceId, workspaceId), inArray(costs.contractMilestoneId, milestoneIds)))
    .returning();
  for (const before of removed)
    await audit({ action: 'cost.delete', entityType: 'cost', entityId: before.id, before });
}

/**
 * Makes the contract's costs follow its milestones: a paid milestone has exactly one KOL-fee cost of its amount on
 * the day it was paid (in `timeZone`); an unpaid one has none. Costs are the one record of money spent, so the
 * budget and the KPIs both see contract payments, once.
 */
export async function syncMilestoneCosts(
  tx: Tx,
  audit: Audit,
  workspaceId: string,
  contractId: string,
  timeZone: string,
): Promise<void> {
  const [contract] = await tx
    .select({
      campaignId: contracts.campaignId,
      creatorId: contracts.creatorId,
      title: contracts.title,
      currency: contracts.currency,
      creatorName: creators.name,
    })
    .from(contracts)
    .innerJoin(creators, eq(creators.id, contracts.creatorId))
    .where(and(eq(contracts.id, contractId), eq(contracts.workspaceId, workspaceId)));
  if (!contract) return;
  const milestones = await tx
    .select()
    .from(contractMilestones)
    .where(
      and(eq(contractMilestones.workspaceId, workspaceId), eq(contractMilestones.contractId, contractId)),
    );
  const ids = milestones.map((m) => m.id);
  const stored =
    ids.length === 0
      ? []
      : await tx
          .select()
          .from(costs)
          .where(and(eq(costs.workspaceId, workspaceId), inArray(costs.contractMilestoneId, ids)));
  const costOf = new Map(stored.map((cost) => [cost.contractMilestoneId, cost]));
  for (const milestone of milestones) {
    const existing = costOf.get(milestone.id);
    const wanted: WantedCost | null =
      milestone.paidAt && milestone.amount > 0
        ? {
            category: 'creator_fee',
            amount: milestone.amount,
            currency: contract.currency,
            incurredOn: localDay(milestone.paidAt, timeZone),
            creatorId: contract.creatorId,
            note: milestoneCostNote(contract.title ?? contract.creatorName, milestone.label),
          }
        : null;
    if (!wanted) {
      if (existing) await deleteMilestoneCosts(tx, audit, workspaceId, [milestone.id]);
    } else if (!existing) {
      const [created] = await tx
        .insert(costs)
        .values({
          ...wanted,
          workspaceId,
          campaignId: contract.campaignId,
          contractMilestoneId: milestone.id,
        })
        .returning({ id: costs.id });
      if (!created) throw new Error('insert returned no cost');
      await audit({
        action: 'cost.create',
        entityType: 'cost',
        entityId: created.id,
        after: { ...wanted, campaignId: contract.campaignId, contractId, contractMilestoneId: milestone.id },
      });
    } else if (differs(existing, wanted)) {
      await tx.update(costs).set(wanted).where(eq(costs.id, existing.id));
      await audit({
        action: 'cost.update',
        entityType: 'cost',
        entityId: existing.id,
        before: existing,
        after: wanted,
      });
    }
  }
}
