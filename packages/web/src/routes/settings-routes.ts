import { createRoute, redirect } from '@tanstack/react-router';
import { AccountTab } from '../features/settings/account/account-tab';
import { ApiKeysTab } from '../features/settings/api-keys/api-keys-tab';
import { AuditLogTab } from '../features/settings/audit-log/audit-log-tab';
import { GeneralTab } from '../features/settings/general/general-tab';
import { MembersTab } from '../features/settings/members/members-tab';
import { SettingsLayout } from '../features/settings/settings-layout';
import { TrackingTab } from '../features/settings/tracking/tracking-tab';
import { workspaceRoute } from './app-routes';

export const settingsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'settings',
  component: SettingsLayout,
});

export const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/',
  beforeLoad: ({ params }) => {
    throw redirect({ to: '/w/$workspaceId/settings/general', params, replace: true });
  },
});

export const generalRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'general',
  component: GeneralTab,
});
export const membersRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'members',
  component: MembersTab,
});
export const apiKeysRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'api-keys',
  component: ApiKeysTab,
});
export const trackingRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'tracking',
  component: TrackingTab,
});
export const auditLogRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'audit-log',
  component: AuditLogTab,
});
export const accountRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'account',
  component: AccountTab,
});
