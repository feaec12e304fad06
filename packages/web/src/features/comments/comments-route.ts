import { createRoute } from '@tanstack/react-router';
import { workspaceRoute } from '../../routes/app-routes';
import { validateCommentSearch } from './comment-search';
import { CommentsPage } from './comments-page';

export const commentsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'comments',
  validateSearch: validateCommentSearch,
  component: CommentsPage,
});
