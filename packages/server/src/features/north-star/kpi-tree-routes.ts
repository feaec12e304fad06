import { KpiIdSchema } from '@lantoa/core/kpi';
import { placementProblem } from '@lantoa/core/north-star';
import { kpiTreeNodes } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { ZCreateKpiTreeNode, ZKpiTree, ZKpiTreeNodeParams, ZUpdateKpiTreeNode } from './kpi-tree-schemas';
import { loadKpiTree, loadKpiTreeNode } from './load-kpi-tree';
import { assertNodeTerms, nodeCampaignIds, replaceNodeCampaigns } from './save-kpi-tree-node';

export const getKpiTreeRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/kpi-tree',
  permission: 'goal.read',
  summary:
    'The North Star and its KPI tree (company → team → individual): targets, owners, the campaigns feeding each goal, rolled-up actuals, progress and pacing status today',
  tags: ['goals'],
  schema: { params: ZWorkspaceParams, response: ZKpiTree },
  handler: async ({ ctx }) => loadKpiTree(ctx.services.db, ctx.workspace.id),
});

export const createKpiTreeNodeRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/kpi-tree/nodes',
  permission: 'goal.write',
  summary:
    'Add a goal: the company North Star (one per workspace), a team goal under it or a personal goal under a team; answers the whole tree',
  tags: ['goals'],
  status: 201,
  schema: { params: ZWorkspaceParams, body: ZCreateKpiTreeNode, response: ZKpiTree },
  handler: async ({ ctx, body }) => {
    const workspaceId = ctx.workspace.id;
    const { db } = ctx.services;
    const parent = body.parentId ? await loadKpiTreeNode(db, workspaceId, body.parentId) : null;
    const placement = placementProblem(body.level, parent?.level ?? null);
    if (placement)
      throw new AppError('validation_failed', 'The goal cannot sit there', [
        { path: 'body.parentId', message: placement },
      ]);
    await assertNodeTerms(db, workspaceId, body);
    if (body.level === 'company') {
      const [existing] = await db
        .select({ id: kpiTreeNodes.id })
        .from(kpiTreeNodes)
        .where(and(eq(kpiTreeNodes.workspaceId, workspaceId), eq(kpiTreeNodes.level, 'company')));
      if (existing)
        throw new AppError('conflict', 'The workspace already has a North Star; edit it instead', [
          { path: 'body.level', message: 'one company goal per workspace', reason: 'north_star_exists' },
        ]);
    }
    const { campaigns: links, ...values } = body;
    await ctx.write(async (tx, audit) => {
      const [created] = await tx
        .insert(kpiTreeNodes)
        .values({ ...values, workspaceId })
        .returning({ id: kpiTreeNodes.id });
      if (!created) throw new Error('insert returned no node');
      await replaceNodeCampaigns(tx, workspaceId, created.id, body.kpiId, links);
      await audit({ action: 'goal.create', entityType: 'kpi_tree_node', entityId: created.id, after: body });
    });
    return loadKpiTree(db, workspaceId);
  },
});

export const updateKpiTreeNodeRoute = defineRoute({
  method: 'PATCH',
  url: '/api/v1/workspaces/:workspaceId/kpi-tree/nodes/:nodeId',
  permission: 'goal.write',
  summary:
    'Change a goal: name, KPI, target, period, owner, weight or the campaigns feeding it; answers the whole tree',
  tags: ['goals'],
  schema: { params: ZKpiTreeNodeParams, body: ZUpdateKpiTreeNode, response: ZKpiTree },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const { db } = ctx.services;
    const before = await loadKpiTreeNode(db, workspaceId, params.nodeId);
    const merged = { ...before, ...body };
    const kpiId = body.kpiId ?? KpiIdSchema.parse(before.kpiId);
    // A node that changes KPI keeps its campaigns, now read for the new KPI, unless new links are given.
    const relinked =
      body.campaigns ??
      (body.kpiId
        ? (await nodeCampaignIds(db, workspaceId, params.nodeId)).map((campaignId) => ({ campaignId }))
        : undefined);
    await assertNodeTerms(db, workspaceId, {
      kpiId,
      periodStart: merged.periodStart,
      periodEnd: merged.periodEnd,
      ownerUserId: merged.ownerUserId,
      campaigns: relinked ?? [],
    });
    const { campaigns: _links, ...values } = body;
    await ctx.write(async (tx, audit) => {
      await tx
        .update(kpiTreeNodes)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(kpiTreeNodes.id, params.nodeId), eq(kpiTreeNodes.workspaceId, workspaceId)));
      if (relinked) await replaceNodeCampaigns(tx, workspaceId, params.nodeId, kpiId, relinked);
      await audit({
        action: 'goal.update',
        entityType: 'kpi_tree_node',
        entityId: params.nodeId,
        before,
        after: body,
      });
    });
    return loadKpiTree(db, workspaceId);
  },
});

export const deleteKpiTreeNodeRoute = defineRoute({
  method: 'DELETE',
  url: '/api/v1/workspaces/:workspaceId/kpi-tree/nodes/:nodeId',
  permission: 'goal.write',
  summary: 'Remove a goal and every goal under it',
  tags: ['goals'],
  schema: { params: ZKpiTreeNodeParams },
  handler: async ({ ctx, params }) => {
    const workspaceId = ctx.workspace.id;
    const before = await loadKpiTreeNode(ctx.services.db, workspaceId, params.nodeId);
    await ctx.write(async (tx, audit) => {
      await tx
        .delete(kpiTreeNodes)
        .where(and(eq(kpiTreeNodes.id, params.nodeId), eq(kpiTreeNodes.workspaceId, workspaceId)));
      await audit({ action: 'goal.delete', entityType: 'kpi_tree_node', entityId: params.nodeId, before });
    });
    return undefined;
  },
});
