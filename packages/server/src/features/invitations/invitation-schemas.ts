import { z } from 'zod';
import { ZRole, ZUuid } from '../../http/common-schemas';

export const ZInvitationStatus = z.enum(['pending', 'accepted', 'revoked', 'expired']);

export const ZInvitation = z.object({
  id: z.string(),
  email: z.string(),
  role: ZRole,
  status: ZInvitationStatus,
  expiresAt: z.string(),
  invitedBy: z.object({ name: z.string() }).nullable(),
});

export const ZCreatedInvitation = ZInvitation.extend({ url: z.string() });
export const ZInvitationList = z.object({ items: z.array(ZInvitation) });
export const ZCreateInvitation = z.strictObject({ email: z.email().max(200), role: ZRole });
export const ZInvitationParams = z.strictObject({ workspaceId: ZUuid, invitationId: ZUuid });
export const ZInvitationTokenParams = z.strictObject({ token: z.string().min(20).max(100) });

export const ZInvitationPreview = z.object({
  workspace: z.object({ id: z.string(), name: z.string() }),
  role: ZRole,
  email: z.string(),
  status: ZInvitationStatus,
  expiresAt: z.string(),
});
export const ZAcceptedInvitation = z.object({ workspaceId: z.string() });
