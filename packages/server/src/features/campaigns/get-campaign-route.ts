import { defineRoute } from '../../http/define-route';
import { ZCampaignDetail, ZCampaignParams } from './campaign-schemas';
import { loadCampaignDetail } from './load-campaign-detail';

export const getCampaignRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId',
  permission: 'campaign.read',
  summary: 'A campaign with its objectives, KPIs and targets, selected creators and budget (with warnings)',
  tags: ['campaigns'],
  schema: { params: ZCampaignParams, response: ZCampaignDetail },
  handler: async ({ ctx, params }) =>
    loadCampaignDetail(ctx.services.db, ctx.workspace.id, params.campaignId),
});
