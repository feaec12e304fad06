import { JOB_STATUSES, jobs } from '@lantoa/db/schema';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { toIso, ZUuid, ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import type { JobRow } from '../../jobs/job-queue';

export const ZJob = z.object({
  id: z.string(),
  type: z.string(),
  status: z.enum(JOB_STATUSES),
  progress: z.number().int().min(0).max(100),
  message: z.string().nullable(),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  error: z.string().nullable(),
  result: z.unknown(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

export function presentJob(job: JobRow): z.infer<typeof ZJob> {
  return {
    id: job.id,
    type: job.type,
    status: job.status,
    progress: job.progress,
    message: job.message,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    error: job.error,
    result: job.result,
    createdAt: job.createdAt.toISOString(),
    startedAt: toIso(job.startedAt),
    finishedAt: toIso(job.finishedAt),
  };
}

export const listJobsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/jobs',
  permission: 'job.read',
  summary: 'Recent background jobs with their progress',
  tags: ['jobs'],
  schema: {
    params: ZWorkspaceParams,
    query: z.strictObject({ status: z.enum(JOB_STATUSES).optional(), type: z.string().max(100).optional() }),
    response: z.object({ items: z.array(ZJob) }),
  },
  handler: async ({ ctx, query }) => {
    const filters: SQL[] = [eq(jobs.workspaceId, ctx.workspace.id)];
    if (query.status) filters.push(eq(jobs.status, query.status));
    if (query.type) filters.push(eq(jobs.type, query.type));
    const rows = await ctx.services.db
      .select()
      .from(jobs)
      .where(and(...filters))
      .orderBy(desc(jobs.createdAt))
      .limit(100);
    return { items: rows.map(presentJob) };
  },
});

export const getJobRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/jobs/:jobId',
  permission: 'job.read',
  summary: "A job's status, progress (0–100 %) and message",
  tags: ['jobs'],
  schema: { params: z.strictObject({ workspaceId: ZUuid, jobId: ZUuid }), response: ZJob },
  handler: async ({ ctx, params }) => {
    const [job] = await ctx.services.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.id, params.jobId), eq(jobs.workspaceId, ctx.workspace.id)))
      .limit(1);
    if (!job) throw AppError.notFound('Job');
    return presentJob(job);
  },
});
