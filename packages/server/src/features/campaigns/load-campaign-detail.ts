import { summariseBudget } from '@lantoa/core/budget';
import {
  getKpiDefinition,
  type KpiGoal,
  KpiGoalSchema,
  KpiIdSchema,
  MAX_RECOMMENDED_KPIS_PER_PLAN,
} from '@lantoa/core/kpi';
import type { Db } from '@lantoa/db';
import {
  campaignBudgetLines,
  campaignCreators,
  campaignKpis,
  campaignPlans,
  campaigns,
  costs,
  creators,
} from '@lantoa/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { AppError } from '../../http/app-error';
import { loadCampaignContractMoney, mergeContractsIntoBudget } from '../contracts/contract-budget';
import type { TCampaignDetail } from './campaign-schemas';
import { goLiveCheck } from './go-live-rule';

async function loadKpis(db: Db, workspaceId: string, campaignId: string) {
  const rows = await db
    .select()
    .from(campaignKpis)
    .where(and(eq(campaignKpis.workspaceId, workspaceId), eq(campaignKpis.campaignId, campaignId)))
    .orderBy(asc(campaignKpis.kpiId));
  return rows.flatMap((row) => {
    const id = KpiIdSchema.safeParse(row.kpiId);
    if (!id.success) return [];
    const definition = getKpiDefinition(id.data);
    return [
      {
        id: row.id,
        kpiId: row.kpiId,
        name: definition.name,
        unit: definition.unit,
        direction: definition.direction,
        target: row.target,
        deadline: row.deadline,
      },
    ];
  });
}

async function loadBudget(db: Db, workspaceId: string, campaignId: string) {
  const inCampaign = (table: { workspaceId: AnyPgColumn; campaignId: AnyPgColumn }) =>
    and(eq(table.workspaceId, workspaceId), eq(table.campaignId, campaignId));
  const [lines, spent, selected, contractMoney] = await Promise.all([
    db.select().from(campaignBudgetLines).where(inCampaign(campaignBudgetLines)),
    db.select().from(costs).where(inCampaign(costs)),
    db
      .select({
        creatorId: campaignCreators.creatorId,
        name: creators.name,
        fee: campaignCreators.fee,
        status: campaignCreators.status,
      })
      .from(campaignCreators)
      .innerJoin(creators, eq(creators.id, campaignCreators.creatorId))
      .where(inCampaign(campaignCreators))
      .orderBy(asc(creators.name)),
    loadCampaignContractMoney(db, workspaceId, campaignId),
  ]);
  const merged = mergeContractsIntoBudget({ lines, spent, creators: selected }, contractMoney);
  // The campaign's creator list shows the agreed (contract) fee once a contract is signed.
  const contractFees = new Map(merged.creators.map((c) => [c.creatorId, c.fee]));
  return {
    lines: merged.lines,
    spent: merged.spent,
    selected: selected.map((c) => ({ ...c, fee: contractFees.get(c.creatorId) ?? c.fee })),
    feeCreators: merged.creators,
  };
}

export async function loadCampaignDetail(
  db: Db,
  workspaceId: string,
  campaignId: string,
): Promise<TCampaignDetail> {
  const [row] = await db
    .select({ campaign: campaigns, plan: campaignPlans })
    .from(campaigns)
    .leftJoin(campaignPlans, eq(campaignPlans.campaignId, campaigns.id))
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  if (!row) throw AppError.notFound('Campaign');
  const { campaign, plan } = row;
  const kpis = await loadKpis(db, workspaceId, campaignId);
  const { lines, spent, selected, feeCreators } = await loadBudget(db, workspaceId, campaignId);
  const budgetSummary = summariseBudget({
    total: campaign.budgetAmount,
    lines: lines.map((line) => ({
      category: line.category,
      planned: line.planned,
      committed: line.committed,
    })),
    spent: spent.map((cost) => ({ category: cost.category, amount: cost.amount })),
    creators: feeCreators,
  });
  return {
    id: campaign.id,
    name: campaign.name,
    status: campaign.status,
    brand: campaign.brand,
    description: campaign.description,
    objectives: (plan?.objectives ?? []).filter(isGoal),
    funnelStage: campaign.funnelStage,
    competitors: campaign.competitors,
    targetAudience: plan?.targetAudience ?? null,
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    budget:
      campaign.budgetAmount === null ? null : { amount: campaign.budgetAmount, currency: campaign.currency },
    kpis,
    tooManyKpis: kpis.length > MAX_RECOMMENDED_KPIS_PER_PLAN,
    goLive: goLiveCheck(kpis),
    creators: selected,
    budgetSummary,
    updatedAt: campaign.updatedAt.toISOString(),
  };
}

function isGoal(value: string): value is KpiGoal {
  return KpiGoalSchema.safeParse(value).success;
}
