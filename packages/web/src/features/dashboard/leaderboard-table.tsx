import { useTranslation } from 'react-i18next';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { type Dashboard, LEADERBOARD_KPIS, type LeaderboardKpi } from './dashboard-api';
import { formatKpi } from './format-kpi';

/** Top creators by any KPI: click a column to sort by it (best first, in the KPI's own direction). */
export function LeaderboardTable({
  dashboard,
  onSort,
}: {
  dashboard: Dashboard;
  onSort(kpi: LeaderboardKpi): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { leaderboard } = dashboard;
  return (
    <section
      className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm"
      data-testid="dashboard-leaderboard"
    >
      <div className="mb-3 flex items-baseline justify-between gap-2">
        <h2 className="text-sm font-semibold text-zinc-900">{t('dashboard.leaderboard.title')}</h2>
        <span className="text-xs text-zinc-500">
          {t('dashboard.leaderboard.of', { shown: leaderboard.rows.length, total: leaderboard.total })}
        </span>
      </div>
      {leaderboard.rows.length === 0 ? (
        <p className="text-sm text-zinc-500">{t('dashboard.leaderboard.empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <thead>
              <tr>
                <Th>#</Th>
                <Th>{t('dashboard.leaderboard.creator')}</Th>
                {LEADERBOARD_KPIS.map((id) => {
                  const kpi = leaderboard.kpis[id];
                  const active = leaderboard.sort === id;
                  return (
                    <Th key={id} className="text-right">
                      <button
                        type="button"
                        onClick={() => onSort(id)}
                        title={kpi ? `${kpi.formula[locale]}` : undefined}
                        aria-label={t('dashboard.leaderboard.sortBy', { kpi: kpi?.name[locale] ?? id })}
                        data-testid={`leaderboard-sort-${id}`}
                        className={active ? 'font-semibold text-teal-800' : 'hover:text-zinc-900'}
                      >
                        {kpi?.name[locale] ?? id}
                        {active ? ' ↓' : ''}
                      </button>
                    </Th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {leaderboard.rows.map((row, index) => (
                <Tr key={row.creatorId}>
                  <Td className="text-zinc-400 tabular-nums">{index + 1}</Td>
                  <Td className="font-medium whitespace-nowrap text-zinc-900" data-testid="leaderboard-row">
                    {row.name}
                  </Td>
                  {LEADERBOARD_KPIS.map((id) => {
                    const cell = row.values[id];
                    const kpi = leaderboard.kpis[id];
                    return (
                      <Td key={id} className="text-right whitespace-nowrap tabular-nums">
                        {cell?.value === null || cell?.value === undefined ? (
                          <span className="text-zinc-300" title={cell?.reason ?? undefined}>
                            —
                          </span>
                        ) : (
                          formatKpi(cell.value, kpi?.unit ?? 'count', locale, dashboard.campaign.currency)
                        )}
                      </Td>
                    );
                  })}
                </Tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </section>
  );
}
