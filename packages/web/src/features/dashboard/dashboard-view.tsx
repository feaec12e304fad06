import { useTranslation } from 'react-i18next';
import { CostEfficiencyCard } from './cost-efficiency-card';
import type { Dashboard, DashboardFilters } from './dashboard-api';
import { FreshnessStrip } from './freshness-strip';
import { FunnelCard } from './funnel-card';
import { KpiTileCard } from './kpi-tile-card';
import { LeaderboardTable } from './leaderboard-table';
import { SeriesChart } from './series-chart';

/** The dashboard's read-only body, driven by props: the campaign tab and shared report links both render it. */
export function DashboardView({
  dashboard,
  live,
  filters,
  onFiltersChange,
}: {
  dashboard: Dashboard;
  live: boolean;
  filters: DashboardFilters;
  onFiltersChange(next: DashboardFilters): void;
}) {
  const { t } = useTranslation();
  return (
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
          onFiltersChange({
            ...filters,
            sort,
            order: filters.sort === sort && filters.order === 'best' ? 'worst' : 'best',
          })
        }
      />
    </>
  );
}
