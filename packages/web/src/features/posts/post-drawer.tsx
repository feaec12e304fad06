import * as RadixDialog from '@radix-ui/react-dialog';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../api/types';
import { PlatformLabel } from '../../components/domain/platform-label';
import { Alert } from '../../components/ui/alert';
import { CopyButton } from '../../components/ui/copy-button';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { useLocale } from '../../i18n/use-locale';
import { displayHandle, formatDateTime } from '../../lib/format';
import { canWriteCampaigns } from '../campaigns/campaign-api';
import { useWorkspace } from '../workspaces/use-workspace';
import { Count, ErCell, FreshnessCell } from './post-cells';
import { curlExample } from './post-figures';
import { getPost, METRIC_NAMES, postKey, snapshotsApiPath } from './posts-api';
import { SnapshotCharts } from './snapshot-charts';
import { SnapshotForm } from './snapshot-form';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2 border-t border-zinc-100 pt-4">
      <h3 className="text-sm font-semibold text-zinc-900">{title}</h3>
      {children}
    </section>
  );
}

/** One post in a side panel: latest metrics, their history, a snapshot typed by hand and the API to push them. */
export function PostDrawer({
  postId,
  campaignId,
  existing,
  onClose,
}: {
  postId: string;
  campaignId: string;
  existing: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const query = useQuery({
    queryKey: postKey(workspace.id, postId),
    queryFn: () => getPost(workspace.id, postId),
  });
  const timeZone = workspace.settings.timezone;
  const detail = query.data;
  const post = detail?.post;
  const newest = detail?.snapshots.at(-1)?.at ?? new Date().toISOString();
  return (
    <RadixDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/30" />
        <RadixDialog.Content
          aria-describedby={undefined}
          data-testid="post-drawer"
          className="fixed inset-y-0 right-0 z-50 w-full max-w-xl space-y-4 overflow-y-auto border-l border-zinc-200 bg-white p-5 shadow-xl focus:outline-none"
        >
          <div className="flex items-start justify-between gap-3">
            <RadixDialog.Title className="text-base font-semibold text-zinc-900">
              {post ? (post.creatorName ?? t('posts.unknownCreator')) : t('posts.drawer.title')}
            </RadixDialog.Title>
            <RadixDialog.Close className="rounded-md px-2 py-1 text-sm text-zinc-500 hover:bg-zinc-100">
              {t('common.close')}
            </RadixDialog.Close>
          </div>
          {query.isPending && <LoadingBlock />}
          {query.isError && <ErrorBlock error={query.error} onRetry={() => query.refetch()} />}
          {post && detail && (
            <>
              {existing && (
                <Alert tone={post.campaignId === campaignId ? 'info' : 'warning'}>
                  <span data-testid="post-existing">
                    {post.campaignId === campaignId
                      ? t('posts.drawer.existing')
                      : t('posts.drawer.existingElsewhere')}
                  </span>
                </Alert>
              )}
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600">
                <PlatformLabel platform={post.platform as Platform} />
                {post.handle && <span>{displayHandle(post.handle)}</span>}
                <span>{formatDateTime(post.publishedAt, locale, timeZone)}</span>
                {post.url && (
                  <a
                    href={post.url}
                    target="_blank"
                    rel="noreferrer noopener"
                    className="text-teal-800 hover:underline"
                  >
                    {t('posts.open')} ↗
                  </a>
                )}
              </div>
              {post.caption && <p className="text-sm text-zinc-800">{post.caption}</p>}
              <dl
                className="grid grid-cols-4 gap-3 rounded-lg bg-zinc-50 p-3 text-sm"
                data-testid="post-latest"
              >
                {METRIC_NAMES.map((metric) => (
                  <div key={metric}>
                    <dt className="text-xs text-zinc-500">{t(`dashboard.inputs.${metric}`)}</dt>
                    <dd data-testid={`post-latest-${metric}`}>
                      <Count value={post.latest?.[metric] ?? null} />
                    </dd>
                  </div>
                ))}
                <div>
                  <dt className="text-xs text-zinc-500">{t('posts.columns.er')}</dt>
                  <dd>
                    <ErCell post={post} variant="er" />
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-zinc-500">{t('posts.columns.erViews')}</dt>
                  <dd>
                    <ErCell post={post} variant="erViews" />
                  </dd>
                </div>
                <div className="col-span-2">
                  <dt className="text-xs text-zinc-500">{t('posts.columns.freshness')}</dt>
                  <dd>
                    <FreshnessCell at={post.latest?.at ?? null} timeZone={timeZone} />
                  </dd>
                </div>
              </dl>
              <Section title={t('posts.drawer.history', { count: detail.snapshots.length })}>
                <SnapshotCharts snapshots={detail.snapshots} />
                {detail.snapshotsTruncated && (
                  <p className="text-xs text-zinc-500">{t('posts.drawer.truncated')}</p>
                )}
              </Section>
              {canWriteCampaigns(workspace.role) && (
                <Section title={t('posts.drawer.addSnapshot')}>
                  <SnapshotForm postId={post.id} />
                </Section>
              )}
              <Section title={t('posts.drawer.api')}>
                <p className="text-xs text-zinc-600">{t('posts.drawer.apiHint')}</p>
                <pre
                  className="overflow-x-auto rounded-md bg-zinc-900 p-3 text-[11px] leading-relaxed text-zinc-100"
                  data-testid="post-api-example"
                >
                  {curlExample(window.location.origin, snapshotsApiPath(workspace.id, post.id), newest)}
                </pre>
                <CopyButton
                  value={curlExample(window.location.origin, snapshotsApiPath(workspace.id, post.id), newest)}
                />
              </Section>
            </>
          )}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
