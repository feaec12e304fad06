import { createRoute } from '@tanstack/react-router';
import { workspaceRoute } from '../../routes/app-routes';
import { CreatorListsPage } from '../creator-lists/creator-lists-page';
import { ShortlistPage } from '../creator-lists/shortlist-page';
import { ImportPage } from '../imports/import-page';
import { CreatorEditPage } from './creator-edit-page';
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

export const creatorListsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'creators/lists',
  component: CreatorListsPage,
});

export const shortlistRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'creators/lists/$listId',
  component: ShortlistPage,
});

export const creatorNewRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'creators/new',
  component: CreatorEditPage,
});

export const creatorEditRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'creators/$creatorId/edit',
  component: CreatorEditPage,
});
