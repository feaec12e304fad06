import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SparkIcon } from '../../components/icons';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import { canLoadDemo } from '../../lib/roles';
import { LiveCampaignsCard } from '../dashboard/live-campaigns-card';
import { DemoDataLoader } from '../jobs/demo-data-loader';
import { RecentJobs } from '../jobs/recent-jobs';
import { useWorkspace } from '../workspaces/use-workspace';

export function OverviewPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const counts = workspace.counts ?? { creators: 0, campaigns: 0, members: 1 };
  const empty = counts.creators === 0 && counts.campaigns === 0;
  const tiles = [
    { key: 'creators', value: counts.creators, to: '/w/$workspaceId/creators' },
    { key: 'campaigns', value: counts.campaigns, to: '/w/$workspaceId/campaigns' },
    { key: 'members', value: counts.members, to: '/w/$workspaceId/settings/members' },
  ] as const;
  return (
    <>
      <PageHeader
        title={t('overview.title')}
        description={t('overview.subtitle', { name: workspace.name })}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        {tiles.map((tile) => (
          <Link
            key={tile.key}
            to={tile.to}
            params={{ workspaceId: workspace.id }}
            className="rounded-xl border border-zinc-200 bg-white p-4 shadow-xs transition-colors hover:border-teal-300"
            data-testid={`overview-count-${tile.key}`}
          >
            <div className="text-[13px] text-zinc-500">{t(`overview.counts.${tile.key}`)}</div>
            <div className="mt-1 text-2xl font-semibold tabular-nums text-zinc-900">
              {formatNumber(tile.value, locale)}
            </div>
          </Link>
        ))}
      </div>
      {empty && (
        <div className="mt-6">
          <EmptyState
            icon={<SparkIcon className="size-5" />}
            title={t('overview.empty.title')}
            description={t('overview.empty.description')}
          >
            {canLoadDemo(workspace.role) ? (
              <DemoDataLoader workspaceId={workspace.id} />
            ) : (
              <p className="text-sm text-zinc-500">{t('demo.noPermission')}</p>
            )}
          </EmptyState>
        </div>
      )}
      <LiveCampaignsCard workspaceId={workspace.id} />
      <RecentJobs workspaceId={workspace.id} />
    </>
  );
}
