import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import { canWriteCampaigns } from '../campaigns/campaign-api';
import { useCampaignQuery } from '../campaigns/use-campaign';
import { useWorkspace } from '../workspaces/use-workspace';
import { AddPostDialog } from './add-post-dialog';
import { ImportMetricsLink } from './import-metrics-link';
import { PostDrawer } from './post-drawer';
import { campaignPostsKey, DEFAULT_POST_FILTERS, listPosts, type PostListFilters } from './posts-api';
import { PostsEmptyState } from './posts-empty-state';
import { PostsFilterBar } from './posts-filter-bar';
import { PostsTable } from './posts-table';

/** The campaign's "Bài đăng" tab: every post with its latest metrics, a page of 100 at a time. */
export function PostsTab() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const campaign = useCampaignQuery().data;
  const [filters, setFilters] = useState<PostListFilters>(DEFAULT_POST_FILTERS);
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<{ id: string; existing: boolean } | null>(null);
  const campaignId = campaign?.id ?? '';
  const query = useInfiniteQuery({
    queryKey: campaignPostsKey(workspace.id, campaignId, filters),
    queryFn: ({ pageParam }) => listPosts(workspace.id, campaignId, filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled: campaignId !== '',
    placeholderData: keepPreviousData,
  });
  const changeFilters = useCallback((next: PostListFilters) => setFilters(next), []);
  if (!campaign || query.isPending) return <LoadingBlock />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  const canWrite = canWriteCampaigns(workspace.role);
  const posts = query.data.pages.flatMap((page) => page.items);
  const filtered = filters.creatorId !== '' || filters.platform !== '' || filters.q.trim() !== '';
  return (
    <div className="space-y-4" data-testid="posts-tab">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-base font-semibold text-zinc-900">{t('posts.title')}</h2>
          <p className="text-sm text-zinc-600">{t('posts.subtitle')}</p>
        </div>
        {canWrite && (
          <div className="flex flex-wrap gap-2">
            <ImportMetricsLink workspaceId={workspace.id} campaignId={campaign.id} />
            <Button onClick={() => setAdding(true)} data-testid="post-add">
              {t('posts.add')}
            </Button>
          </div>
        )}
      </div>
      {posts.length === 0 && !filtered ? (
        <PostsEmptyState
          importLink={<ImportMetricsLink workspaceId={workspace.id} campaignId={campaign.id} size="sm" />}
          onAdd={canWrite ? () => setAdding(true) : null}
        />
      ) : (
        <>
          <PostsFilterBar filters={filters} onChange={changeFilters} creators={campaign.creators} />
          {posts.length === 0 ? (
            <EmptyState title={t('posts.noMatch')} description={t('posts.noMatchHint')} />
          ) : (
            <PostsTable
              posts={posts}
              filters={filters}
              onFiltersChange={changeFilters}
              onOpen={(id) => setOpen({ id, existing: false })}
              workspaceId={workspace.id}
              timeZone={workspace.settings.timezone}
            />
          )}
          <div className="flex items-center justify-between text-xs text-zinc-500">
            <span data-testid="posts-shown">
              {t('posts.shown', {
                count: posts.length,
                total: formatNumber(query.data.pages[0]?.total ?? posts.length, locale),
              })}
            </span>
            {query.hasNextPage && (
              <Button
                variant="secondary"
                size="sm"
                loading={query.isFetchingNextPage}
                onClick={() => query.fetchNextPage()}
                data-testid="posts-load-more"
              >
                {t('common.loadMore')}
              </Button>
            )}
          </div>
        </>
      )}
      {adding && (
        <AddPostDialog
          campaign={campaign}
          onClose={() => setAdding(false)}
          onOpenPost={(id, existing) => {
            setAdding(false);
            setOpen({ id, existing });
          }}
        />
      )}
      {open && (
        <PostDrawer
          postId={open.id}
          campaignId={campaign.id}
          existing={open.existing}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
