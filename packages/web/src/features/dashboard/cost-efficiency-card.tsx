import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import type { Dashboard } from './dashboard-api';
import { DeltaChip } from './delta-chip';
import { formatKpi } from './format-kpi';
import { MetricTooltip } from './metric-tooltip';

export function CostEfficiencyCard({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <section
      className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm"
      data-testid="dashboard-cost"
    >
      <h2 className="mb-3 text-sm font-semibold text-zinc-900">{t('dashboard.cost.title')}</h2>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {dashboard.costEfficiency.map((value) => (
          <div key={value.id} className="rounded-lg bg-zinc-50 px-3 py-2.5" data-testid={`cost-${value.id}`}>
            <div className="text-xs font-medium text-zinc-500 uppercase">{value.id}</div>
            <MetricTooltip explain={{ ...value, range: dashboard.range }} testId={`cost-value-${value.id}`}>
              <span
                className="text-lg font-semibold text-zinc-900 tabular-nums"
                data-testid={`cost-figure-${value.id}`}
              >
                {value.value === null
                  ? '—'
                  : formatKpi(value.value, value.unit, locale, dashboard.campaign.currency)}
              </span>
            </MetricTooltip>
            <div className="flex items-center justify-between gap-1">
              <span className="truncate text-[11px] text-zinc-400">{value.name[locale]}</span>
              <DeltaChip delta={dashboard.comparison?.[value.id]} direction={value.direction} />
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
