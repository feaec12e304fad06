import { creators } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { ZCreateCreator, ZCreatorDetail, ZCreatorParams, ZUpdateCreator } from './creator-schemas';
import { loadCreatorDetail } from './load-creator-detail';
import { refreshCreatorStats } from './refresh-creator-stats';
import { assertHandlesFree, assertOwnerIsMember, syncAccounts, updateSearchText } from './save-creator';

export const createCreatorRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/creators',
  permission: 'creator.write',
  summary:
    'Register a creator with one or more platform accounts (platform + handle unique in the workspace)',
  tags: ['creators'],
  status: 201,
  schema: { params: ZWorkspaceParams, body: ZCreateCreator, response: ZCreatorDetail },
  handler: async ({ ctx, body }) => {
    const workspaceId = ctx.workspace.id;
    const id = await ctx.write(async (tx, audit) => {
      await assertOwnerIsMember(tx, workspaceId, body.ownerUserId);
      await assertHandlesFree(tx, workspaceId, body.accounts);
      const { accounts, ...fields } = body;
      const [created] = await tx
        .insert(creators)
        .values({ ...fields, workspaceId })
        .returning();
      if (!created) throw new Error('insert returned no creator');
      await syncAccounts(tx, workspaceId, created.id, accounts);
      await updateSearchText(tx, created.id);
      await refreshCreatorStats(tx, workspaceId, { creatorIds: [created.id] });
      await audit({
        action: 'creator.create',
        entityType: 'creator',
        entityId: created.id,
        before: null,
        after: body,
      });
      return created.id;
    });
    return loadCreatorDetail(ctx.services.db, workspaceId, id);
  },
});

export const updateCreatorRoute = defineRoute({
  method: 'PATCH',
  url: '/api/v1/workspaces/:workspaceId/creators/:creatorId',
  permission: 'creator.write',
  summary:
    'Edit a creator; `accounts`, when sent, is the full list (matched by platform + handle, so history stays); archive with `status: "archived"`',
  tags: ['creators'],
  schema: { params: ZCreatorParams, body: ZUpdateCreator, response: ZCreatorDetail },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    await ctx.write(async (tx, audit) => {
      const [before] = await tx
        .select()
        .from(creators)
        .where(and(eq(creators.id, params.creatorId), eq(creators.workspaceId, workspaceId)));
      if (!before) throw AppError.notFound('Creator');
      await assertOwnerIsMember(tx, workspaceId, body.ownerUserId);
      const { accounts, ...fields } = body;
      if (accounts) {
        if (accounts.length === 0)
          throw new AppError('validation_failed', 'A creator needs at least one platform account', [
            { path: 'body.accounts', message: 'keep at least one account' },
          ]);
        await assertHandlesFree(tx, workspaceId, accounts, before.id);
        await syncAccounts(tx, workspaceId, before.id, accounts);
      }
      const [after] = await tx
        .update(creators)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(creators.id, before.id))
        .returning();
      await updateSearchText(tx, before.id);
      await refreshCreatorStats(tx, workspaceId, { creatorIds: [before.id] });
      const action =
        body.status && body.status !== before.status ? `creator.status.${body.status}` : 'creator.update';
      await audit({
        action,
        entityType: 'creator',
        entityId: before.id,
        before,
        after: { ...after, accounts },
      });
    });
    return loadCreatorDetail(ctx.services.db, workspaceId, params.creatorId);
  },
});
