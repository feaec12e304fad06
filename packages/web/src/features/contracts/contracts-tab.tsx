import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatDate, formatMoney } from '../../lib/format';
import { canWriteCampaigns } from '../campaigns/campaign-api';
import { useCampaignQuery } from '../campaigns/use-campaign';
import { useWorkspace } from '../workspaces/use-workspace';
import { ContractAttachments } from './contract-attachments';
import { ContractFormDialog } from './contract-form-dialog';
import { type Contract, type ContractStatus, contractsKey, listContracts } from './contracts-api';

const STATUS_TONE: Record<ContractStatus, BadgeTone> = {
  draft: 'neutral',
  sent: 'blue',
  signed: 'green',
  completed: 'teal',
  cancelled: 'red',
};

const DAY_MS = 86_400_000;

/** Days from today (local) to a YYYY-MM-DD day; negative once it has passed. */
function daysUntil(day: string, now = new Date()): number {
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.parse(`${day}T00:00:00Z`) - today) / DAY_MS);
}

/** The campaign's "Hợp đồng" tab (D2): every contract with its money, rights expiry and files. */
export function ContractsTab() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const campaign = useCampaignQuery().data;
  const [editing, setEditing] = useState<Contract | 'new' | null>(null);
  const linkedId = useSearch({ strict: false }).contract;
  const navigate = useNavigate();
  const campaignId = campaign?.id ?? '';
  const query = useQuery({
    queryKey: [...contractsKey(workspace.id), 'campaign', campaignId],
    queryFn: () => listContracts(workspace.id, { campaignId }),
    enabled: campaignId !== '',
  });
  if (!campaign || query.isPending) return <LoadingBlock />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  const canWrite = canWriteCampaigns(workspace.role);
  const items = query.data.items;
  const open = editing ?? items.find((c) => c.id === linkedId) ?? null;
  const close = () => {
    setEditing(null);
    if (linkedId)
      void navigate({
        to: '/w/$workspaceId/campaigns/$campaignId/contracts',
        params: { workspaceId: workspace.id, campaignId },
        search: {},
      });
  };
  const committed = items
    .filter((c) => c.status === 'signed' || c.status === 'completed')
    .reduce((sum, c) => sum + c.fee, 0);
  return (
    <div className="space-y-6" data-testid="contracts-tab">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-base font-semibold text-zinc-900">{t('contracts.title')}</h2>
          <p className="text-sm text-zinc-600">
            {t('contracts.subtitle', { committed: formatMoney(committed, 'VND', locale) })}
          </p>
        </div>
        {canWrite && (
          <Button onClick={() => setEditing('new')} data-testid="contract-new">
            {t('contracts.new')}
          </Button>
        )}
      </div>
      {items.length === 0 ? (
        <EmptyState title={t('contracts.empty')} description={t('contracts.emptyHint')} />
      ) : (
        <Table data-testid="contracts-table">
          <thead>
            <tr>
              <Th>{t('contracts.columns.creator')}</Th>
              <Th>{t('contracts.columns.status')}</Th>
              <Th>{t('contracts.columns.fee')}</Th>
              <Th>{t('contracts.columns.rights')}</Th>
              <Th>{t('contracts.columns.files')}</Th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => {
              const left = c.usageRightsExpiresOn ? daysUntil(c.usageRightsExpiresOn) : null;
              return (
                <Tr key={c.id} data-testid="contract-row">
                  <Td>
                    <button
                      type="button"
                      className="text-left font-medium text-teal-800 hover:underline"
                      onClick={() => setEditing(c)}
                    >
                      {c.creator.name}
                    </button>
                    {c.title && <div className="text-xs text-zinc-500">{c.title}</div>}
                    {c.exclusivityStart && c.exclusivityEnd && (
                      <div className="text-xs text-zinc-500">
                        {t('contracts.exclusivity', {
                          from: formatDate(c.exclusivityStart, locale),
                          to: formatDate(c.exclusivityEnd, locale),
                          count: c.competitors.length,
                        })}
                      </div>
                    )}
                  </Td>
                  <Td>
                    <Badge tone={STATUS_TONE[c.status]}>{t(`contracts.statuses.${c.status}`)}</Badge>
                    {c.signedOn && (
                      <div className="mt-0.5 text-xs text-zinc-500">
                        {t('contracts.signedOn', { date: formatDate(c.signedOn, locale) })}
                      </div>
                    )}
                  </Td>
                  <Td>
                    <div className="font-medium tabular-nums">{formatMoney(c.fee, c.currency, locale)}</div>
                    <div className="text-xs text-zinc-500">
                      {t('contracts.paid', { amount: formatMoney(c.paid, c.currency, locale) })}
                    </div>
                  </Td>
                  <Td>
                    {c.usageRightsExpiresOn ? (
                      <div>
                        <div>{formatDate(c.usageRightsExpiresOn, locale)}</div>
                        {left !== null && left <= 14 && (
                          <Badge tone={left < 0 ? 'red' : 'amber'}>
                            {left < 0
                              ? t('contracts.rightsExpired')
                              : t('contracts.rightsExpiring', { count: left })}
                          </Badge>
                        )}
                      </div>
                    ) : (
                      <span className="text-zinc-400">–</span>
                    )}
                  </Td>
                  <Td>
                    <ContractAttachments contract={c} canWrite={canWrite} />
                  </Td>
                </Tr>
              );
            })}
          </tbody>
        </Table>
      )}
      {open && (
        <ContractFormDialog campaign={campaign} contract={open === 'new' ? null : open} onClose={close} />
      )}
    </div>
  );
}
