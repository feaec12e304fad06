import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import { useLocale } from '../../i18n/use-locale';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { canHandleAlerts } from '../../lib/roles';
import { useWorkspace } from '../workspaces/use-workspace';
import {
  type AlertCounts,
  type AlertItem,
  type AlertStatus,
  type AlertStatusFilter,
  alertsKey,
  changeAlertStatus,
  listAlerts,
} from './alerts-api';

const FILTERS: AlertStatusFilter[] = ['unresolved', 'open', 'acknowledged', 'resolved', 'all'];
const STATUS_TONE: Record<AlertStatus, BadgeTone> = { open: 'red', acknowledged: 'amber', resolved: 'green' };

function percent(value: unknown, locale: 'vi' | 'en'): string {
  return typeof value === 'number' ? `${formatNumber(Math.round(value * 1000) / 10, locale)} %` : '—';
}

function countFor(filter: AlertStatusFilter, counts: AlertCounts | undefined): number | null {
  if (!counts) return null;
  if (filter === 'all') return counts.open + counts.acknowledged + counts.resolved;
  if (filter === 'unresolved') return counts.open + counts.acknowledged;
  return counts[filter];
}

/** Negative-spike alerts with their status: acknowledge, resolve or reopen, with a note. */
export function AlertsPanel({ campaignId }: { campaignId?: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [filter, setFilter] = useState<AlertStatusFilter>('unresolved');
  const query = useQuery({
    queryKey: [...alertsKey(workspace.id), campaignId ?? '', filter],
    queryFn: () => listAlerts(workspace.id, campaignId, filter),
  });
  const counts = query.data?.counts;
  const alerts = query.data?.items ?? [];
  return (
    <div data-testid="alerts-panel">
      <div className="mb-3 flex flex-wrap gap-1" role="tablist" aria-label={t('alerts.filterLabel')}>
        {FILTERS.map((key) => {
          const count = countFor(key, counts);
          return (
            <button
              key={key}
              type="button"
              role="tab"
              aria-selected={filter === key}
              data-testid={`alerts-filter-${key}`}
              onClick={() => setFilter(key)}
              className="inline-flex items-center gap-1.5 rounded-md px-2.5 py-1 text-[13px] font-medium text-zinc-600 hover:bg-zinc-100 aria-selected:bg-teal-50 aria-selected:text-teal-800"
            >
              {t(`alerts.filters.${key}`)}
              {count !== null && (
                <span
                  className="rounded-full bg-zinc-200/70 px-1.5 text-[11px] tabular-nums text-zinc-700"
                  data-testid={`alerts-count-${key}`}
                >
                  {count}
                </span>
              )}
            </button>
          );
        })}
      </div>
      {alerts.length === 0 ? (
        <p className="text-sm text-zinc-500">{t(query.isPending ? 'common.loading' : 'alerts.none')}</p>
      ) : (
        <ul className="space-y-2" data-testid="alerts-list">
          {alerts.map((alert) => (
            <AlertRow key={alert.id} alert={alert} />
          ))}
        </ul>
      )}
    </div>
  );
}

function AlertRow({ alert }: { alert: AlertItem }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const change = useMutation({
    mutationFn: (status: AlertStatus) => changeAlertStatus(workspace.id, alert.id, status, note.trim()),
    onSuccess: async () => {
      setNote('');
      await queryClient.invalidateQueries({ queryKey: alertsKey(workspace.id) });
    },
  });
  const handler = canHandleAlerts(workspace.role);
  const open = alert.status === 'open';
  return (
    <li
      className={`rounded-md border px-3 py-2 text-sm ${open ? 'border-red-200 bg-red-50 text-red-950' : 'border-zinc-200 bg-white text-zinc-800'}`}
      data-testid="alert-row"
      data-status={alert.status}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
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
        </div>
        <Badge tone={STATUS_TONE[alert.status]}>{t(`alerts.status.${alert.status}`)}</Badge>
      </div>
      {(alert.acknowledgedAt || alert.resolvedAt || alert.note) && (
        <div className="mt-1.5 space-y-0.5 text-xs text-zinc-600" data-testid="alert-history">
          {alert.acknowledgedAt && (
            <div>
              {t('alerts.acknowledgedBy', {
                who: alert.acknowledgedBy ?? '—',
                when: formatDateTime(alert.acknowledgedAt, locale),
              })}
            </div>
          )}
          {alert.resolvedAt && (
            <div>
              {t('alerts.resolvedBy', {
                who: alert.resolvedBy ?? '—',
                when: formatDateTime(alert.resolvedAt, locale),
              })}
            </div>
          )}
          {alert.note && <div className="italic">“{alert.note}”</div>}
        </div>
      )}
      {handler && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <input
            value={note}
            onChange={(event) => setNote(event.target.value)}
            maxLength={1000}
            placeholder={t('alerts.notePlaceholder')}
            aria-label={t('alerts.note')}
            data-testid="alert-note"
            className="h-8 min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-2 text-[13px] text-zinc-900"
          />
          {alert.status === 'open' && (
            <ActionButton
              label={t('alerts.acknowledge')}
              testId="alert-acknowledge"
              onClick={() => change.mutate('acknowledged')}
              busy={change.isPending}
            />
          )}
          {alert.status !== 'resolved' && (
            <ActionButton
              label={t('alerts.resolve')}
              testId="alert-resolve"
              onClick={() => change.mutate('resolved')}
              busy={change.isPending}
            />
          )}
          {alert.status !== 'open' && (
            <ActionButton
              label={t('alerts.reopen')}
              testId="alert-reopen"
              onClick={() => change.mutate('open')}
              busy={change.isPending}
            />
          )}
        </div>
      )}
      {change.isError && <p className="mt-1 text-xs text-red-700">{t('alerts.failed')}</p>}
    </li>
  );
}

function ActionButton(props: { label: string; testId: string; onClick: () => void; busy: boolean }) {
  return (
    <button
      type="button"
      onClick={props.onClick}
      disabled={props.busy}
      data-testid={props.testId}
      className="h-8 rounded-md border border-zinc-300 bg-white px-2.5 text-[13px] font-medium text-zinc-800 hover:bg-zinc-50 disabled:opacity-50"
    >
      {props.label}
    </button>
  );
}
