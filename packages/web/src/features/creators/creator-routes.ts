import { createRoute } from '@tanstack/react-router';
import { workspaceRoute } from '../../routes/app-routes';
import { ImportPage } from '../imports/import-page';
import { CreatorProfilePage } from './creator-profile-page';

export const creatorProfileRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'creators/$creatorId',
  component: CreatorProfilePage,
});

export const creatorImportRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'creators/import',
  component: ImportPage,
});
