import { createRoute } from '@tanstack/react-router';
import { workspaceRoute } from '../../routes/app-routes';
import { validateImportSearch } from './import-kinds';
import { ImportPage } from './import-page';

/** `/w/<id>/imports?kind=orders|post_metrics|comments|ga4|creators&campaignId=…` */
export const importsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'imports',
  validateSearch: validateImportSearch,
  component: ImportPage,
});
