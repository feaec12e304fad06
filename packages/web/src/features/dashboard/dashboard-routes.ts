import { createRoute } from '@tanstack/react-router';
import { campaignDetailRoute } from '../campaigns/campaign-routes';
import { DashboardTab } from './dashboard-tab';

export const campaignDashboardRoute = createRoute({
  getParentRoute: () => campaignDetailRoute,
  path: 'dashboard',
  component: DashboardTab,
});
