import { api } from '../lib/api-client';
import type { InvitationPreview } from './types';

export const invitationPreviewKey = (token: string) => ['invitation', token] as const;

export const getInvitationPreview = (token: string) =>
  api.get<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`);
export const acceptInvitation = (token: string) =>
  api.post<{ workspaceId: string }>(`/invitations/${encodeURIComponent(token)}/accept`);
