import { workspaces } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { enqueueStatsRefresh, tierThresholdsChange } from '../creators/enqueue-stats-refresh';
import { createWorkspaceFor } from './create-workspace';
import { loadWorkspace } from './load-workspace';
import { ZCreateWorkspace, ZUpdateWorkspace, ZWorkspace } from './workspace-schemas';

export const createWorkspace = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces',
  permission: 'account.self',
  summary: 'Create a workspace; you become its owner',
  tags: ['workspaces'],
  status: 201,
  schema: { body: ZCreateWorkspace, response: ZWorkspace },
  handler: async ({ ctx, body }) => {
    const { db } = ctx.services;
    const workspace = await createWorkspaceFor(db, ctx.actor, body.name, ctx.requestId);
    return loadWorkspace(db, workspace.id, 'owner');
  },
});

export const getWorkspace = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId',
  permission: 'workspace.read',
  summary: 'A workspace with its settings and counts',
  tags: ['workspaces'],
  schema: { params: ZWorkspaceParams, response: ZWorkspace },
  handler: ({ ctx }) => loadWorkspace(ctx.services.db, ctx.workspace.id, ctx.workspace.role),
});

export const updateWorkspace = defineRoute({
  method: 'PATCH',
  url: '/api/v1/workspaces/:workspaceId',
  permission: 'workspace.update',
  summary:
    'Rename a workspace or change its settings; new tier thresholds start the creator stats refresh job (`statsRefreshJobId`)',
  tags: ['workspaces'],
  schema: {
    params: ZWorkspaceParams,
    body: ZUpdateWorkspace,
    response: ZWorkspace.extend({ statsRefreshJobId: z.string().nullable() }),
  },
  handler: async ({ ctx, body }) => {
    const thresholdsChanged = await ctx.write(async (tx, audit) => {
      const before = await tx.query.workspaces.findFirst({ where: eq(workspaces.id, ctx.workspace.id) });
      if (!before) return false;
      const [after] = await tx
        .update(workspaces)
        .set({ name: body.name ?? before.name, settings: { ...before.settings, ...body.settings } })
        .where(eq(workspaces.id, ctx.workspace.id))
        .returning();
      await audit({
        action: 'workspace.update',
        entityType: 'workspace',
        entityId: before.id,
        before,
        after,
      });
      return tierThresholdsChange(before.settings.tierThresholds, body.settings?.tierThresholds);
    });
    // Every creator's tier derives from the thresholds; the job runs after the commit so it reads the new ones.
    const statsRefreshJobId = thresholdsChanged ? await enqueueStatsRefresh(ctx) : null;
    return {
      ...(await loadWorkspace(ctx.services.db, ctx.workspace.id, ctx.workspace.role)),
      statsRefreshJobId,
    };
  },
});
