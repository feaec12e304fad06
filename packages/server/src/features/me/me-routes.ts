import { users } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import { defineRoute } from '../../http/define-route';
import { loadMe } from './load-me';
import { ZMe, ZUpdateMe } from './me-schemas';

export const getMe = defineRoute({
  method: 'GET',
  url: '/api/v1/me',
  permission: 'account.self',
  summary: 'The signed-in user and their workspaces',
  tags: ['account'],
  schema: { response: ZMe },
  handler: ({ ctx }) => loadMe(ctx.services.db, ctx.actor.id),
});

export const updateMe = defineRoute({
  method: 'PATCH',
  url: '/api/v1/me',
  permission: 'account.self',
  summary: 'Change your name or interface language',
  tags: ['account'],
  schema: { body: ZUpdateMe, response: ZMe },
  handler: async ({ ctx, body }) => {
    if (body.name !== undefined || body.locale !== undefined) {
      await ctx.services.db
        .update(users)
        .set({ ...body, updatedAt: new Date() })
        .where(eq(users.id, ctx.actor.id));
    }
    return loadMe(ctx.services.db, ctx.actor.id);
  },
});
