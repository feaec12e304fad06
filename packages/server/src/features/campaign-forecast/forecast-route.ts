import { forecastCampaignKpis } from '@lantoa/core/forecast';
import { defineRoute } from '../../http/define-route';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { ZCampaignForecast } from './forecast-schemas';
import { loadForecastRequest } from './load-forecast-request';

const CONFIDENCE = 0.8;
// Odd, so the median and the 10 % / 90 % bounds are each one simulated value and a cost per result is exactly
// the cost divided by the count's bound.
const SIMULATIONS = 10_001;

export const campaignForecastRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/forecast',
  permission: 'campaign.read',
  summary:
    "Pre-launch forecast (C6) of every campaign KPI over the assigned creators: median and 80 % interval from their past posts (or their tier's benchmark band), rates and costs per result from the same simulations and the budget, where the target sits against the interval, and why a KPI cannot be forecast",
  tags: ['campaigns', 'forecast'],
  schema: { params: ZCampaignParams, response: ZCampaignForecast },
  handler: async ({ ctx, params }) => {
    const request = await loadForecastRequest(ctx.services.db, ctx.workspace.id, params.campaignId);
    return {
      confidence: CONFIDENCE,
      simulations: SIMULATIONS,
      creators: request.creators.length,
      cost: request.cost,
      costSource: request.costSource,
      revenuePerOrder: request.revenuePerOrder,
      kpis: forecastCampaignKpis(request, { confidence: CONFIDENCE, simulations: SIMULATIONS }),
    };
  },
});
