import { campaignCalendarRoute } from '../calendar/calendar-routes';
import { campaignContractsRoute } from '../contracts/contract-routes';
import { campaignDashboardRoute } from '../dashboard/dashboard-routes';
import { campaignDeliverablesRoute } from '../deliverables/deliverable-routes';
import { campaignPostsRoute } from '../posts/post-routes';
import { campaignOverviewRoute } from './campaign-routes';

/** Child routes of the campaign page, one per tab in `CAMPAIGN_TABS`. */
export const campaignTabRoutes = [
  campaignOverviewRoute,
  campaignDashboardRoute,
  campaignDeliverablesRoute,
  campaignPostsRoute,
  campaignCalendarRoute,
  campaignContractsRoute,
];
