import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CampaignStatusBadge } from '../../components/domain/campaign-status-badge';
import { Alert } from '../../components/ui/alert';
import { buttonClass } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { ExportBundleLink } from '../bundles/export-bundle-link';
import { useWorkspace } from '../workspaces/use-workspace';
import { canWriteCampaigns } from './campaign-api';
import { CampaignStatusControl } from './campaign-status-control';
import { CAMPAIGN_TABS } from './campaign-tabs';
import { useCampaignQuery } from './use-campaign';

export function CampaignLayout() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const query = useCampaignQuery();
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  const campaign = query.data;
  const params = { workspaceId: workspace.id, campaignId: campaign.id };
  return (
    <div data-testid="campaign-page">
      <Link
        to="/w/$workspaceId/campaigns"
        params={{ workspaceId: workspace.id }}
        className="mb-2 inline-block text-sm text-teal-700 hover:underline"
      >
        ← {t('campaigns.detail.back')}
      </Link>
      <PageHeader
        title={campaign.name}
        description={campaign.brand ?? undefined}
        actions={
          <>
            <ExportBundleLink workspaceId={workspace.id} campaignId={campaign.id} />
            {canWriteCampaigns(workspace.role) && (
              <Link
                to="/w/$workspaceId/campaigns/$campaignId/edit"
                params={params}
                className={buttonClass('secondary')}
              >
                {t('campaigns.detail.edit')}
              </Link>
            )}
          </>
        }
      />
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <CampaignStatusBadge status={campaign.status} />
        <CampaignStatusControl campaign={campaign} />
      </div>
      {!campaign.goLive.allowed && campaign.status !== 'live' && (
        <div className="mb-4">
          <Alert tone="warning">{t('campaigns.detail.cannotGoLive')}</Alert>
        </div>
      )}
      <nav
        aria-label={t('campaigns.tabs.label')}
        className="-mx-4 mb-6 flex gap-1 overflow-x-auto border-b border-zinc-200 px-4 sm:mx-0 sm:px-0"
      >
        {CAMPAIGN_TABS.filter((tab) => tab.visible?.(workspace.role) ?? true).map((tab) => (
          <Link
            key={tab.key}
            to={tab.to}
            params={params}
            activeOptions={{ exact: true }}
            data-testid={`campaign-tab-${tab.key}`}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-[13px] font-medium whitespace-nowrap text-zinc-600 hover:text-zinc-900 data-[status=active]:border-teal-600 data-[status=active]:text-teal-800"
          >
            {t(tab.label)}
          </Link>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
