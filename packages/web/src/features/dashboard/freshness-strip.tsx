import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime, formatNumber, formatRelative } from '../../lib/format';
import type { Dashboard } from './dashboard-api';

/** How fresh each source is, and what the tracked links counted (people, bots left out). */
export function FreshnessStrip({ dashboard, live }: { dashboard: Dashboard; live: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const sources = ['snapshots', 'clicks', 'conversions'] as const;
  const { clicks } = dashboard;
  return (
    <div
      className="flex flex-wrap items-center gap-x-5 gap-y-1 text-xs text-zinc-500"
      data-testid="dashboard-freshness"
    >
      {live && (
        <span className="flex items-center gap-1.5 font-medium text-emerald-700">
          <span className="size-2 animate-pulse rounded-full bg-emerald-500" />
          {t('dashboard.live')}
        </span>
      )}
      {sources.map((source) => {
        const at = dashboard.freshness[source];
        return (
          <span key={source} title={at ? formatDateTime(at, locale) : undefined}>
            {t(`dashboard.freshness.${source}`)}:{' '}
            <span className="text-zinc-700">
              {at ? formatRelative(at, locale) : t('dashboard.freshness.never')}
            </span>
          </span>
        );
      })}
      <span
        title={
          clicks.basis === 'tracked_links'
            ? t('dashboard.clicks.basisLinks')
            : t('dashboard.clicks.basisPosts')
        }
        data-testid="tracked-clicks"
      >
        {t('dashboard.clicks.title')}:{' '}
        <span className="font-medium text-zinc-800 tabular-nums" data-testid="tracked-clicks-value">
          {clicks.tracked === null ? t('dashboard.clicks.none') : formatNumber(clicks.tracked, locale)}
        </span>
        {clicks.bots ? ` · ${t('dashboard.clicks.bots', { count: clicks.bots })}` : ''}
      </span>
    </div>
  );
}
