import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../routes/root-route';
import { PublicBriefPage } from './public-brief-page';

export const publicBriefRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'b/$token',
  component: PublicBriefPage,
});
