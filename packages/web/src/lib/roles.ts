import { ROLES, type Role } from '../api/types';

/** Mirrors the server's permission catalogue so the UI can hide what a role cannot do (the API enforces it). */
const RANK: Record<Role, number> = { owner: 5, admin: 4, manager: 3, analyst: 2, viewer: 1 };

const atLeast = (role: Role, minimum: Role) => RANK[role] >= RANK[minimum];

export const canEditWorkspace = (role: Role) => atLeast(role, 'admin');
export const canManageMembers = (role: Role) => atLeast(role, 'admin');
export const canManageApiKeys = (role: Role) => atLeast(role, 'admin');
export const canViewInvitations = (role: Role) => atLeast(role, 'manager');
export const canLoadDemo = (role: Role) => atLeast(role, 'manager');
export const canViewAuditLog = (role: Role) => atLeast(role, 'analyst');
export const canHandleAlerts = (role: Role) => atLeast(role, 'analyst');
export const canEditCampaigns = (role: Role) => atLeast(role, 'manager');
export const canWriteComments = (role: Role) => atLeast(role, 'manager');

/** Roles an actor may hand out (to a member, an invitation or an API key): never above their own. */
export function assignableRoles(actor: Role): Role[] {
  if (!canManageMembers(actor)) return [];
  return ROLES.filter((role) => RANK[role] <= RANK[actor]);
}

/** Whether `actor` may change or remove a member currently holding `target` (admins cannot touch owners). */
export function canModifyMember(actor: Role, target: Role): boolean {
  return canManageMembers(actor) && RANK[target] <= RANK[actor];
}
