import * as RadixDialog from '@radix-ui/react-dialog';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from '../../lib/format';
import { canWriteCampaigns } from '../campaigns/campaign-api';
import { useWorkspace } from '../workspaces/use-workspace';
import { CommentThread } from './comment-thread';
import { DeliverableStatusBadge, LatenessBadge } from './deliverable-badges';
import { DeliverableEditForm } from './deliverable-edit-form';
import { addComment, deliverableKey, deliverablesKey, getDeliverable } from './deliverables-api';
import { DraftChecks } from './draft-checks';
import { DraftForm } from './draft-form';
import { ReviewLinkButton } from './review-links-panel';
import { StatusActions } from './status-actions';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2 border-t border-zinc-100 pt-4">
      <h3 className="text-sm font-semibold text-zinc-900">{title}</h3>
      {children}
    </section>
  );
}

/** One deliverable in a side panel: status actions, drafts with their checks, discussion, history. */
export function DeliverableDrawer({
  deliverableId,
  onClose,
}: {
  deliverableId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: deliverableKey(workspace.id, deliverableId),
    queryFn: () => getDeliverable(workspace.id, deliverableId),
  });
  const tz = workspace.settings.timezone;
  const canWrite = canWriteCampaigns(workspace.role);
  const d = query.data;
  const latest = d?.versions[0];
  const send = async (body: string, parentId: string | null) => {
    await addComment(workspace.id, deliverableId, { body, parentId });
    await queryClient.invalidateQueries({ queryKey: deliverablesKey(workspace.id) });
  };
  return (
    <RadixDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/30" />
        <RadixDialog.Content
          aria-describedby={undefined}
          data-testid="deliverable-drawer"
          className="fixed inset-y-0 right-0 z-50 w-full max-w-xl space-y-4 overflow-y-auto border-l border-zinc-200 bg-white p-5 shadow-xl focus:outline-none"
        >
          <div className="flex items-start justify-between gap-3">
            <RadixDialog.Title className="text-base font-semibold text-zinc-900">
              {d?.title ?? t('common.loading')}
            </RadixDialog.Title>
            <RadixDialog.Close
              className="rounded-md px-2 text-zinc-500 hover:bg-zinc-100"
              aria-label={t('common.close')}
            >
              ✕
            </RadixDialog.Close>
          </div>
          {query.isPending ? (
            <LoadingBlock />
          ) : query.isError || !d ? (
            <ErrorBlock error={query.error} onRetry={() => query.refetch()} />
          ) : (
            <>
              <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-600">
                <DeliverableStatusBadge status={d.status} />
                <LatenessBadge deliverable={d} />
                <span>
                  {d.creator.name} · {t(`deliverables.types.${d.type}`)}
                </span>
                <span>{t('deliverables.drawer.due', { date: formatDateTime(d.dueAt, locale, tz) })}</span>
                {d.scheduledAt && (
                  <span>
                    {t('deliverables.drawer.scheduledAt', {
                      date: formatDateTime(d.scheduledAt, locale, tz),
                    })}
                  </span>
                )}
              </div>
              {d.liveUrl && (
                <p className="text-sm">
                  <a
                    href={d.liveUrl}
                    target="_blank"
                    rel="noreferrer"
                    className="text-teal-700 hover:underline"
                  >
                    {d.liveUrl}
                  </a>
                  {d.postId && (
                    <span className="ml-2 text-xs text-zinc-500">{t('deliverables.drawer.postLinked')}</span>
                  )}
                </p>
              )}
              {canWrite && <StatusActions deliverable={d} />}
              {canWrite && <ReviewLinkButton campaignId={d.campaign.id} deliverableId={d.id} />}
              {canWrite && (
                <details className="text-sm">
                  <summary className="cursor-pointer font-medium text-teal-700">
                    {t('deliverables.drawer.edit')}
                  </summary>
                  <div className="pt-3">
                    <DeliverableEditForm key={d.updatedAt} deliverable={d} />
                  </div>
                </details>
              )}
              <Section title={t('deliverables.drawer.versions')}>
                {latest ? (
                  <div className="space-y-3" data-testid="latest-draft">
                    <p className="text-xs text-zinc-500">
                      {t('deliverables.drawer.version', {
                        version: latest.version,
                        date: formatDateTime(latest.createdAt, locale, tz),
                      })}
                    </p>
                    <p className="rounded-md bg-zinc-50 px-3 py-2 text-sm whitespace-pre-wrap text-zinc-900">
                      {latest.caption}
                    </p>
                    {latest.script && (
                      <p className="text-sm whitespace-pre-wrap text-zinc-600">{latest.script}</p>
                    )}
                    <h4 className="text-xs font-medium tracking-wide text-zinc-500 uppercase">
                      {t('deliverables.checks.title')}
                    </h4>
                    <DraftChecks checks={latest.checks} caption={latest.caption} />
                    {d.versions.slice(1).map((v) => (
                      <details key={v.id} className="text-sm text-zinc-600">
                        <summary className="cursor-pointer text-xs">
                          {t('deliverables.drawer.version', {
                            version: v.version,
                            date: formatDateTime(v.createdAt, locale, tz),
                          })}
                        </summary>
                        <p className="mt-1 whitespace-pre-wrap">{v.caption}</p>
                      </details>
                    ))}
                  </div>
                ) : (
                  <p className="text-sm text-zinc-500">{t('deliverables.drawer.noDrafts')}</p>
                )}
                {canWrite && ['draft', 'in_review', 'changes_requested'].includes(d.status) && (
                  <details open={!latest} className="pt-2">
                    <summary
                      className="cursor-pointer text-sm font-medium text-teal-700"
                      data-testid="draft-add"
                    >
                      {t('deliverables.drawer.addDraft')}
                    </summary>
                    <div className="pt-2">
                      <DraftForm deliverableId={d.id} />
                    </div>
                  </details>
                )}
              </Section>
              <Section title={t('deliverables.comments.title')}>
                <CommentThread comments={d.comments} timeZone={tz} onSend={canWrite ? send : undefined} />
              </Section>
              <Section title={t('deliverables.drawer.history')}>
                <ol className="space-y-1 text-xs text-zinc-600" data-testid="status-history">
                  {d.history.map((h) => (
                    <li key={`${h.at}-${h.from}-${h.to}`}>
                      {formatDateTime(h.at, locale, tz)} ·{' '}
                      {t('deliverables.drawer.historyEntry', {
                        name:
                          h.by.kind === 'reviewer'
                            ? `${h.by.name} (${t('deliverables.drawer.reviewer')})`
                            : h.by.name,
                        from: t(`deliverables.status.${h.from}`),
                        to: t(`deliverables.status.${h.to}`),
                      })}
                      {h.note && <span className="text-zinc-500"> – “{h.note}”</span>}
                    </li>
                  ))}
                </ol>
              </Section>
            </>
          )}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
