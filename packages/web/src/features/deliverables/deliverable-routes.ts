import { createRoute } from '@tanstack/react-router';
import { campaignDetailRoute } from '../campaigns/campaign-routes';
import { DeliverablesTab } from './deliverables-tab';

export const campaignDeliverablesRoute = createRoute({
  getParentRoute: () => campaignDetailRoute,
  path: 'deliverables',
  component: DeliverablesTab,
});
