import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../routes/root-route';
import { PublicReportPage } from './public-report-page';

export const publicReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'share/reports/$token',
  component: PublicReportPage,
});
