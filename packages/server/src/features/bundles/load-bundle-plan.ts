import { type CampaignBundle, PlanSectionSchema } from '@lantoa/core/bundle';
import {
  briefVersions,
  campaignBudgetLines,
  campaignCreators,
  campaignKpis,
  campaignPlans,
  campaigns,
  creators,
} from '@lantoa/db/schema';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Reader } from '../kpis/reader';

type Plan = NonNullable<CampaignBundle['plan']>;

/**
 * The campaign's planning data as the bundle's `plan` section; creators keep the keys of `accounts` and are
 * listed in the order of `creatorKeys` (the bundle's), the others after them by name.
 */
export async function loadBundlePlan(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  creatorKeys: ReadonlyMap<string, string>,
): Promise<Plan> {
  const [campaign] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  const [plan] = await db
    .select()
    .from(campaignPlans)
    .where(and(eq(campaignPlans.workspaceId, workspaceId), eq(campaignPlans.campaignId, campaignId)));
  const kpis = await db
    .select()
    .from(campaignKpis)
    .where(and(eq(campaignKpis.workspaceId, workspaceId), eq(campaignKpis.campaignId, campaignId)))
    .orderBy(asc(campaignKpis.kpiId));
  const lines = await db
    .select()
    .from(campaignBudgetLines)
    .where(
      and(eq(campaignBudgetLines.workspaceId, workspaceId), eq(campaignBudgetLines.campaignId, campaignId)),
    )
    .orderBy(asc(campaignBudgetLines.category));
  const assigned = await db
    .select({
      id: campaignCreators.creatorId,
      name: creators.name,
      fee: campaignCreators.fee,
      status: campaignCreators.status,
    })
    .from(campaignCreators)
    .innerJoin(creators, eq(creators.id, campaignCreators.creatorId))
    .where(and(eq(campaignCreators.workspaceId, workspaceId), eq(campaignCreators.campaignId, campaignId)))
    .orderBy(asc(creators.name), asc(campaignCreators.creatorId));
  const order = [...creatorKeys.keys()];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  assigned.sort((a, b) => rank(a.id) - rank(b.id));
  const [brief] = await db
    .select({ content: briefVersions.content })
    .from(briefVersions)
    .where(and(eq(briefVersions.workspaceId, workspaceId), eq(briefVersions.campaignId, campaignId)))
    .orderBy(desc(briefVersions.version))
    .limit(1);
  const section: Plan = {
    ...(campaign && {
      status: campaign.status,
      brand: campaign.brand,
      description: campaign.description,
      funnel_stage: campaign.funnelStage,
      competitors: campaign.competitors,
      budget: campaign.budgetAmount,
    }),
    objectives: (plan?.objectives ?? []) as Plan['objectives'],
    target_audience: plan?.targetAudience ?? null,
    kpi_targets: kpis.map((k) => ({
      kpi: k.kpiId as NonNullable<Plan['kpi_targets']>[number]['kpi'],
      target: k.target,
      deadline: k.deadline,
    })),
    budget_lines: lines.map((l) => ({ category: l.category, planned: l.planned, committed: l.committed })),
    creators: assigned.map((c) => ({
      creator: creatorKeys.get(c.id) ?? c.id,
      name: c.name,
      fee: c.fee,
      status: c.status,
    })),
    ...(brief && {
      brief: {
        key_message: brief.content.keyMessage,
        usp: brief.content.usp,
        dos: brief.content.dos,
        donts: brief.content.donts,
        disclosures: brief.content.disclosures,
        storytelling: brief.content.storytelling,
        references: brief.content.references,
      },
    }),
  };
  return PlanSectionSchema.parse(section);
}
