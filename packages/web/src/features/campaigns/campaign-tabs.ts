import type { ParseKeys } from 'i18next';
import type { Role } from '../../api/types';

export interface CampaignTab {
  key: string;
  label: ParseKeys;
  /** Full route path of the tab (a child route of `campaignDetailRoute`). */
  to: string;
  visible?: (role: Role) => boolean;
}

/**
 * The tabs of a campaign page, in display order. To add one: create a child route of `campaignDetailRoute`
 * (from `./campaign-routes`) in your feature folder, add it to `campaignTabRoutes` in `./campaign-tab-routes`,
 * add an entry here and its label string to both locale files.
 */
export const CAMPAIGN_TABS: CampaignTab[] = [
  { key: 'overview', label: 'campaigns.tabs.overview', to: '/w/$workspaceId/campaigns/$campaignId' },
  {
    key: 'dashboard',
    label: 'campaigns.tabs.dashboard',
    to: '/w/$workspaceId/campaigns/$campaignId/dashboard',
  },
  {
    key: 'deliverables',
    label: 'campaigns.tabs.deliverables',
    to: '/w/$workspaceId/campaigns/$campaignId/deliverables',
  },
  { key: 'posts', label: 'campaigns.tabs.posts', to: '/w/$workspaceId/campaigns/$campaignId/posts' },
  { key: 'calendar', label: 'campaigns.tabs.calendar', to: '/w/$workspaceId/campaigns/$campaignId/calendar' },
  {
    key: 'contracts',
    label: 'campaigns.tabs.contracts',
    to: '/w/$workspaceId/campaigns/$campaignId/contracts',
  },
];
