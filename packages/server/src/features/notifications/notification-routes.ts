import { NOTIFICATION_KINDS, notifications } from '@lantoa/db/schema';
import { and, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { toIso, ZUuid, ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';

const ZNotificationList = z.object({
  unreadCount: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(NOTIFICATION_KINDS),
      entityType: z.string(),
      entityId: z.string(),
      data: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
      readAt: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});

const ZListQuery = z.strictObject({
  unreadOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

const ZMarkRead = z
  .strictObject({
    ids: z.array(ZUuid).min(1).max(200).optional(),
    all: z.boolean().optional(),
    workspaceId: ZUuid.optional(),
  })
  .refine((b) => b.ids !== undefined || b.all === true, {
    message: 'give `ids` or `all: true`',
    path: ['ids'],
  });

export const listNotificationsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/notifications',
  permission: 'notification.read',
  summary: 'The signed-in member’s notifications in this workspace (reminders, late alerts), newest first',
  tags: ['notifications'],
  schema: { params: ZWorkspaceParams, query: ZListQuery, response: ZNotificationList },
  handler: async ({ ctx, query }) => {
    if (ctx.actor.type !== 'user') return { unreadCount: 0, items: [] };
    const mine = and(eq(notifications.workspaceId, ctx.workspace.id), eq(notifications.userId, ctx.actor.id));
    const conditions: (SQL | undefined)[] = [
      mine,
      ...(query.unreadOnly ? [isNull(notifications.readAt)] : []),
    ];
    const rows = await ctx.services.db
      .select()
      .from(notifications)
      .where(and(...conditions))
      .orderBy(desc(notifications.createdAt))
      .limit(query.limit);
    const [unread] = await ctx.services.db
      .select({ n: count() })
      .from(notifications)
      .where(and(mine, isNull(notifications.readAt)));
    return {
      unreadCount: unread?.n ?? 0,
      items: rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        entityType: n.entityType,
        entityId: n.entityId,
        data: n.data,
        readAt: toIso(n.readAt),
        createdAt: n.createdAt.toISOString(),
      })),
    };
  },
});

export const markNotificationsReadRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/me/notifications/read',
  permission: 'account.self',
  summary: 'Mark some (`ids`) or all of your notifications as read (all of one workspace with `workspaceId`)',
  tags: ['notifications'],
  schema: { body: ZMarkRead, response: z.object({ marked: z.number() }) },
  handler: async ({ ctx, body }) => {
    const userId = ctx.actor.id;
    const rows = await ctx.services.db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(
        and(
          eq(notifications.userId, userId),
          isNull(notifications.readAt),
          ...(body.ids ? [inArray(notifications.id, body.ids)] : []),
          ...(body.workspaceId ? [eq(notifications.workspaceId, body.workspaceId)] : []),
        ),
      )
      .returning({ id: notifications.id });
    return { marked: rows.length };
  },
});
