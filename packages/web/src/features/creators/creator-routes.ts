import { createRoute } from '@tanstack/react-router';
import { workspaceRoute } from '../../routes/app-routes';
import { CreatorProfilePage } from './creator-profile-page';

export const creatorProfileRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'creators/$creatorId',
  component: CreatorProfilePage,
});
