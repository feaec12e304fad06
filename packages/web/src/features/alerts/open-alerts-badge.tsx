import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { alertsKey, listAlerts } from './alerts-api';

/** The number of open alerts, shown next to "Comments" in the navigation; nothing when there are none. */
export function OpenAlertsBadge({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: [...alertsKey(workspaceId), 'open-count'],
    queryFn: () => listAlerts(workspaceId, undefined, 'open'),
    staleTime: 60_000,
    select: (data) => data.counts.open,
  });
  if (!query.data) return null;
  return (
    <span
      className="ml-auto rounded-full bg-red-600 px-1.5 text-[11px] leading-[18px] font-semibold text-white tabular-nums"
      title={t('alerts.openBadge', { count: query.data })}
      data-testid="nav-alerts-badge"
    >
      {query.data}
    </span>
  );
}
