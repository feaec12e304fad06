import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { authClient } from '../../lib/auth-client';

export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    await authClient.signOut().catch(() => undefined);
    queryClient.clear();
    await navigate({ to: '/sign-in', search: {} });
  }, [navigate, queryClient]);
}
