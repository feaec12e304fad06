import type { Role } from '../../api/types';

/** creator.write is granted from manager up (server catalogue); the API enforces it, the UI only hides controls. */
export const canWriteCreators = (role: Role) => role === 'owner' || role === 'admin' || role === 'manager';
