import type { Role } from '@lantoa/db/schema';

/**
 * Every permission a route can require, as `resource.action`. `public` needs no identity; `account.self` needs a
 * signed-in user but no workspace; every other permission is checked against the caller's role in the workspace
 * named by the route's `:workspaceId`.
 */
export const PERMISSIONS = [
  'public',
  'account.self',
  'workspace.read',
  'workspace.update',
  'member.read',
  'member.manage',
  'invitation.read',
  'invitation.manage',
  'api_key.read',
  'api_key.manage',
  'audit.read',
  'job.read',
  'demo.load',
  'creator.read',
  'creator.write',
  'import.read',
  'import.write',
  'campaign.read',
  'campaign.write',
  'campaign.analyse',
  'link.read',
  'link.write',
  'promo_code.read',
  'promo_code.write',
  'comment.read',
  'comment.write',
  'alert.read',
  'alert.write',
  'notification.read',
  'contract.read',
  'contract.write',
  'goal.read',
  'goal.write',
  'report.read',
  'report.share',
] as const;

export type Permission = (typeof PERMISSIONS)[number];
export type WorkspacePermission = Exclude<Permission, 'public' | 'account.self'>;

const VIEWER: WorkspacePermission[] = [
  'import.read',
  'notification.read',
  'workspace.read',
  'member.read',
  'job.read',
  'creator.read',
  'campaign.read',
  'link.read',
  'promo_code.read',
  'comment.read',
  'alert.read',
  'contract.read',
  'goal.read',
  'report.read',
];
const ANALYST: WorkspacePermission[] = [...VIEWER, 'audit.read', 'campaign.analyse', 'alert.write'];
const MANAGER: WorkspacePermission[] = [
  ...ANALYST,
  'invitation.read',
  'demo.load',
  'creator.write',
  'import.write',
  'campaign.write',
  'link.write',
  'promo_code.write',
  'comment.write',
  'contract.write',
  'goal.write',
  'report.share',
];
const ADMIN: WorkspacePermission[] = [
  ...MANAGER,
  'workspace.update',
  'member.manage',
  'invitation.manage',
  'api_key.read',
  'api_key.manage',
];
const OWNER: WorkspacePermission[] = [...ADMIN];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<WorkspacePermission>> = {
  owner: new Set(OWNER),
  admin: new Set(ADMIN),
  manager: new Set(MANAGER),
  analyst: new Set(ANALYST),
  viewer: new Set(VIEWER),
};

export function roleHasPermission(role: Role, permission: WorkspacePermission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/** Roles ordered by power; a member may only grant roles at or below their own. */
export const ROLE_RANK: Record<Role, number> = { owner: 5, admin: 4, manager: 3, analyst: 2, viewer: 1 };
