import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportsIcon } from '../../components/icons';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { canWriteCampaigns } from '../campaigns/campaign-api';
import { useWorkspace } from '../workspaces/use-workspace';
import { CreateReportDialog } from './create-report-dialog';
import { listSharedReports, sharedReportsKey } from './reports-api';
import { SharedReportsTable } from './shared-reports-table';

/** "Báo cáo": every read-only report link of the workspace; managers and above create and revoke them. */
export function ReportsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const canShare = canWriteCampaigns(workspace.role);
  const [creating, setCreating] = useState(false);
  const reports = useQuery({
    queryKey: sharedReportsKey(workspace.id),
    queryFn: () => listSharedReports(workspace.id),
  });
  const createButton = canShare && (
    <Button onClick={() => setCreating(true)} data-testid="report-create">
      {t('sharedReports.create.open')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('reports.title')} description={t('reports.subtitle')} actions={createButton} />
      {reports.isPending ? (
        <LoadingBlock />
      ) : reports.isError ? (
        <ErrorBlock error={reports.error} onRetry={() => reports.refetch()} />
      ) : reports.data.items.length === 0 ? (
        <EmptyState
          icon={<ReportsIcon className="size-5" />}
          title={t('sharedReports.empty.title')}
          description={t(canShare ? 'sharedReports.empty.description' : 'sharedReports.empty.viewer')}
          testId="shared-reports-empty"
        />
      ) : (
        <SharedReportsTable workspaceId={workspace.id} reports={reports.data.items} canRevoke={canShare} />
      )}
      {canShare && (
        <CreateReportDialog workspaceId={workspace.id} open={creating} onOpenChange={setCreating} />
      )}
    </>
  );
}
