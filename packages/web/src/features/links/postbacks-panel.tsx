import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../api/types';
import { Badge } from '../../components/ui/badge';
import { CopyButton } from '../../components/ui/copy-button';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime, formatMoney } from '../../lib/format';
import { conversionEventsKey, getSigningKey, listConversionEvents, signingKeyKey } from './tracking-api';

const STATUS_TONE = { pending: 'amber', approved: 'green', reversed: 'red' } as const;

export function PostbacksPanel({ workspace, canSeeSecret }: { workspace: Workspace; canSeeSecret: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const key = useQuery({
    queryKey: signingKeyKey(workspace.id),
    queryFn: () => getSigningKey(workspace.id),
    enabled: canSeeSecret,
  });
  const events = useQuery({
    queryKey: conversionEventsKey(workspace.id),
    queryFn: () => listConversionEvents(workspace.id),
    refetchInterval: 10_000,
  });
  return (
    <div className="space-y-5">
      <section
        className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 text-sm"
        data-testid="postback-setup"
      >
        <h2 className="font-semibold text-zinc-900">{t('postbacks.setupTitle')}</h2>
        <p className="text-zinc-600">{t('postbacks.setupText')}</p>
        {!canSeeSecret ? (
          <p className="text-zinc-500">{t('postbacks.adminOnly')}</p>
        ) : key.isPending ? (
          <LoadingBlock />
        ) : key.isError ? (
          <ErrorBlock error={key.error} onRetry={() => key.refetch()} />
        ) : (
          <div className="space-y-2">
            <div className="flex items-center gap-2">
              <span className="w-28 shrink-0 text-zinc-500">{t('postbacks.secret')}</span>
              <code className="truncate rounded bg-zinc-100 px-2 py-1 text-xs" data-testid="postback-secret">
                {key.data.secret}
              </code>
              <CopyButton value={key.data.secret} />
            </div>
            <div className="flex items-start gap-2">
              <span className="w-28 shrink-0 text-zinc-500">{t('postbacks.endpoints')}</span>
              <code className="text-xs leading-6 whitespace-pre-line">{key.data.endpoints.join('\n')}</code>
            </div>
            <div className="flex items-start gap-2">
              <span className="w-28 shrink-0 text-zinc-500">{t('postbacks.signature')}</span>
              <code className="text-xs leading-6">
                {key.data.header}: t=&lt;unix&gt;,v1=hex(HMAC-SHA256(secret, "&lt;t&gt;.&lt;body&gt;"))
              </code>
            </div>
          </div>
        )}
      </section>
      {events.isPending ? (
        <LoadingBlock />
      ) : events.isError ? (
        <ErrorBlock error={events.error} onRetry={() => events.refetch()} />
      ) : events.data.items.length === 0 ? (
        <p className="text-sm text-zinc-500">{t('postbacks.empty')}</p>
      ) : (
        <Table data-testid="postbacks-table">
          <thead>
            <tr>
              <Th>{t('postbacks.columns.event')}</Th>
              <Th className="text-right">{t('postbacks.columns.amount')}</Th>
              <Th>{t('postbacks.columns.attribution')}</Th>
              <Th>{t('postbacks.columns.status')}</Th>
            </tr>
          </thead>
          <tbody>
            {events.data.items.map((event) => (
              <Tr key={event.id} data-testid="postback-row">
                <Td>
                  <div className="font-medium text-zinc-900">
                    {t(`postbacks.type.${event.type}`)} {event.orderId ? `#${event.orderId}` : ''}
                  </div>
                  <div className="text-xs text-zinc-500">
                    {formatDateTime(event.occurredAt, locale, workspace.settings.timezone)}
                  </div>
                </Td>
                <Td className="text-right tabular-nums">
                  {event.amount === null ? '—' : formatMoney(event.amount, event.currency, locale)}
                </Td>
                <Td>
                  {event.attributedBy ? (
                    <>
                      <div className="text-zinc-900">{event.creator?.name ?? event.campaign?.name}</div>
                      <div className="text-xs text-zinc-500">
                        {event.attributedBy === 'code'
                          ? t('postbacks.byCode', { code: event.code ?? '' })
                          : t('postbacks.byClick')}
                      </div>
                    </>
                  ) : (
                    <span className="text-zinc-500">{t('postbacks.unattributed')}</span>
                  )}
                </Td>
                <Td>
                  {event.status ? (
                    <Badge tone={STATUS_TONE[event.status]}>{t(`postbacks.status.${event.status}`)}</Badge>
                  ) : (
                    '—'
                  )}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
