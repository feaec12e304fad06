import { defineRoute } from '../../http/define-route';
import { ZBriefVersion, ZBriefVersionParams } from './brief-schemas';
import { loadBriefVersion } from './load-brief';

export const getBriefVersionRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/brief/versions/:version',
  permission: 'campaign.read',
  summary: 'One earlier version of the brief, read-only, exactly as it was saved',
  tags: ['briefs'],
  schema: { params: ZBriefVersionParams, response: ZBriefVersion },
  handler: async ({ ctx, params }) =>
    loadBriefVersion(ctx.services.db, ctx.workspace.id, params.campaignId, params.version),
});
