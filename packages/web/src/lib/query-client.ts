import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { meKey } from '../api/me';
import { isApiError } from './api-error';

let onSessionExpired: () => void = () => undefined;

/** What to do when the API says the session is gone (set once by the app entry, which owns the router). */
export function handleSessionExpiry(handler: () => void): void {
  onSessionExpired = handler;
}

// A 401 on the "who am I" probe just means "signed out"; anywhere else it means the session expired mid-use.
const isExpiry = (error: unknown, queryKey?: readonly unknown[]) =>
  isApiError(error) && error.status === 401 && queryKey?.[0] !== meKey[0];

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (isExpiry(error, query.queryKey)) onSessionExpired();
    },
  }),
  mutationCache: new MutationCache({
    onError: (error) => {
      if (isExpiry(error)) onSessionExpired();
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => {
        if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
        return failureCount < 2;
      },
    },
  },
});
