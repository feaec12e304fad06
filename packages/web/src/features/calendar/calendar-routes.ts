import { createRoute } from '@tanstack/react-router';
import { workspaceRoute } from '../../routes/app-routes';
import { campaignDetailRoute } from '../campaigns/campaign-routes';
import { CalendarPage, CampaignCalendarTab } from './calendar-page';

export const calendarRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'calendar',
  component: CalendarPage,
});

export const campaignCalendarRoute = createRoute({
  getParentRoute: () => campaignDetailRoute,
  path: 'calendar',
  component: CampaignCalendarTab,
});
