import { defineRoute } from '../../http/define-route';
import { ZCreatorDetail, ZCreatorParams } from './creator-schemas';
import { loadCreatorDetail } from './load-creator-detail';

export const getCreatorRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creators/:creatorId',
  permission: 'creator.read',
  summary: 'One creator with contact, rate card, accounts and audience per account',
  tags: ['creators'],
  schema: { params: ZCreatorParams, response: ZCreatorDetail },
  handler: async ({ ctx, params }) => loadCreatorDetail(ctx.services.db, ctx.workspace.id, params.creatorId),
});
