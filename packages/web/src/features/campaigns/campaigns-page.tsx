import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { campaignsKey, listCampaigns } from '../../api/catalog';
import { CampaignsIcon } from '../../components/icons';
import { buttonClass } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { canLoadDemo } from '../../lib/roles';
import { ImportBundleButton } from '../bundles/import-bundle-button';
import { DemoDataLoader } from '../jobs/demo-data-loader';
import { useWorkspace } from '../workspaces/use-workspace';
import { canWriteCampaigns } from './campaign-api';
import { CampaignsTable } from './campaigns-table';

export function CampaignsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const query = useQuery({
    queryKey: campaignsKey(workspace.id),
    queryFn: () => listCampaigns(workspace.id),
  });
  const campaigns = query.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('campaigns.title')}
        description={t('campaigns.subtitle')}
        actions={
          canWriteCampaigns(workspace.role) && (
            <>
              <ImportBundleButton workspaceId={workspace.id} />
              <Link
                to="/w/$workspaceId/campaigns/new"
                params={{ workspaceId: workspace.id }}
                className={buttonClass()}
                data-testid="new-campaign"
              >
                {t('campaigns.newCampaign')}
              </Link>
            </>
          )
        }
      />
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorBlock error={query.error} onRetry={() => query.refetch()} />
      ) : campaigns.length === 0 ? (
        <EmptyState
          icon={<CampaignsIcon className="size-5" />}
          title={t('campaigns.empty.title')}
          description={t('campaigns.empty.description')}
          testId="campaigns-empty"
        >
          {canLoadDemo(workspace.role) && <DemoDataLoader workspaceId={workspace.id} />}
        </EmptyState>
      ) : (
        <CampaignsTable
          campaigns={campaigns}
          timeZone={workspace.settings.timezone}
          workspaceId={workspace.id}
        />
      )}
    </>
  );
}
