import { creatorListItems, creators } from '@lantoa/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { ZUuid } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { ZCreatorListItem } from '../creators/creator-schemas';
import { writeCreatorExport } from '../creators/write-creator-export';
import { ZCreatorList, ZListCreatorParams, ZListParams } from './creator-list-schemas';
import { listView, loadList, loadShortlist, shortlistCreators } from './creator-list-store';

export const getCreatorListRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creator-lists/:listId',
  permission: 'creator.read',
  summary:
    'A list with its creators (a shortlist) or its stored filters (a saved search: run them with the search)',
  tags: ['creator-lists'],
  schema: {
    params: ZListParams,
    response: ZCreatorList.extend({ creators: z.array(ZCreatorListItem) }),
  },
  handler: async ({ ctx, params }) => {
    const { db } = ctx.services;
    const row = await loadList(db, ctx.workspace.id, params.listId);
    const items = row.kind === 'shortlist' ? await shortlistCreators(db, ctx.workspace.id, row.id) : [];
    return { ...listView(row, items.length), creators: items };
  },
});

export const addToShortlistRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/creator-lists/:listId/creators',
  permission: 'creator.write',
  summary: 'Add creators to a shortlist (those already on it are left as they are)',
  tags: ['creator-lists'],
  schema: {
    params: ZListParams,
    body: z.strictObject({ creatorIds: z.array(ZUuid).min(1).max(1000) }),
    response: z.object({ added: z.number(), creatorCount: z.number() }),
  },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    return ctx.write(async (tx, audit) => {
      const list = await loadShortlist(tx, workspaceId, params.listId);
      const wanted = [...new Set(body.creatorIds)];
      const found = await tx
        .select({ id: creators.id })
        .from(creators)
        .where(and(eq(creators.workspaceId, workspaceId), inArray(creators.id, wanted)));
      const known = new Set(found.map((row) => row.id));
      const missing = wanted.filter((id) => !known.has(id));
      if (missing.length)
        throw new AppError(
          'not_found',
          'Creator not found',
          missing.map((id) => ({
            path: `body.creatorIds[${body.creatorIds.indexOf(id)}]`,
            message: 'no such creator',
          })),
        );
      const inserted = await tx
        .insert(creatorListItems)
        .values(wanted.map((creatorId) => ({ workspaceId, listId: list.id, creatorId })))
        .onConflictDoNothing()
        .returning({ creatorId: creatorListItems.creatorId });
      const total = await tx
        .select({ id: creatorListItems.creatorId })
        .from(creatorListItems)
        .where(eq(creatorListItems.listId, list.id));
      await audit({
        action: 'creator_list.add_creators',
        entityType: 'creator_list',
        entityId: list.id,
        after: { creatorIds: inserted.map((row) => row.creatorId) },
      });
      return { added: inserted.length, creatorCount: total.length };
    });
  },
});

export const removeFromShortlistRoute = defineRoute({
  method: 'DELETE',
  url: '/api/v1/workspaces/:workspaceId/creator-lists/:listId/creators/:creatorId',
  permission: 'creator.write',
  summary: 'Take a creator off a shortlist',
  tags: ['creator-lists'],
  schema: { params: ZListCreatorParams },
  handler: async ({ ctx, params }) => {
    await ctx.write(async (tx, audit) => {
      const list = await loadShortlist(tx, ctx.workspace.id, params.listId);
      const removed = await tx
        .delete(creatorListItems)
        .where(and(eq(creatorListItems.listId, list.id), eq(creatorListItems.creatorId, params.creatorId)))
        .returning();
      if (removed.length === 0) throw AppError.notFound('Creator on this shortlist');
      await audit({
        action: 'creator_list.remove_creator',
        entityType: 'creator_list',
        entityId: list.id,
        before: { creatorId: params.creatorId },
      });
    });
    return undefined;
  },
});

export const exportShortlistRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creator-lists/:listId/export',
  permission: 'creator.read',
  summary:
    "Download a shortlist's creators as CSV (UTF-8 with BOM) or XLSX, same columns as the creator export",
  tags: ['creator-lists'],
  status: 200,
  schema: { params: ZListParams, query: z.strictObject({ format: z.enum(['csv', 'xlsx']).default('xlsx') }) },
  handler: async ({ ctx, params, query, reply }) => {
    const { db } = ctx.services;
    const list = await loadShortlist(db, ctx.workspace.id, params.listId);
    const items = await shortlistCreators(db, ctx.workspace.id, list.id);
    await writeCreatorExport(reply, query.format, 'lantoa-shortlist', async function* () {
      yield items;
    });
    return undefined;
  },
});
