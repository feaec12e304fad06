import { createRoute } from '@tanstack/react-router';
import { campaignDetailRoute } from '../campaigns/campaign-routes';
import { PostsTab } from './posts-tab';

export const campaignPostsRoute = createRoute({
  getParentRoute: () => campaignDetailRoute,
  path: 'posts',
  component: PostsTab,
});
