import { createRoute } from '@tanstack/react-router';
import { campaignDetailRoute } from '../campaigns/campaign-routes';
import { ContractsTab } from './contracts-tab';

export const campaignContractsRoute = createRoute({
  getParentRoute: () => campaignDetailRoute,
  path: 'contracts',
  component: ContractsTab,
});
