import { invitations, members, workspaces } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { hashToken } from '../../auth/api-key-token';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { ZAcceptedInvitation, ZInvitationPreview, ZInvitationTokenParams } from './invitation-schemas';
import { effectiveStatus } from './invitation-status';

export const previewInvitationRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/invitations/:token',
  permission: 'account.self',
  summary: 'What an invitation link offers',
  tags: ['members'],
  schema: { params: ZInvitationTokenParams, response: ZInvitationPreview },
  handler: async ({ ctx, params }) => {
    const [row] = await ctx.services.db
      .select({ invitation: invitations, workspaceName: workspaces.name })
      .from(invitations)
      .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
      .where(eq(invitations.tokenHash, hashToken(params.token)))
      .limit(1);
    if (!row) throw AppError.notFound('Invitation');
    const { invitation } = row;
    return {
      workspace: { id: invitation.workspaceId, name: row.workspaceName },
      role: invitation.role,
      email: invitation.email,
      status: effectiveStatus(invitation.status, invitation.expiresAt),
      expiresAt: invitation.expiresAt.toISOString(),
    };
  },
});

export const acceptInvitationRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/invitations/:token/accept',
  permission: 'account.self',
  summary: 'Accept an invitation addressed to your e-mail',
  tags: ['members'],
  schema: { params: ZInvitationTokenParams, response: ZAcceptedInvitation },
  handler: async ({ ctx, params }) => {
    return ctx.services.db.transaction(async (tx) => {
      const invitation = await tx.query.invitations.findFirst({
        where: eq(invitations.tokenHash, hashToken(params.token)),
      });
      if (!invitation) throw AppError.notFound('Invitation');
      const status = effectiveStatus(invitation.status, invitation.expiresAt);
      if (status !== 'pending') throw new AppError('conflict', `This invitation is ${status}`);
      if (invitation.email !== ctx.actor.email.toLowerCase()) {
        throw new AppError(
          'forbidden',
          `This invitation was sent to ${invitation.email}; sign in with that address to accept it`,
        );
      }
      const existing = await tx.query.members.findFirst({
        where: and(eq(members.workspaceId, invitation.workspaceId), eq(members.userId, ctx.actor.id)),
      });
      if (!existing) {
        await tx
          .insert(members)
          .values({ workspaceId: invitation.workspaceId, userId: ctx.actor.id, role: invitation.role });
      }
      await tx
        .update(invitations)
        .set({ status: 'accepted', acceptedAt: new Date() })
        .where(eq(invitations.id, invitation.id));
      await recordAudit(
        tx,
        invitation.workspaceId,
        ctx.actor,
        {
          action: 'invitation.accept',
          entityType: 'member',
          entityId: ctx.actor.id,
          after: { role: invitation.role },
        },
        ctx.requestId,
      );
      return { workspaceId: invitation.workspaceId };
    });
  },
});
