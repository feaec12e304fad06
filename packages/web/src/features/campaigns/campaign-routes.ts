import { createRoute } from '@tanstack/react-router';
import { workspaceRoute } from '../../routes/app-routes';
import { EditCampaignPage, NewCampaignPage } from './campaign-form-pages';
import { CampaignLayout } from './campaign-layout';
import { CampaignOverviewTab } from './campaign-overview-tab';

export const newCampaignRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'campaigns/new',
  component: NewCampaignPage,
});
/** The campaign page: header and tab bar; each tab is a child route (see `campaign-tab-routes.ts`). */
export const campaignDetailRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'campaigns/$campaignId',
  component: CampaignLayout,
});
export const campaignOverviewRoute = createRoute({
  getParentRoute: () => campaignDetailRoute,
  path: '/',
  component: CampaignOverviewTab,
});
export const editCampaignRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'campaigns/$campaignId/edit',
  component: EditCampaignPage,
});
