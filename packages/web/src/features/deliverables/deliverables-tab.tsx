import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../api/types';
import { PlatformLabel } from '../../components/domain/platform-label';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from '../../lib/format';
import { canWriteCampaigns } from '../campaigns/campaign-api';
import { useCampaignQuery } from '../campaigns/use-campaign';
import { useWorkspace } from '../workspaces/use-workspace';
import { DeliverableStatusBadge, LatenessBadge } from './deliverable-badges';
import { DeliverableDrawer } from './deliverable-drawer';
import { DeliverableFormDialog } from './deliverable-form-dialog';
import { deliverablesKey, listDeliverables } from './deliverables-api';
import { ReviewLinksPanel } from './review-links-panel';

/** The campaign's "Nội dung" tab (D3): every deliverable with status, owner and due date; opens the drawer. */
export function DeliverablesTab() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const campaign = useCampaignQuery().data;
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const campaignId = campaign?.id ?? '';
  const query = useQuery({
    queryKey: [...deliverablesKey(workspace.id), 'campaign', campaignId],
    queryFn: () => listDeliverables(workspace.id, campaignId),
    enabled: campaignId !== '',
  });
  if (!campaign || query.isPending) return <LoadingBlock />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  const canWrite = canWriteCampaigns(workspace.role);
  const timeZone = workspace.settings.timezone;
  const items = query.data.items;
  return (
    <div className="space-y-6" data-testid="deliverables-tab">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-base font-semibold text-zinc-900">{t('deliverables.title')}</h2>
          <p className="text-sm text-zinc-600">{t('deliverables.subtitle')}</p>
        </div>
        {canWrite && (
          <Button onClick={() => setCreating(true)} data-testid="deliverable-new">
            {t('deliverables.new')}
          </Button>
        )}
      </div>
      {items.length === 0 ? (
        <EmptyState title={t('deliverables.empty')} description={t('deliverables.emptyHint')} />
      ) : (
        <Table data-testid="deliverables-table">
          <thead>
            <tr>
              <Th>{t('deliverables.columns.title')}</Th>
              <Th>{t('deliverables.columns.creator')}</Th>
              <Th>{t('deliverables.columns.owner')}</Th>
              <Th>{t('deliverables.columns.due')}</Th>
              <Th>{t('deliverables.columns.status')}</Th>
              <Th>{t('deliverables.columns.checks')}</Th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <Tr
                key={d.id}
                data-testid="deliverable-row"
                className="cursor-pointer"
                onClick={() => setOpenId(d.id)}
              >
                <Td>
                  <button type="button" className="text-left font-medium text-teal-800 hover:underline">
                    {d.title}
                  </button>
                  <div className="mt-0.5 flex items-center gap-2 text-xs text-zinc-500">
                    {t(`deliverables.types.${d.type}`)} · <PlatformLabel platform={d.platform as Platform} />
                    {d.important && <Badge tone="violet">{t('deliverables.important')}</Badge>}
                  </div>
                </Td>
                <Td>{d.creator.name}</Td>
                <Td className="text-zinc-600">{d.owner?.name ?? t('deliverables.noOwner')}</Td>
                <Td>
                  <div className="whitespace-nowrap">{formatDateTime(d.dueAt, locale, timeZone)}</div>
                  <LatenessBadge deliverable={d} />
                </Td>
                <Td>
                  <DeliverableStatusBadge status={d.status} />
                </Td>
                <Td>
                  {d.checkCount > 0 ? (
                    <Badge tone="amber">{t('deliverables.checkCount', { count: d.checkCount })}</Badge>
                  ) : (
                    <span className="text-zinc-400">–</span>
                  )}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      <ReviewLinksPanel campaignId={campaign.id} />
      {creating && <DeliverableFormDialog campaign={campaign} onClose={() => setCreating(false)} />}
      {openId && <DeliverableDrawer deliverableId={openId} onClose={() => setOpenId(null)} />}
    </div>
  );
}
