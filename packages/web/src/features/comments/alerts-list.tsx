import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatDate, formatNumber } from '../../lib/format';
import { listAlerts } from './comments-api';

function percent(value: unknown, locale: 'vi' | 'en'): string {
  return typeof value === 'number' ? `${formatNumber(Math.round(value * 1000) / 10, locale)} %` : '—';
}

export function AlertsList({ workspaceId, campaignId }: { workspaceId: string; campaignId?: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const query = useQuery({
    queryKey: ['workspace', workspaceId, 'alerts', campaignId ?? ''],
    queryFn: () => listAlerts(workspaceId, campaignId),
  });
  const alerts = query.data?.items ?? [];
  if (alerts.length === 0) return <p className="text-sm text-zinc-500">{t('comments.alerts.none')}</p>;
  return (
    <ul className="space-y-2" data-testid="alerts-list">
      {alerts.map((alert) => (
        <li
          key={alert.id}
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900"
          data-testid="alert-row"
        >
          <div className="font-medium">
            {t('comments.alerts.negativeSpike', {
              day: formatDate(alert.day, locale),
              campaign: alert.campaignName,
            })}
          </div>
          <div className="text-xs">
            {t('comments.alerts.details', {
              share: percent(alert.details.negativeShare, locale),
              expected: percent(alert.details.expectedShare, locale),
              negative: alert.details.negative,
              total: alert.details.total,
            })}
          </div>
        </li>
      ))}
    </ul>
  );
}
