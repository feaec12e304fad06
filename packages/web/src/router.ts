import { createRouter } from '@tanstack/react-router';
import { queryClient } from './lib/query-client';
import { PendingPage } from './routes/route-fallbacks';
import { routeTree } from './routes/route-tree';

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPreloadStaleTime: 0,
  defaultPendingComponent: PendingPage,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
