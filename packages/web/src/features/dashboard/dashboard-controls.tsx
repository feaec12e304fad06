import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/ui/button';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../lib/format';
import type { Dashboard, DashboardFilters } from './dashboard-api';

const inputClass =
  'h-8 rounded-md border border-zinc-300 bg-white px-2 text-sm text-zinc-800 focus:border-teal-600 focus:outline-none';

function localToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

export function DashboardControls({
  filters,
  dashboard,
  onChange,
  exportUrl,
}: {
  filters: DashboardFilters;
  dashboard: Dashboard | undefined;
  onChange(next: DashboardFilters): void;
  /** Omitted where downloads are not offered (shared report links). */
  exportUrl?: (format: 'xlsx' | 'csv') => string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const shown = dashboard?.range;
  const today = localToday();
  return (
    <div className="flex flex-wrap items-end justify-between gap-3 rounded-xl border border-zinc-200 bg-white px-4 py-3 shadow-sm">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-xs text-zinc-500">
          {t('dashboard.range.from')}
          <input
            type="date"
            className={inputClass}
            value={filters.from ?? shown?.from ?? ''}
            onChange={(event) => onChange({ ...filters, from: event.target.value || undefined })}
            data-testid="dashboard-from"
          />
        </label>
        <label className="flex flex-col gap-1 text-xs text-zinc-500">
          {t('dashboard.range.to')}
          <input
            type="date"
            className={inputClass}
            value={filters.to ?? shown?.to ?? ''}
            onChange={(event) => onChange({ ...filters, to: event.target.value || undefined })}
            data-testid="dashboard-to"
          />
        </label>
        <div className="flex gap-1">
          <button
            type="button"
            className={buttonClass('secondary')}
            onClick={() => onChange({ ...filters, from: undefined, to: undefined })}
          >
            {t('dashboard.range.campaign')}
          </button>
          <button
            type="button"
            className={buttonClass('secondary')}
            onClick={() => onChange({ ...filters, from: daysBefore(today, 6), to: today })}
            data-testid="dashboard-last7"
          >
            {t('dashboard.range.last7')}
          </button>
        </div>
        <label className="flex h-8 items-center gap-2 text-sm text-zinc-700">
          <input
            type="checkbox"
            checked={filters.compare}
            onChange={(event) => onChange({ ...filters, compare: event.target.checked })}
            className="size-4 accent-teal-600"
            data-testid="dashboard-compare"
          />
          {t('dashboard.range.compare')}
        </label>
        {filters.compare && dashboard?.previousRange && (
          <span className="pb-1.5 text-xs text-zinc-500">
            {t('dashboard.range.previous', {
              from: formatDate(dashboard.previousRange.from, locale),
              to: formatDate(dashboard.previousRange.to, locale),
            })}
          </span>
        )}
      </div>
      {exportUrl && (
        <div className="flex gap-2">
          <a
            className={buttonClass('secondary')}
            href={exportUrl('xlsx')}
            download
            data-testid="dashboard-export-xlsx"
          >
            {t('dashboard.export.xlsx')}
          </a>
          <a
            className={buttonClass('secondary')}
            href={exportUrl('csv')}
            download
            data-testid="dashboard-export-csv"
          >
            {t('dashboard.export.csv')}
          </a>
        </div>
      )}
    </div>
  );
}
