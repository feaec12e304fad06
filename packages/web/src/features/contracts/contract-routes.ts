import { createRoute } from '@tanstack/react-router';
import { campaignDetailRoute } from '../campaigns/campaign-routes';
import { ContractsTab } from './contracts-tab';

export const campaignContractsRoute = createRoute({
  getParentRoute: () => campaignDetailRoute,
  path: 'contracts',
  /** `contract` opens that contract, e.g. from a cost it paid. */
  validateSearch: (search: Record<string, unknown>): { contract?: string } =>
    typeof search.contract === 'string' ? { contract: search.contract } : {},
  component: ContractsTab,
});
