import { members } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { countOwners, findMember, listMembers } from './member-queries';
import { assertCanManageRole, assertNotLastOwner } from './member-rules';
import { ZMember, ZMemberList, ZMemberParams, ZUpdateMember } from './member-schemas';

export const listMembersRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/members',
  permission: 'member.read',
  summary: 'Members of the workspace and their roles',
  tags: ['members'],
  schema: { params: ZWorkspaceParams, response: ZMemberList },
  handler: async ({ ctx }) => ({ items: await listMembers(ctx.services.db, ctx.workspace.id) }),
});

export const updateMemberRoute = defineRoute({
  method: 'PATCH',
  url: '/api/v1/workspaces/:workspaceId/members/:userId',
  permission: 'member.manage',
  summary: "Change a member's role",
  tags: ['members'],
  schema: { params: ZMemberParams, body: ZUpdateMember, response: ZMember },
  handler: async ({ ctx, params, body }) => {
    await ctx.write(async (tx, audit) => {
      const target = await findMember(tx, ctx.workspace.id, params.userId);
      if (!target) throw AppError.notFound('Member');
      assertCanManageRole(ctx.workspace.role, target.role, body.role);
      if (body.role !== 'owner')
        assertNotLastOwner(await countOwners(tx, ctx.workspace.id), target.role, 'Cannot change this role');
      await tx
        .update(members)
        .set({ role: body.role })
        .where(and(eq(members.workspaceId, ctx.workspace.id), eq(members.userId, params.userId)));
      await audit({
        action: 'member.update',
        entityType: 'member',
        entityId: params.userId,
        before: { role: target.role },
        after: { role: body.role },
      });
    });
    const updated = (await listMembers(ctx.services.db, ctx.workspace.id)).find(
      (m) => m.userId === params.userId,
    );
    if (!updated) throw AppError.notFound('Member');
    return updated;
  },
});

export const removeMemberRoute = defineRoute({
  method: 'DELETE',
  url: '/api/v1/workspaces/:workspaceId/members/:userId',
  permission: 'member.manage',
  summary: 'Remove a member from the workspace',
  tags: ['members'],
  schema: { params: ZMemberParams },
  handler: async ({ ctx, params }) => {
    await ctx.write(async (tx, audit) => {
      const target = await findMember(tx, ctx.workspace.id, params.userId);
      if (!target) throw AppError.notFound('Member');
      assertCanManageRole(ctx.workspace.role, target.role, null);
      assertNotLastOwner(await countOwners(tx, ctx.workspace.id), target.role, 'Cannot remove this member');
      await tx
        .delete(members)
        .where(and(eq(members.workspaceId, ctx.workspace.id), eq(members.userId, params.userId)));
      await audit({ action: 'member.remove', entityType: 'member', entityId: params.userId, before: target });
    });
    return undefined;
  },
});

export const leaveWorkspaceRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/leave',
  permission: 'workspace.read',
  summary: 'Leave the workspace',
  tags: ['members'],
  schema: { params: ZWorkspaceParams },
  handler: async ({ ctx }) => {
    if (ctx.actor.type !== 'user')
      throw new AppError('forbidden', 'An API key cannot leave a workspace; revoke it instead');
    const userId = ctx.actor.id;
    await ctx.write(async (tx, audit) => {
      assertNotLastOwner(await countOwners(tx, ctx.workspace.id), ctx.workspace.role, 'Cannot leave');
      await tx
        .delete(members)
        .where(and(eq(members.workspaceId, ctx.workspace.id), eq(members.userId, userId)));
      await audit({
        action: 'member.leave',
        entityType: 'member',
        entityId: userId,
        before: { role: ctx.workspace.role },
      });
    });
    return undefined;
  },
});
