import type { Role } from '@lantoa/db/schema';
import { AppError } from '../../http/app-error';
import { ROLE_RANK } from '../../permissions/catalogue';

/** Nobody can hand out or touch a role above their own; only owners manage owners. */
export function assertCanManageRole(
  actorRole: Role,
  targetCurrentRole: Role | null,
  targetNewRole: Role | null,
): void {
  const limit = ROLE_RANK[actorRole];
  for (const role of [targetCurrentRole, targetNewRole]) {
    if (role && ROLE_RANK[role] > limit) {
      throw new AppError('forbidden', `A ${actorRole} cannot manage the ${role} role`);
    }
  }
  if ((targetCurrentRole === 'owner' || targetNewRole === 'owner') && actorRole !== 'owner') {
    throw new AppError('forbidden', 'Only an owner can grant or take away the owner role');
  }
}

export function assertNotLastOwner(ownerCount: number, targetRole: Role, what: string): void {
  if (targetRole === 'owner' && ownerCount <= 1) {
    throw new AppError(
      'conflict',
      `${what}: a workspace must keep at least one owner; make someone else owner first`,
    );
  }
}
