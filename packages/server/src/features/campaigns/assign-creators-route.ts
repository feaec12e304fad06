import { campaignCreators, creators } from '@lantoa/db/schema';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { ZUuid } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { ZCampaignDetail, ZCampaignParams } from './campaign-schemas';
import { loadCampaignDetail } from './load-campaign-detail';

const ZAssignCreators = z.strictObject({
  creators: z
    .array(
      z.strictObject({ creatorId: ZUuid, fee: z.number().int().min(0).max(1e13).nullable().default(null) }),
    )
    .min(1)
    .max(2000),
});

export const assignCreatorsRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/creators',
  permission: 'campaign.write',
  summary:
    'Add creators to the campaign (e.g. the optimiser’s mix) with their fee; a creator already in it gets the new fee',
  tags: ['campaigns'],
  schema: { params: ZCampaignParams, body: ZAssignCreators, response: ZCampaignDetail },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const before = await loadCampaignDetail(ctx.services.db, workspaceId, params.campaignId);
    const ids = body.creators.map((c) => c.creatorId);
    const found = await ctx.services.db
      .select({ id: creators.id })
      .from(creators)
      .where(and(eq(creators.workspaceId, workspaceId), inArray(creators.id, ids)));
    const known = new Set(found.map((row) => row.id));
    const missing = body.creators.findIndex((c) => !known.has(c.creatorId));
    if (missing >= 0)
      throw new AppError('not_found', 'Creator not found', [
        { path: `body.creators[${missing}].creatorId`, message: 'no such creator in this workspace' },
      ]);
    await ctx.write(async (tx, audit) => {
      await tx
        .insert(campaignCreators)
        .values(body.creators.map((c) => ({ ...c, workspaceId, campaignId: before.id })))
        .onConflictDoUpdate({
          target: [campaignCreators.campaignId, campaignCreators.creatorId],
          set: { fee: sql`excluded.fee` },
        });
      await audit({
        action: 'campaign.creators.assign',
        entityType: 'campaign',
        entityId: before.id,
        before: { creators: before.creators },
        after: { creators: body.creators },
      });
    });
    return loadCampaignDetail(ctx.services.db, workspaceId, params.campaignId);
  },
});
