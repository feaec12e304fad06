import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { DEMO_JOB } from './demo-job';

export const loadDemoRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/demo',
  permission: 'demo.load',
  summary: 'Fill an empty workspace with realistic Vietnamese demo data (a background job)',
  tags: ['demo'],
  status: 202,
  schema: { params: ZWorkspaceParams, response: z.object({ jobId: z.string() }) },
  handler: async ({ ctx }) => {
    const { db, jobs } = ctx.services;
    const result = await db.execute<{ busy: boolean }>(sql`
      select exists(select 1 from creators where workspace_id = ${ctx.workspace.id})
          or exists(select 1 from campaigns where workspace_id = ${ctx.workspace.id}) as busy`);
    if (result.rows[0]?.busy)
      throw new AppError('conflict', 'Demo data can only be loaded into an empty workspace');
    const job = await ctx
      .write(async (_tx, audit) => {
        await audit({ action: 'demo.load', entityType: 'workspace', entityId: ctx.workspace.id });
        return null;
      })
      .then(() =>
        jobs.enqueue(
          DEMO_JOB,
          { workspaceId: ctx.workspace.id },
          {
            workspaceId: ctx.workspace.id,
            createdBy: ctx.actor.id,
            maxAttempts: 1,
          },
        ),
      );
    return { jobId: job.id };
  },
});
