import { auditLog } from '@lantoa/db/schema';
import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { ZCursorQuery, ZIsoDate, ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';

const ZAuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({
    type: z.enum(['user', 'api_key', 'system']),
    id: z.string().nullable(),
    name: z.string(),
  }),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

const ZAuditQuery = z.strictObject({
  actorId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  ...ZCursorQuery,
});

export const listAuditLogRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/audit-log',
  permission: 'audit.read',
  summary: 'Every change in the workspace, newest first, filterable',
  tags: ['audit'],
  schema: {
    params: ZWorkspaceParams,
    query: ZAuditQuery,
    response: z.object({ items: z.array(ZAuditEntry), nextCursor: z.string().nullable() }),
  },
  handler: async ({ ctx, query }) => {
    const filters: SQL[] = [eq(auditLog.workspaceId, ctx.workspace.id)];
    if (query.actorId) filters.push(eq(auditLog.actorId, query.actorId));
    if (query.action) filters.push(eq(auditLog.action, query.action));
    if (query.entityType) filters.push(eq(auditLog.entityType, query.entityType));
    if (query.from) filters.push(gte(auditLog.at, new Date(query.from)));
    if (query.to) filters.push(lte(auditLog.at, new Date(query.to)));
    if (query.cursor) {
      const before = Number(query.cursor);
      if (!Number.isSafeInteger(before))
        throw new AppError('validation_failed', 'Invalid cursor', [
          { path: 'query.cursor', message: 'not a cursor returned by this route' },
        ]);
      filters.push(lt(auditLog.id, before));
    }
    const rows = await ctx.services.db
      .select()
      .from(auditLog)
      .where(and(...filters))
      .orderBy(desc(auditLog.id))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((row) => ({
        id: String(row.id),
        at: row.at.toISOString(),
        actor: { type: row.actorType, id: row.actorId, name: row.actorName },
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: row.before,
        after: row.after,
      })),
      nextCursor: rows.length > query.limit ? String(page[page.length - 1]?.id) : null,
    };
  },
});
