import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignsKey, listCampaigns } from '../../api/catalog';
import { LinksIcon, PlusIcon } from '../../components/icons';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { NativeSelect } from '../../components/ui/input';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { useWorkspace } from '../workspaces/use-workspace';
import { LinkFormDialog } from './link-form-dialog';
import { linksKey, listLinks, type TrackedLink, updateLink } from './links-api';
import { LinksTable } from './links-table';
import { PostbacksPanel } from './postbacks-panel';
import { PromoCodesPanel } from './promo-codes-panel';
import { QrDialog } from './qr-dialog';
import { type TrackingTab, TrackingTabs } from './tracking-tabs';

const EDITORS = new Set(['owner', 'admin', 'manager']);
const ADMINS = new Set(['owner', 'admin']);

export function LinksPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const [campaignId, setCampaignId] = useState('');
  const [editing, setEditing] = useState<TrackedLink | undefined>();
  const [formOpen, setFormOpen] = useState(false);
  const [qrLink, setQrLink] = useState<TrackedLink | null>(null);
  const [tab, setTab] = useState<TrackingTab>('links');
  const canEdit = EDITORS.has(workspace.role);
  const campaigns = useQuery({
    queryKey: campaignsKey(workspace.id),
    queryFn: () => listCampaigns(workspace.id),
  });
  const query = useQuery({
    queryKey: [...linksKey(workspace.id), campaignId],
    queryFn: () => listLinks(workspace.id, campaignId || undefined),
    refetchInterval: 5_000,
  });
  const toggle = useMutation({
    mutationFn: (link: TrackedLink) =>
      updateLink(workspace.id, link.id, { status: link.status === 'active' ? 'disabled' : 'active' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: linksKey(workspace.id) }),
  });
  const links = query.data?.items ?? [];
  const openCreate = () => {
    setEditing(undefined);
    setFormOpen(true);
  };

  return (
    <>
      <PageHeader
        title={t('links.title')}
        description={t('links.subtitle')}
        actions={
          canEdit &&
          tab === 'links' && (
            <Button onClick={openCreate} data-testid="link-create">
              <PlusIcon className="size-4" />
              {t('linkTracker.create')}
            </Button>
          )
        }
      />
      <TrackingTabs value={tab} onChange={setTab} />
      {tab === 'codes' && <PromoCodesPanel workspace={workspace} canEdit={canEdit} />}
      {tab === 'postbacks' && (
        <PostbacksPanel workspace={workspace} canSeeSecret={ADMINS.has(workspace.role)} />
      )}
      {tab === 'links' && (
        <>
          <div className="mb-4 flex items-center gap-2">
            <NativeSelect
              className="w-72"
              value={campaignId}
              onChange={(event) => setCampaignId(event.target.value)}
              aria-label={t('linkTracker.campaign')}
              data-testid="links-campaign-filter"
            >
              <option value="">{t('linkTracker.allCampaigns')}</option>
              {(campaigns.data?.items ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </NativeSelect>
          </div>
          {query.isPending ? (
            <LoadingBlock />
          ) : query.isError ? (
            <ErrorBlock error={query.error} onRetry={() => query.refetch()} />
          ) : links.length === 0 ? (
            <EmptyState
              icon={<LinksIcon className="size-5" />}
              title={t('linkTracker.empty.title')}
              description={t('linkTracker.empty.description')}
              testId="links-empty"
            >
              {canEdit && <Button onClick={openCreate}>{t('linkTracker.create')}</Button>}
            </EmptyState>
          ) : (
            <LinksTable
              links={links}
              canEdit={canEdit}
              updatedAt={query.dataUpdatedAt}
              onEdit={(link) => {
                setEditing(link);
                setFormOpen(true);
              }}
              onQr={setQrLink}
              onToggle={(link) => toggle.mutate(link)}
            />
          )}
        </>
      )}
      <LinkFormDialog open={formOpen} onOpenChange={setFormOpen} workspace={workspace} link={editing} />
      <QrDialog workspaceId={workspace.id} link={qrLink} onClose={() => setQrLink(null)} />
    </>
  );
}
