import { CREATOR_LIST_KINDS, creatorLists } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { ZUuid, ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { ZCreateList, ZCreatorList, ZListParams, ZUpdateList } from './creator-list-schemas';
import { listLists, listView, loadList } from './creator-list-store';

export const listCreatorListsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creator-lists',
  permission: 'creator.read',
  summary:
    'Saved searches and shortlists of the workspace with creator counts; `creatorId` marks the lists that hold that creator',
  tags: ['creator-lists'],
  schema: {
    params: ZWorkspaceParams,
    query: z.strictObject({ kind: z.enum(CREATOR_LIST_KINDS).optional(), creatorId: ZUuid.optional() }),
    response: z.object({ items: z.array(ZCreatorList) }),
  },
  handler: async ({ ctx, query }) => ({
    items: await listLists(ctx.services.db, ctx.workspace.id, query.kind, query.creatorId),
  }),
});

export const createCreatorListRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/creator-lists',
  permission: 'creator.write',
  summary: 'Save the current search (its filters, with a name) or start a shortlist',
  tags: ['creator-lists'],
  status: 201,
  schema: { params: ZWorkspaceParams, body: ZCreateList, response: ZCreatorList },
  handler: async ({ ctx, body }) => {
    if (body.kind === 'saved_search' && !body.query)
      throw new AppError('validation_failed', 'A saved search needs its filters', [
        { path: 'body.query', message: 'send the search parameters to save' },
      ]);
    if (body.kind === 'shortlist' && body.query)
      throw new AppError('validation_failed', 'A shortlist holds creators, not a query', [
        { path: 'body.query', message: 'leave it out for a shortlist' },
      ]);
    const row = await ctx.write(async (tx, audit) => {
      const [created] = await tx
        .insert(creatorLists)
        .values({
          workspaceId: ctx.workspace.id,
          kind: body.kind,
          name: body.name,
          query: body.query ?? null,
          createdBy: ctx.actor.name,
        })
        .returning();
      if (!created) throw new Error('insert returned no list');
      await audit({
        action: `creator_list.create`,
        entityType: 'creator_list',
        entityId: created.id,
        after: created,
      });
      return created;
    });
    return listView(row, 0);
  },
});

export const updateCreatorListRoute = defineRoute({
  method: 'PATCH',
  url: '/api/v1/workspaces/:workspaceId/creator-lists/:listId',
  permission: 'creator.write',
  summary: "Rename a list, or replace a saved search's filters",
  tags: ['creator-lists'],
  schema: { params: ZListParams, body: ZUpdateList, response: ZCreatorList },
  handler: async ({ ctx, params, body }) => {
    const row = await ctx.write(async (tx, audit) => {
      const before = await loadList(tx, ctx.workspace.id, params.listId);
      if (body.query && before.kind !== 'saved_search')
        throw new AppError('validation_failed', 'Only a saved search has filters', [
          { path: 'body.query', message: 'leave it out for a shortlist' },
        ]);
      const [after] = await tx
        .update(creatorLists)
        .set({ name: body.name ?? before.name, query: body.query ?? before.query })
        .where(eq(creatorLists.id, before.id))
        .returning();
      if (!after) throw new Error('update returned no list');
      await audit({
        action: 'creator_list.update',
        entityType: 'creator_list',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
    const [counted] = await listLists(ctx.services.db, ctx.workspace.id, row.kind, undefined).then((items) =>
      items.filter((item) => item.id === row.id),
    );
    return listView(row, counted?.creatorCount ?? 0);
  },
});

export const deleteCreatorListRoute = defineRoute({
  method: 'DELETE',
  url: '/api/v1/workspaces/:workspaceId/creator-lists/:listId',
  permission: 'creator.write',
  summary: 'Delete a saved search or a shortlist (the creators stay in the registry)',
  tags: ['creator-lists'],
  schema: { params: ZListParams },
  handler: async ({ ctx, params }) => {
    await ctx.write(async (tx, audit) => {
      const before = await loadList(tx, ctx.workspace.id, params.listId);
      await tx.delete(creatorLists).where(eq(creatorLists.id, before.id));
      await audit({ action: 'creator_list.delete', entityType: 'creator_list', entityId: before.id, before });
    });
    return undefined;
  },
});
