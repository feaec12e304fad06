import { z } from 'zod';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { enqueueStatsRefresh } from './enqueue-stats-refresh';

export const refreshCreatorStatsRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/creators/stats/refresh',
  permission: 'creator.write',
  summary:
    "Recompute every creator's tier, ER and fee range with the workspace's tier thresholds (a background job: poll the job for progress); run after changing the thresholds",
  tags: ['creators'],
  status: 202,
  schema: { params: ZWorkspaceParams, response: z.object({ jobId: z.string() }) },
  handler: async ({ ctx }) => {
    await ctx.write(async (_tx, audit) => {
      await audit({ action: 'creator.stats.refresh', entityType: 'workspace', entityId: ctx.workspace.id });
    });
    return { jobId: await enqueueStatsRefresh(ctx) };
  },
});
