import type { CampaignBundle } from '@lantoa/core/bundle';
import { defineRoute } from '../../http/define-route';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { loadCampaignBundle } from '../kpis/load-campaign-bundle';
import { ZBundleBody } from './bundle-body';
import { loadBundlePlan } from './load-bundle-plan';

function fileName(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'campaign'}.bundle.json`;
}

export const exportBundleRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/bundle',
  permission: 'campaign.read',
  summary:
    'Download the campaign as a campaign bundle (JSON) with its planning data, to import into another installation or workspace',
  tags: ['campaigns', 'bundles'],
  schema: { params: ZCampaignParams, response: ZBundleBody },
  handler: async ({ ctx, params, reply }) => {
    const { db } = ctx.services;
    const { bundle, creators } = await loadCampaignBundle(db, ctx.workspace.id, params.campaignId);
    const keyOrder = [...new Set(bundle.accounts.map((account) => account.creator))];
    const creatorKeys = new Map(
      [...creators]
        .sort(([a], [b]) => keyOrder.indexOf(a) - keyOrder.indexOf(b))
        .map(([key, creator]) => [creator.id, key]),
    );
    const plan = await loadBundlePlan(db, ctx.workspace.id, params.campaignId, creatorKeys);
    reply.header('content-disposition', `attachment; filename="${fileName(bundle.campaign.name)}"`);
    const { id: _id, ...campaign } = bundle.campaign;
    const exported: CampaignBundle = { ...bundle, campaign, plan };
    return exported;
  },
});
