import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';

export const healthz = defineRoute({
  method: 'GET',
  url: '/healthz',
  permission: 'public',
  summary: 'Liveness: the process answers',
  tags: ['health'],
  schema: { response: z.object({ status: z.literal('ok') }) },
  handler: async () => ({ status: 'ok' as const }),
});

export const readyz = defineRoute({
  method: 'GET',
  url: '/readyz',
  permission: 'public',
  summary: 'Readiness: the database answers',
  tags: ['health'],
  schema: { response: z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) }) },
  handler: async ({ ctx }) => {
    try {
      await ctx.services.db.execute(sql`select 1`);
    } catch {
      throw new AppError('unavailable', 'The database does not answer');
    }
    return { status: 'ready' as const, database: ctx.services.database.kind };
  },
});
