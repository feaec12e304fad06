import { campaigns } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { ZCampaignDetail, ZCampaignParams, ZCreateCampaign, ZUpdateCampaign } from './campaign-schemas';
import { GO_LIVE_REASON, goLiveCheck } from './go-live-rule';
import { loadCampaignDetail } from './load-campaign-detail';
import { assertDateOrder, replaceBudgetLines, replaceKpis, savePlan } from './save-campaign';

export const createCampaignRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/campaigns',
  permission: 'campaign.write',
  summary:
    'Create a campaign from the wizard: objectives, funnel stage, KPIs with targets and deadlines, dates, brand, competitors, audience, budget (starts as a draft)',
  tags: ['campaigns'],
  status: 201,
  schema: { params: ZWorkspaceParams, body: ZCreateCampaign, response: ZCampaignDetail },
  handler: async ({ ctx, body }) => {
    const workspaceId = ctx.workspace.id;
    assertDateOrder(body.startDate ?? null, body.endDate ?? null);
    const { kpis, budgetLines, objectives, targetAudience, ...fields } = body;
    const id = await ctx.write(async (tx, audit) => {
      const [created] = await tx
        .insert(campaigns)
        .values({ ...fields, workspaceId, status: 'draft' })
        .returning();
      if (!created) throw new Error('insert returned no campaign');
      await savePlan(tx, workspaceId, created.id, { objectives: objectives ?? [], targetAudience });
      await replaceKpis(tx, workspaceId, created.id, kpis ?? []);
      await replaceBudgetLines(tx, workspaceId, created.id, budgetLines ?? []);
      await audit({
        action: 'campaign.create',
        entityType: 'campaign',
        entityId: created.id,
        before: null,
        after: body,
      });
      return created.id;
    });
    return loadCampaignDetail(ctx.services.db, workspaceId, id);
  },
});

export const updateCampaignRoute = defineRoute({
  method: 'PATCH',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId',
  permission: 'campaign.write',
  summary:
    'Edit a campaign; `kpis` and `budgetLines`, when sent, are the full lists. A live campaign must keep at least one KPI with a target (409).',
  tags: ['campaigns'],
  schema: { params: ZCampaignParams, body: ZUpdateCampaign, response: ZCampaignDetail },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const before = await loadCampaignDetail(ctx.services.db, workspaceId, params.campaignId);
    assertDateOrder(
      body.startDate === undefined ? before.startDate : body.startDate,
      body.endDate === undefined ? before.endDate : body.endDate,
    );
    if (body.kpis && before.status === 'live' && !goLiveCheck(body.kpis).allowed)
      throw new AppError('conflict', `${GO_LIVE_REASON}: keep a target while the campaign is live`, [
        {
          path: 'body.kpis',
          message: 'set a target on at least one KPI',
          reason: 'live_campaign_keeps_kpi_target',
        },
      ]);
    const { kpis, budgetLines, objectives, targetAudience, ...fields } = body;
    await ctx.write(async (tx, audit) => {
      await tx
        .update(campaigns)
        .set({ ...fields, updatedAt: new Date() })
        .where(and(eq(campaigns.id, before.id), eq(campaigns.workspaceId, workspaceId)));
      await savePlan(tx, workspaceId, before.id, { objectives, targetAudience });
      if (kpis) await replaceKpis(tx, workspaceId, before.id, kpis);
      if (budgetLines) await replaceBudgetLines(tx, workspaceId, before.id, budgetLines);
      await audit({
        action: 'campaign.update',
        entityType: 'campaign',
        entityId: before.id,
        before,
        after: body,
      });
    });
    return loadCampaignDetail(ctx.services.db, workspaceId, params.campaignId);
  },
});
