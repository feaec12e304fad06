import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';
import { PageHeader } from '../../components/ui/page-header';
import { canManageApiKeys, canViewAuditLog } from '../../lib/roles';
import { useWorkspace } from '../workspaces/use-workspace';

type SettingsTab = 'general' | 'members' | 'apiKeys' | 'tracking' | 'auditLog' | 'account';

const TABS: { key: SettingsTab; to: string; visible: (role: Role) => boolean }[] = [
  { key: 'general', to: '/w/$workspaceId/settings/general', visible: () => true },
  { key: 'members', to: '/w/$workspaceId/settings/members', visible: () => true },
  { key: 'apiKeys', to: '/w/$workspaceId/settings/api-keys', visible: canManageApiKeys },
  { key: 'tracking', to: '/w/$workspaceId/settings/tracking', visible: () => true },
  { key: 'auditLog', to: '/w/$workspaceId/settings/audit-log', visible: canViewAuditLog },
  { key: 'account', to: '/w/$workspaceId/settings/account', visible: () => true },
];

export function SettingsLayout() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  return (
    <>
      <PageHeader
        title={t('settings.title')}
        description={t('settings.subtitle', { name: workspace.name })}
      />
      <nav
        aria-label={t('settings.title')}
        className="-mx-4 mb-6 flex gap-1 overflow-x-auto border-b border-zinc-200 px-4 sm:mx-0 sm:px-0"
      >
        {TABS.filter((tab) => tab.visible(workspace.role)).map((tab) => (
          <Link
            key={tab.key}
            to={tab.to}
            params={{ workspaceId: workspace.id }}
            data-testid={`settings-tab-${tab.key}`}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-[13px] font-medium whitespace-nowrap text-zinc-600 hover:text-zinc-900 data-[status=active]:border-teal-600 data-[status=active]:text-teal-800"
          >
            {t(`settings.tabs.${tab.key}`)}
          </Link>
        ))}
      </nav>
      <Outlet />
    </>
  );
}
