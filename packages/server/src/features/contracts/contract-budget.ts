import type { BudgetCategory } from '@lantoa/core/budget';
import type { Db } from '@lantoa/db';
import { COMMITTED_CONTRACT_STATUSES, contracts, creators } from '@lantoa/db/schema';
import { and, eq, inArray } from 'drizzle-orm';

export interface CampaignContractMoney {
  /** Σ fees of signed and completed contracts; null when the campaign has none. */
  committed: number | null;
  /** Σ contract fee per creator, signed and completed contracts only. */
  creators: { creatorId: string; name: string; fee: number }[];
}

export async function loadCampaignContractMoney(
  db: Db,
  workspaceId: string,
  campaignId: string,
): Promise<CampaignContractMoney> {
  const inCampaign = and(eq(contracts.workspaceId, workspaceId), eq(contracts.campaignId, campaignId));
  const signed = await db
    .select({ creatorId: contracts.creatorId, name: creators.name, fee: contracts.fee })
    .from(contracts)
    .innerJoin(creators, eq(creators.id, contracts.creatorId))
    .where(and(inCampaign, inArray(contracts.status, [...COMMITTED_CONTRACT_STATUSES])));
  const byCreator = new Map<string, { creatorId: string; name: string; fee: number }>();
  for (const row of signed) {
    const entry = byCreator.get(row.creatorId) ?? { creatorId: row.creatorId, name: row.name, fee: 0 };
    entry.fee += row.fee;
    byCreator.set(row.creatorId, entry);
  }
  return {
    committed: signed.length === 0 ? null : signed.reduce((total, row) => total + row.fee, 0),
    creators: [...byCreator.values()],
  };
}

interface LineLike {
  category: BudgetCategory;
  committed: number | null;
}
interface CreatorLike {
  creatorId: string;
  name: string;
  fee: number | null;
}

/**
 * The campaign budget with contracts taken into account: the KOL-fee line's committed amount is the signed
 * contracts' fees (the hand-entered amount only when there is no signed contract), and a creator's contract fee
 * replaces the fee noted when they were selected. Spending is the costs alone: a paid milestone is already there as
 * the cost it wrote (syncMilestoneCosts), so it is not added again here.
 */
export function mergeContractsIntoBudget<L extends LineLike, C extends CreatorLike>(
  budget: { lines: L[]; spent: { category: BudgetCategory; amount: number }[]; creators: C[] },
  money: CampaignContractMoney,
): { lines: L[]; spent: { category: BudgetCategory; amount: number }[]; creators: CreatorLike[] } {
  const lines = budget.lines.map((line) =>
    line.category === 'creator_fee' && money.committed !== null
      ? { ...line, committed: money.committed }
      : line,
  );
  const spent = budget.spent.map((s) => ({ category: s.category, amount: s.amount }));
  const contracted = new Map(money.creators.map((c) => [c.creatorId, c]));
  const creators: CreatorLike[] = budget.creators.map((c) => {
    const contract = contracted.get(c.creatorId);
    return contract ? { ...c, fee: contract.fee } : c;
  });
  for (const c of money.creators)
    if (!budget.creators.some((selected) => selected.creatorId === c.creatorId)) creators.push(c);
  return { lines, spent, creators };
}
