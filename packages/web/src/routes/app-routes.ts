import { createRoute, redirect } from '@tanstack/react-router';
import { workspaceQuery } from '../api/queries';
import { CampaignsPage } from '../features/campaigns/campaigns-page';
import { CreatorsPage } from '../features/creators/creators-page';
import { LinksPage } from '../features/links/links-page';
import { OverviewPage } from '../features/overview/overview-page';
import { ReportsPage } from '../features/reports/reports-page';
import { AppShell } from '../features/shell/app-shell';
import { WelcomePage } from '../features/workspaces/welcome-page';
import { isApiError } from '../lib/api-error';
import { storeLastWorkspaceId } from '../lib/local-preferences';
import { pickHomeWorkspace, requireMe } from './guards';
import { rootRoute } from './root-route';
import { PendingPage } from './route-fallbacks';

export const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_authed',
  beforeLoad: async ({ context, location }) => ({ me: await requireMe(context.queryClient, location.href) }),
});

export const homeRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const workspaceId = pickHomeWorkspace(context.me);
    if (workspaceId) throw redirect({ to: '/w/$workspaceId', params: { workspaceId } });
    throw redirect({ to: '/welcome' });
  },
});

export const welcomeRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'welcome',
  component: WelcomePage,
});

export const workspaceRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'w/$workspaceId',
  loader: async ({ context, params }) => {
    try {
      await context.queryClient.ensureQueryData(workspaceQuery(params.workspaceId));
    } catch (error) {
      if (isApiError(error) && (error.status === 403 || error.status === 404)) storeLastWorkspaceId(null);
      throw error;
    }
  },
  pendingComponent: PendingPage,
  component: AppShell,
});

export const overviewRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: '/',
  component: OverviewPage,
});
export const creatorsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'creators',
  component: CreatorsPage,
});
export const campaignsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'campaigns',
  component: CampaignsPage,
});
export const linksRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'links',
  component: LinksPage,
});
export const reportsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'reports',
  component: ReportsPage,
});
