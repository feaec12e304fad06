import { createRoute } from '@tanstack/react-router';
import { workspaceRoute } from '../../routes/app-routes';
import { CampaignDetailPage } from './campaign-detail-page';
import { EditCampaignPage, NewCampaignPage } from './campaign-form-pages';

export const newCampaignRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'campaigns/new',
  component: NewCampaignPage,
});
export const campaignDetailRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'campaigns/$campaignId',
  component: CampaignDetailPage,
});
export const editCampaignRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'campaigns/$campaignId/edit',
  component: EditCampaignPage,
});
