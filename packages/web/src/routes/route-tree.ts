import { publicBriefRoute } from '../features/briefs/brief-routes';
import { calendarRoute } from '../features/calendar/calendar-routes';
import {
  campaignDetailRoute,
  editCampaignRoute,
  newCampaignRoute,
} from '../features/campaigns/campaign-routes';
import { campaignTabRoutes } from '../features/campaigns/campaign-tab-routes';
import { commentsRoute } from '../features/comments/comments-route';
import {
  creatorEditRoute,
  creatorImportRoute,
  creatorListsRoute,
  creatorNewRoute,
  creatorProfileRoute,
  shortlistRoute,
} from '../features/creators/creator-routes';
import { importsRoute } from '../features/imports/import-route';
import { goalsRoute } from '../features/north-star/north-star-routes';
import { publicReportRoute } from '../features/reports/report-routes';
import { publicReviewRoute } from '../features/reviews/review-routes';
import {
  authedRoute,
  campaignsRoute,
  creatorsRoute,
  homeRoute,
  linksRoute,
  overviewRoute,
  reportsRoute,
  welcomeRoute,
  workspaceRoute,
} from './app-routes';
import {
  forgotPasswordRoute,
  inviteRoute,
  resetPasswordRoute,
  signInRoute,
  signUpRoute,
} from './auth-routes';
import { rootRoute } from './root-route';
import {
  accountRoute,
  apiKeysRoute,
  auditLogRoute,
  generalRoute,
  membersRoute,
  settingsIndexRoute,
  settingsRoute,
  trackingRoute,
} from './settings-routes';

export const routeTree = rootRoute.addChildren([
  signInRoute,
  signUpRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  inviteRoute,
  publicBriefRoute,
  publicReviewRoute,
  publicReportRoute,
  authedRoute.addChildren([
    homeRoute,
    welcomeRoute,
    workspaceRoute.addChildren([
      overviewRoute,
      creatorsRoute,
      creatorImportRoute,
      creatorListsRoute,
      shortlistRoute,
      creatorNewRoute,
      creatorProfileRoute,
      creatorEditRoute,
      campaignsRoute,
      goalsRoute,
      calendarRoute,
      newCampaignRoute,
      campaignDetailRoute.addChildren(campaignTabRoutes),
      editCampaignRoute,
      linksRoute,
      commentsRoute,
      importsRoute,
      reportsRoute,
      settingsRoute.addChildren([
        settingsIndexRoute,
        generalRoute,
        membersRoute,
        apiKeysRoute,
        trackingRoute,
        auditLogRoute,
        accountRoute,
      ]),
    ]),
  ]),
]);
