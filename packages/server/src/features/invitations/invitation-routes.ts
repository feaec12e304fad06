import { randomBytes } from 'node:crypto';
import { invitations, users } from '@lantoa/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { hashToken } from '../../auth/api-key-token';
import { AppError } from '../../http/app-error';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { assertCanManageRole } from '../members/member-rules';
import {
  ZCreatedInvitation,
  ZCreateInvitation,
  ZInvitationList,
  ZInvitationParams,
} from './invitation-schemas';
import { effectiveStatus, INVITATION_TTL_MS, invitationUrl } from './invitation-status';

export const listInvitationsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/invitations',
  permission: 'invitation.read',
  summary: 'Invitations sent from this workspace',
  tags: ['members'],
  schema: { params: ZWorkspaceParams, response: ZInvitationList },
  handler: async ({ ctx }) => {
    const rows = await ctx.services.db
      .select({ invitation: invitations, inviterName: users.name })
      .from(invitations)
      .leftJoin(users, eq(users.id, invitations.invitedBy))
      .where(eq(invitations.workspaceId, ctx.workspace.id))
      .orderBy(desc(invitations.createdAt));
    return {
      items: rows.map(({ invitation, inviterName }) => ({
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        status: effectiveStatus(invitation.status, invitation.expiresAt),
        expiresAt: invitation.expiresAt.toISOString(),
        invitedBy: inviterName ? { name: inviterName } : null,
      })),
    };
  },
});

export const createInvitationRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/invitations',
  permission: 'invitation.manage',
  summary: 'Invite someone by e-mail; the answer holds the accept link (shown once)',
  tags: ['members'],
  status: 201,
  schema: { params: ZWorkspaceParams, body: ZCreateInvitation, response: ZCreatedInvitation },
  handler: async ({ ctx, body }) => {
    assertCanManageRole(ctx.workspace.role, null, body.role);
    const token = randomBytes(24).toString('base64url');
    const email = body.email.toLowerCase();
    const created = await ctx.write(async (tx, audit) => {
      const [row] = await tx
        .insert(invitations)
        .values({
          workspaceId: ctx.workspace.id,
          email,
          role: body.role,
          tokenHash: hashToken(token),
          invitedBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        })
        .returning();
      if (!row) throw new Error('invitation insert returned no row');
      await audit({
        action: 'invitation.create',
        entityType: 'invitation',
        entityId: row.id,
        after: { email, role: body.role },
      });
      return row;
    });
    const url = invitationUrl(ctx.services.config.publicUrl, token);
    await ctx.services.mailer.send({
      to: email,
      subject: `Lời mời tham gia Lantoa / You are invited to Lantoa`,
      text: `${ctx.actor.name} mời bạn tham gia không gian làm việc trên Lantoa.\n${ctx.actor.name} invited you to a Lantoa workspace.\n\n${url}\n`,
      purpose: 'invitation',
      link: url,
    });
    return {
      id: created.id,
      email,
      role: created.role,
      status: 'pending' as const,
      expiresAt: created.expiresAt.toISOString(),
      invitedBy: { name: ctx.actor.name },
      url,
    };
  },
});

export const revokeInvitationRoute = defineRoute({
  method: 'DELETE',
  url: '/api/v1/workspaces/:workspaceId/invitations/:invitationId',
  permission: 'invitation.manage',
  summary: 'Revoke a pending invitation',
  tags: ['members'],
  schema: { params: ZInvitationParams },
  handler: async ({ ctx, params }) => {
    await ctx.write(async (tx, audit) => {
      const [row] = await tx
        .update(invitations)
        .set({ status: 'revoked' })
        .where(
          and(
            eq(invitations.id, params.invitationId),
            eq(invitations.workspaceId, ctx.workspace.id),
            eq(invitations.status, 'pending'),
          ),
        )
        .returning();
      if (!row) throw AppError.notFound('Pending invitation');
      await audit({
        action: 'invitation.revoke',
        entityType: 'invitation',
        entityId: row.id,
        before: { status: 'pending' },
        after: { status: 'revoked' },
      });
    });
    return undefined;
  },
});
