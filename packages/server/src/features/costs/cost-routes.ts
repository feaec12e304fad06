import type { Db } from '@lantoa/db';
import { campaigns, costs } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { ZCost, ZCostList, ZCostParams, ZCreateCost, ZUpdateCost } from './cost-schemas';
import { assertCreatorInWorkspace, assertNotFromContract, loadCost, loadCosts } from './load-costs';

async function campaignCurrency(db: Db, workspaceId: string, campaignId: string): Promise<string> {
  const [campaign] = await db
    .select({ currency: campaigns.currency })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  if (!campaign) throw AppError.notFound('Campaign');
  return campaign.currency;
}

export const listCostsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/costs',
  permission: 'campaign.read',
  summary: 'Money spent on the campaign (the budget’s “spent” and the KPIs’ cost), newest day first',
  tags: ['campaigns'],
  schema: { params: ZCampaignParams, response: ZCostList },
  handler: async ({ ctx, params }) => {
    await campaignCurrency(ctx.services.db, ctx.workspace.id, params.campaignId);
    return { items: await loadCosts(ctx.services.db, ctx.workspace.id, params.campaignId) };
  },
});

export const createCostRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/costs',
  permission: 'campaign.write',
  summary:
    'Record a cost: budget category, amount in the campaign currency (VND, whole units), day, optional creator and note',
  tags: ['campaigns'],
  status: 201,
  schema: { params: ZCampaignParams, body: ZCreateCost, response: ZCost },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const { db } = ctx.services;
    const currency = await campaignCurrency(db, workspaceId, params.campaignId);
    await assertCreatorInWorkspace(db, workspaceId, body.creatorId);
    const id = await ctx.write(async (tx, audit) => {
      const [created] = await tx
        .insert(costs)
        .values({ ...body, workspaceId, campaignId: params.campaignId, currency })
        .returning({ id: costs.id });
      if (!created) throw new Error('insert returned no cost');
      await audit({
        action: 'cost.create',
        entityType: 'cost',
        entityId: created.id,
        after: { campaignId: params.campaignId, currency, ...body },
      });
      return created.id;
    });
    return loadCost(db, workspaceId, params.campaignId, id);
  },
});

export const updateCostRoute = defineRoute({
  method: 'PATCH',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/costs/:costId',
  permission: 'campaign.write',
  summary:
    'Correct a recorded cost: any field given replaces the stored one (a contract payment’s cost is changed through its milestone)',
  tags: ['campaigns'],
  schema: { params: ZCostParams, body: ZUpdateCost, response: ZCost },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const { db } = ctx.services;
    const before = await loadCost(db, workspaceId, params.campaignId, params.costId);
    assertNotFromContract(before);
    await assertCreatorInWorkspace(db, workspaceId, body.creatorId);
    await ctx.write(async (tx, audit) => {
      if (Object.keys(body).length > 0)
        await tx
          .update(costs)
          .set(body)
          .where(and(eq(costs.id, params.costId), eq(costs.workspaceId, workspaceId)));
      await audit({
        action: 'cost.update',
        entityType: 'cost',
        entityId: params.costId,
        before,
        after: body,
      });
    });
    return loadCost(db, workspaceId, params.campaignId, params.costId);
  },
});

export const deleteCostRoute = defineRoute({
  method: 'DELETE',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/costs/:costId',
  permission: 'campaign.write',
  summary: 'Delete a recorded cost (a contract payment’s cost goes when its milestone is un-marked paid)',
  tags: ['campaigns'],
  schema: { params: ZCostParams },
  handler: async ({ ctx, params }) => {
    const workspaceId = ctx.workspace.id;
    const before = await loadCost(ctx.services.db, workspaceId, params.campaignId, params.costId);
    assertNotFromContract(before);
    await ctx.write(async (tx, audit) => {
      await tx.delete(costs).where(and(eq(costs.id, params.costId), eq(costs.workspaceId, workspaceId)));
      await audit({ action: 'cost.delete', entityType: 'cost', entityId: params.costId, before });
    });
    return undefined;
  },
});
