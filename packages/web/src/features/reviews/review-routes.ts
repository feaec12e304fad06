import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../routes/root-route';
import { PublicReviewPage } from './public-review-page';

export const publicReviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'r/$token',
  component: PublicReviewPage,
});
