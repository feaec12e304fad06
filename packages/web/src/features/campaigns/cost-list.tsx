import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatDate, formatMoney } from '../../lib/format';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { type CampaignDetail, campaignKey } from './campaign-api';
import { CostForm } from './cost-form';
import { type CampaignCost, costsKey, dashboardPrefixKey, deleteCost, listCosts } from './costs-api';

/** The campaign's recorded costs with their correction and removal (managers and above). */
export function CostList({ campaign, canWrite }: { campaign: CampaignDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CampaignCost | null>(null);
  const query = useQuery({
    queryKey: costsKey(workspace.id, campaign.id),
    queryFn: () => listCosts(workspace.id, campaign.id),
  });
  const remove = useMutation({
    mutationFn: (costId: string) => deleteCost(workspace.id, campaign.id, costId),
    onSuccess: async () => {
      setDeleting(null);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: campaignKey(workspace.id, campaign.id) }),
        queryClient.invalidateQueries({ queryKey: dashboardPrefixKey(workspace.id, campaign.id) }),
      ]);
    },
  });
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  const items = query.data.items;
  const money = (cost: CampaignCost) => formatMoney(cost.amount, cost.currency, locale);
  const day = (cost: CampaignCost) =>
    cost.incurredOn ? formatDate(cost.incurredOn, locale, workspace.settings.timezone) : '—';
  if (items.length === 0) return <p className="text-sm text-zinc-500">{t('campaigns.costs.empty')}</p>;
  return (
    <>
      <Table data-testid="cost-list">
        <thead>
          <tr>
            <Th>{t('campaigns.costs.fields.incurredOn')}</Th>
            <Th>{t('campaigns.costs.fields.category')}</Th>
            <Th>{t('campaigns.costs.fields.creator')}</Th>
            <Th>{t('campaigns.costs.fields.note')}</Th>
            <Th className="text-right">{t('campaigns.costs.fields.amount')}</Th>
            {canWrite && <Th className="w-0" />}
          </tr>
        </thead>
        <tbody>
          {items.map((cost) =>
            editingId === cost.id ? (
              <tr key={cost.id}>
                <td colSpan={canWrite ? 6 : 5} className="py-2">
                  <CostForm campaign={campaign} editing={cost} onDone={() => setEditingId(null)} />
                </td>
              </tr>
            ) : (
              <Tr key={cost.id} data-testid="cost-row">
                <Td className="whitespace-nowrap tabular-nums">{day(cost)}</Td>
                <Td>{t(`campaigns.budget.categories.${cost.category}`)}</Td>
                <Td>{cost.creatorName ?? '—'}</Td>
                <Td className="max-w-56 truncate text-zinc-600">
                  {cost.contract ? (
                    <Link
                      to="/w/$workspaceId/campaigns/$campaignId/contracts"
                      params={{ workspaceId: workspace.id, campaignId: campaign.id }}
                      search={{ contract: cost.contract.id }}
                      className="text-teal-800 hover:underline"
                      title={t('campaigns.costs.fromContractHint')}
                      data-testid="cost-contract-link"
                    >
                      {t('campaigns.costs.fromContract', {
                        name: cost.contract.title ?? cost.creatorName ?? '',
                        milestone: cost.contract.milestoneLabel,
                      })}
                    </Link>
                  ) : (
                    (cost.note ?? '')
                  )}
                </Td>
                <Td className="text-right tabular-nums">{money(cost)}</Td>
                {canWrite && cost.contract && (
                  <Td className="whitespace-nowrap text-right">
                    <Link
                      to="/w/$workspaceId/campaigns/$campaignId/contracts"
                      params={{ workspaceId: workspace.id, campaignId: campaign.id }}
                      search={{ contract: cost.contract.id }}
                      className="text-xs text-teal-800 hover:underline"
                      title={t('campaigns.costs.fromContractHint')}
                    >
                      {t('campaigns.costs.editInContract')}
                    </Link>
                  </Td>
                )}
                {canWrite && !cost.contract && (
                  <Td className="whitespace-nowrap text-right">
                    <button
                      type="button"
                      className="text-xs text-teal-800 hover:underline"
                      onClick={() => setEditingId(cost.id)}
                      data-testid="cost-edit"
                    >
                      {t('campaigns.costs.edit')}
                    </button>
                    <button
                      type="button"
                      className="ml-3 text-xs text-zinc-500 hover:text-red-600"
                      onClick={() => setDeleting(cost)}
                      data-testid="cost-delete"
                    >
                      {t('campaigns.costs.delete')}
                    </button>
                  </Td>
                )}
              </Tr>
            ),
          )}
        </tbody>
      </Table>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) setDeleting(null);
        }}
        title={t('campaigns.costs.deleteTitle')}
        description={
          deleting
            ? t('campaigns.costs.deleteDescription', {
                amount: money(deleting),
                category: t(`campaigns.budget.categories.${deleting.category}`),
                date: day(deleting),
              })
            : ''
        }
        confirmLabel={t('campaigns.costs.delete')}
        onConfirm={() => deleting && remove.mutate(deleting.id)}
        pending={remove.isPending}
        error={remove.isError ? errorText(remove.error) : null}
      />
    </>
  );
}
