import { campaignOverviewRoute } from './campaign-routes';

/** Child routes of the campaign page, one per tab in `CAMPAIGN_TABS`. */
export const campaignTabRoutes = [campaignOverviewRoute];
