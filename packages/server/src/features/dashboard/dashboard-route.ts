import { defineRoute } from '../../http/define-route';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { buildCampaignDashboard } from './build-dashboard';
import { ZDashboard, ZDashboardQuery } from './dashboard-schemas';

export const campaignDashboardRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/dashboard',
  permission: 'campaign.read',
  summary:
    'The live campaign dashboard in one read: KPI tiles against targets with pacing and projected final value, the funnel with step rates, daily series, creator leaderboard, cost efficiency, comparison with the previous period and the freshness of each source',
  tags: ['campaigns', 'kpis'],
  schema: { params: ZCampaignParams, query: ZDashboardQuery, response: ZDashboard },
  handler: async ({ ctx, params, query }) =>
    buildCampaignDashboard(ctx.services.db, ctx.workspace.id, params.campaignId, query, Date.now()),
});
