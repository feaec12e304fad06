import { useState } from 'react';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { useLocale } from '../../i18n/use-locale';
import { useCampaignFromLayout } from '../campaigns/use-campaign';
import { useWorkspace } from '../workspaces/use-workspace';
import { type DashboardFilters, dashboardExportUrl, useDashboard } from './dashboard-api';
import { DashboardControls } from './dashboard-controls';
import { DashboardView } from './dashboard-view';

export function DashboardTab() {
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const campaign = useCampaignFromLayout();
  const campaignId = campaign?.id ?? '';
  const live = campaign?.status === 'live';
  const [filters, setFilters] = useState<DashboardFilters>({
    compare: true,
    sort: 'engagements',
    order: 'best',
  });
  const query = useDashboard(workspace.id, campaignId, filters, live);
  const dashboard = query.data;
  return (
    <div className="space-y-4" data-testid="campaign-dashboard">
      <DashboardControls
        filters={filters}
        dashboard={dashboard}
        onChange={setFilters}
        exportUrl={(format) => dashboardExportUrl(workspace.id, campaignId, filters, format, locale)}
      />
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorBlock error={query.error} onRetry={() => query.refetch()} />
      ) : (
        dashboard && (
          <DashboardView dashboard={dashboard} live={live} filters={filters} onFiltersChange={setFilters} />
        )
      )}
    </div>
  );
}
