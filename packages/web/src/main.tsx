import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { handleSessionExpiry, queryClient } from './lib/query-client';
import { router } from './router';
import './styles.css';

handleSessionExpiry(() => {
  if (router.state.location.pathname === '/sign-in') return;
  const redirect = router.state.location.href;
  queryClient.clear();
  void router.navigate({ to: '/sign-in', search: { redirect } });
});

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
