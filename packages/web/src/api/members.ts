import { api } from '../lib/api-client';
import type { Invitation, Member, Page, Role } from './types';
import { workspaceKey, workspacePath } from './workspaces';

export const membersKey = (workspaceId: string) => [...workspaceKey(workspaceId), 'members'] as const;
export const invitationsKey = (workspaceId: string) => [...workspaceKey(workspaceId), 'invitations'] as const;

const members = (workspaceId: string) => `${workspacePath(workspaceId)}/members`;
const invitations = (workspaceId: string) => `${workspacePath(workspaceId)}/invitations`;

export const listMembers = (workspaceId: string) => api.get<Page<Member>>(members(workspaceId));
export const changeMemberRole = (workspaceId: string, userId: string, role: Role) =>
  api.patch<Member>(`${members(workspaceId)}/${encodeURIComponent(userId)}`, { role });
export const removeMember = (workspaceId: string, userId: string) =>
  api.delete(`${members(workspaceId)}/${encodeURIComponent(userId)}`);
export const leaveWorkspace = (workspaceId: string) => api.post<void>(`${workspacePath(workspaceId)}/leave`);

export const listInvitations = (workspaceId: string) => api.get<Page<Invitation>>(invitations(workspaceId));
export const createInvitation = (workspaceId: string, email: string, role: Role) =>
  api.post<Invitation>(invitations(workspaceId), { email, role });
export const revokeInvitation = (workspaceId: string, invitationId: string) =>
  api.delete(`${invitations(workspaceId)}/${encodeURIComponent(invitationId)}`);
