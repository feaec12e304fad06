import type { PlannedKpi } from '@lantoa/core/dashboard';
import { KpiIdSchema } from '@lantoa/core/kpi';
import { campaignKpis, campaigns, workspaces } from '@lantoa/db/schema';
import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Reader } from '../kpis/reader';

/** The campaign (workspace-scoped: another workspace's campaign is not found) and its KPI plan. */
export async function loadCampaignPlan(db: Reader, workspaceId: string, campaignId: string) {
  const [campaign] = await db
    .select({
      id: campaigns.id,
      name: campaigns.name,
      status: campaigns.status,
      currency: campaigns.currency,
      startDate: campaigns.startDate,
      endDate: campaigns.endDate,
      timeZone: sql<string | null>`${workspaces.settings}->>'timezone'`,
    })
    .from(campaigns)
    .innerJoin(workspaces, eq(workspaces.id, campaigns.workspaceId))
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  if (!campaign) throw AppError.notFound('Campaign');
  const rows = await db
    .select({ kpiId: campaignKpis.kpiId, target: campaignKpis.target })
    .from(campaignKpis)
    .where(and(eq(campaignKpis.workspaceId, workspaceId), eq(campaignKpis.campaignId, campaignId)))
    .orderBy(asc(campaignKpis.kpiId));
  const plan: PlannedKpi[] = rows.flatMap((row) => {
    const id = KpiIdSchema.safeParse(row.kpiId);
    return id.success ? [{ kpiId: id.data, target: row.target }] : [];
  });
  const { timeZone, ...rest } = campaign;
  return { campaign: rest, plan, timeZone: timeZone ?? 'Asia/Ho_Chi_Minh' };
}
