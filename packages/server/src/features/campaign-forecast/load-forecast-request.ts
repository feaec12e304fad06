import {
  type CampaignCreatorPlan,
  type CampaignForecastRequest,
  SIMULATED_INPUTS,
  type SimulatedInput,
} from '@lantoa/core/forecast';
import { KpiIdSchema } from '@lantoa/core/kpi';
import { TierIdSchema } from '@lantoa/core/tiers';
import type { Db } from '@lantoa/db';
import { campaignKpis, campaigns } from '@lantoa/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { loadHistories } from '../optimiser/post-histories';
import { tierBands } from '../optimiser/tier-bands';

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export type CostSource = 'budget' | 'creator_fees';

/**
 * What the campaign forecast runs on: the campaign's KPIs and targets; its assigned creators with their past posts,
 * followers and tier band, each planned for as many posts as they have deliverables (1 when none is planned yet);
 * the budget as cost (else the sum of the agreed fees); the average past order value for revenue.
 */
export async function loadForecastRequest(
  db: Db,
  workspaceId: string,
  campaignId: string,
): Promise<CampaignForecastRequest & { costSource: CostSource | null }> {
  const [campaign] = await db
    .select({ budget: campaigns.budgetAmount })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  if (!campaign) throw AppError.notFound('Campaign');
  const [kpiRows, assigned, everyone, histories, sales] = await Promise.all([
    db
      .select({ kpiId: campaignKpis.kpiId, target: campaignKpis.target })
      .from(campaignKpis)
      .where(and(eq(campaignKpis.campaignId, campaignId), eq(campaignKpis.workspaceId, workspaceId))),
    db.execute<Record<string, unknown>>(sql`
      SELECT cc.creator_id, cc.fee, s.followers, s.tier,
        (SELECT count(*) FROM deliverables d
          WHERE d.workspace_id = cc.workspace_id AND d.campaign_id = cc.campaign_id
            AND d.creator_id = cc.creator_id) AS deliverables
      FROM campaign_creators cc LEFT JOIN creator_stats s ON s.creator_id = cc.creator_id
      WHERE cc.workspace_id = ${workspaceId} AND cc.campaign_id = ${campaignId}
      ORDER BY cc.created_at, cc.creator_id`),
    db.execute<Record<string, unknown>>(sql`
      SELECT creator_id, tier, followers FROM creator_stats WHERE workspace_id = ${workspaceId}`),
    loadHistories(db, workspaceId),
    db.execute<Record<string, unknown>>(sql`
      SELECT avg(amount) AS per_order FROM conversions
      WHERE workspace_id = ${workspaceId} AND type = 'sale' AND status <> 'reversed'`),
  ]);
  const tierOf = (value: unknown) => {
    const tier = TierIdSchema.safeParse(value);
    return tier.success ? tier.data : null;
  };
  const bandFor = tierBands(
    everyone.rows.map((row) => ({
      id: String(row.creator_id),
      tier: tierOf(row.tier),
      followers: num(row.followers),
    })),
    histories,
  );
  const creators = assigned.rows.map((row): CampaignCreatorPlan => {
    const id = String(row.creator_id);
    const tier = tierOf(row.tier);
    const history = histories.get(id);
    const bands = Object.fromEntries(SIMULATED_INPUTS.map((input) => [input, bandFor(input, tier)]));
    return {
      id,
      plannedPosts: Math.max(1, num(row.deliverables) ?? 0),
      followers: num(row.followers),
      history: history ?? {},
      bands: bands as Record<SimulatedInput, ReturnType<typeof bandFor>>,
    };
  });
  const fees = assigned.rows.map((row) => num(row.fee)).filter((fee): fee is number => fee !== null);
  const cost = campaign.budget ?? (fees.length > 0 ? fees.reduce((sum, fee) => sum + fee, 0) : null);
  const kpis = kpiRows.flatMap((row) => {
    const kpiId = KpiIdSchema.safeParse(row.kpiId);
    return kpiId.success ? [{ kpiId: kpiId.data, target: row.target }] : [];
  });
  return {
    kpis,
    creators,
    cost,
    costSource: campaign.budget !== null ? 'budget' : cost !== null ? 'creator_fees' : null,
    revenuePerOrder: num(sales.rows[0]?.per_order),
  };
}
