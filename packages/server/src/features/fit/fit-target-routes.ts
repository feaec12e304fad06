import type { Db } from '@lantoa/db';
import { campaignFitTargets, campaigns } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { toIso } from '../../http/common-schemas';
import type { Tx } from '../../http/contexts';
import { defineRoute } from '../../http/define-route';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { ZFitTarget, ZFitTargetView } from './fit-schemas';

async function assertCampaign(db: Db | Tx, workspaceId: string, campaignId: string): Promise<void> {
  const [campaign] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  if (!campaign) throw AppError.notFound('Campaign');
}

/** The saved target of a campaign of this workspace; "not found" for another workspace's campaign. */
export async function loadFitTarget(db: Db | Tx, workspaceId: string, campaignId: string) {
  await assertCampaign(db, workspaceId, campaignId);
  const [row] = await db
    .select()
    .from(campaignFitTargets)
    .where(
      and(eq(campaignFitTargets.campaignId, campaignId), eq(campaignFitTargets.workspaceId, workspaceId)),
    );
  return {
    campaignId,
    target: row?.target ?? null,
    updatedBy: row?.updatedBy ?? null,
    updatedAt: toIso(row?.updatedAt ?? null),
  };
}

export const getFitTargetRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/fit-target',
  permission: 'campaign.read',
  summary: 'The campaign’s target audience for creator fit (B3); `target: null` when none is set yet',
  tags: ['fit'],
  schema: { params: ZCampaignParams, response: ZFitTargetView },
  handler: async ({ ctx, params }) => loadFitTarget(ctx.services.db, ctx.workspace.id, params.campaignId),
});

export const putFitTargetRoute = defineRoute({
  method: 'PUT',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/fit-target',
  permission: 'campaign.write',
  summary:
    'Save the campaign’s target audience: age range, genders, locations, interests, niches (omitted criteria are not scored)',
  tags: ['fit'],
  schema: { params: ZCampaignParams, body: ZFitTarget, response: ZFitTargetView },
  handler: async ({ ctx, params, body }) =>
    ctx.write(async (tx, audit) => {
      const before = await loadFitTarget(tx, ctx.workspace.id, params.campaignId);
      const updatedAt = new Date();
      await tx
        .insert(campaignFitTargets)
        .values({
          campaignId: params.campaignId,
          workspaceId: ctx.workspace.id,
          target: body,
          updatedBy: ctx.actor.name,
          updatedAt,
        })
        .onConflictDoUpdate({
          target: campaignFitTargets.campaignId,
          set: { target: body, updatedBy: ctx.actor.name, updatedAt },
        });
      const after = {
        campaignId: params.campaignId,
        target: body,
        updatedBy: ctx.actor.name,
        updatedAt: updatedAt.toISOString(),
      };
      await audit({
        action: 'campaign.fit_target.update',
        entityType: 'campaign',
        entityId: params.campaignId,
        before: before.target,
        after: body,
      });
      return after;
    }),
});
