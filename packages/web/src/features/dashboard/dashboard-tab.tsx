import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { useLocale } from '../../i18n/use-locale';
import { useCampaignFromLayout } from '../campaigns/use-campaign';
import { useWorkspace } from '../workspaces/use-workspace';
import { CostEfficiencyCard } from './cost-efficiency-card';
import { type DashboardFilters, dashboardExportUrl, useDashboard } from './dashboard-api';
import { DashboardControls } from './dashboard-controls';
import { FreshnessStrip } from './freshness-strip';
import { FunnelCard } from './funnel-card';
import { KpiTileCard } from './kpi-tile-card';
import { LeaderboardTable } from './leaderboard-table';
import { SeriesChart } from './series-chart';

export function DashboardTab() {
  const { t } = useTranslation();
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
          <>
            <FreshnessStrip dashboard={dashboard} live={live} />
            <section>
              <h2 className="mb-2 text-sm font-semibold text-zinc-900">{t('dashboard.tiles.title')}</h2>
              {dashboard.tiles.length === 0 ? (
                <p className="rounded-xl border border-dashed border-zinc-300 bg-white p-4 text-sm text-zinc-500">
                  {t('dashboard.tiles.empty')}
                </p>
              ) : (
                <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
                  {dashboard.tiles.map((tile) => (
                    <KpiTileCard
                      key={tile.kpi.id}
                      tile={tile}
                      currency={dashboard.campaign.currency}
                      range={dashboard.range}
                      delta={dashboard.comparison?.[tile.kpi.id]}
                    />
                  ))}
                </div>
              )}
            </section>
            <SeriesChart series={dashboard.series} />
            <div className="grid gap-4 lg:grid-cols-2">
              <FunnelCard dashboard={dashboard} />
              <CostEfficiencyCard dashboard={dashboard} />
            </div>
            <LeaderboardTable
              dashboard={dashboard}
              onSort={(sort) =>
                setFilters({
                  ...filters,
                  sort,
                  order: filters.sort === sort && filters.order === 'best' ? 'worst' : 'best',
                })
              }
            />
          </>
        )
      )}
    </div>
  );
}
