import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { meQuery } from '../api/queries';
import type { Me } from '../api/types';
import { safeRedirect } from '../features/auth/safe-redirect';
import { isApiError } from '../lib/api-error';
import { lastWorkspaceId } from '../lib/local-preferences';

/** Loads the signed-in user, or sends the visitor to sign in and back here afterwards. */
export async function requireMe(queryClient: QueryClient, returnTo: string): Promise<Me> {
  try {
    return await queryClient.ensureQueryData(meQuery);
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      throw redirect({ to: '/sign-in', search: { redirect: returnTo } });
    }
    throw error;
  }
}

/** Lets signed-in visitors skip the sign-in and sign-up pages and go where they were heading. */
export async function redirectIfSignedIn(
  queryClient: QueryClient,
  target: string | undefined,
): Promise<void> {
  const me = await queryClient.ensureQueryData(meQuery).catch(() => null);
  if (me) throw redirect({ href: safeRedirect(target) });
}

/** The workspace `/` opens: the last one used if still a member, else the first. */
export function pickHomeWorkspace(me: Me, remembered: string | null = lastWorkspaceId()): string | null {
  if (remembered && me.workspaces.some((workspace) => workspace.id === remembered)) return remembered;
  return me.workspaces[0]?.id ?? null;
}
