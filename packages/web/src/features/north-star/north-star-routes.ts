import { createRoute } from '@tanstack/react-router';
import { workspaceRoute } from '../../routes/app-routes';
import { NorthStarPage } from './north-star-page';

export const goalsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'goals',
  component: NorthStarPage,
});
