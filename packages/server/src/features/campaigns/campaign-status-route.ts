import { campaigns } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { ZCampaignDetail, ZCampaignParams, ZCampaignStatusBody } from './campaign-schemas';
import { NEXT_STATUSES } from './go-live-rule';
import { loadCampaignDetail } from './load-campaign-detail';

export const setCampaignStatusRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/status',
  permission: 'campaign.write',
  summary:
    'Move a campaign to another status (draft → planned → live → completed, archive). Going live needs at least one KPI with a target (409 otherwise).',
  tags: ['campaigns'],
  schema: { params: ZCampaignParams, body: ZCampaignStatusBody, response: ZCampaignDetail },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const before = await loadCampaignDetail(ctx.services.db, workspaceId, params.campaignId);
    if (before.status === body.status) return before;
    if (!NEXT_STATUSES[before.status].includes(body.status))
      throw new AppError('conflict', `A ${before.status} campaign cannot move to ${body.status}`, [
        {
          path: 'body.status',
          message: `allowed from ${before.status}: ${NEXT_STATUSES[before.status].join(', ')}`,
          reason: 'campaign_status_move',
          values: { from: before.status, to: body.status },
        },
      ]);
    if (body.status === 'live' && before.goLive.reason)
      throw new AppError('conflict', before.goLive.reason, [
        {
          path: 'body.status',
          message: 'add a numeric target to at least one KPI first',
          reason: 'campaign_needs_kpi_target',
        },
      ]);
    await ctx.write(async (tx, audit) => {
      await tx
        .update(campaigns)
        .set({ status: body.status, updatedAt: new Date() })
        .where(and(eq(campaigns.id, before.id), eq(campaigns.workspaceId, workspaceId)));
      await audit({
        action: `campaign.status.${body.status}`,
        entityType: 'campaign',
        entityId: before.id,
        before: { status: before.status },
        after: { status: body.status },
      });
    });
    return loadCampaignDetail(ctx.services.db, workspaceId, params.campaignId);
  },
});
