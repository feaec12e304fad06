import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { campaignsKey, listCampaigns } from '../../api/catalog';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { AlertsPanel } from '../alerts/alerts-panel';
import { useWorkspace } from '../workspaces/use-workspace';
import { CommentFilterBar } from './comment-filters';
import { CommentList } from './comment-list';
import { type CommentFilters, commentsKey, listComments } from './comments-api';
import { CommentsCard } from './comments-card';
import { CreatorSentimentTable } from './creator-sentiment-table';
import { ImportCommentsDialog } from './import-comments-dialog';
import { PostFilterChip } from './post-filter-chip';
import { SentimentOverview } from './sentiment-overview';
import { ShareOfVoiceCard } from './share-of-voice-card';
import { useCommentSentiment } from './use-comment-sentiment';

export function CommentsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { scoringJob, ...filters } = useSearch({ from: '/_authed/w/$workspaceId/comments' });
  const navigate = useNavigate({ from: '/w/$workspaceId/comments' });
  const setFilters = (next: CommentFilters) =>
    void navigate({ search: { ...next, scoringJob }, replace: true });
  const effective: CommentFilters = { ...filters, spam: filters.spam ?? 'false' };
  const campaigns = useQuery({
    queryKey: campaignsKey(workspace.id),
    queryFn: () => listCampaigns(workspace.id),
  });
  const sentiment = useCommentSentiment(workspace.id, filters);
  const list = useInfiniteQuery({
    queryKey: [...commentsKey(workspace.id), 'list', effective],
    queryFn: ({ pageParam }) => listComments(workspace.id, effective, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const comments = list.data?.pages.flatMap((page) => page.items) ?? [];
  const { campaignId, postId } = filters;

  return (
    <>
      <PageHeader
        title={t('comments.title')}
        description={t('comments.subtitle')}
        actions={<ImportCommentsDialog initialCampaignId={filters.campaignId} />}
      />
      <CommentFilterBar
        filters={effective}
        onChange={setFilters}
        campaigns={campaigns.data?.items ?? []}
        creators={sentiment.creators}
      >
        {postId && (
          <PostFilterChip postId={postId} onRemove={() => setFilters({ ...effective, postId: undefined })} />
        )}
      </CommentFilterBar>
      {postId
        ? sentiment.post.data && <SentimentOverview data={sentiment.post.data} testId="post-sentiment" />
        : campaignId
          ? sentiment.campaign.data && (
              <SentimentOverview
                data={sentiment.campaign.data}
                testId="campaign-sentiment"
                between={
                  <>
                    <ShareOfVoiceCard workspaceId={workspace.id} campaignId={campaignId} />
                    <CommentsCard title={t('comments.byCreator.title')}>
                      <CreatorSentimentTable
                        data={sentiment.campaign.data}
                        campaignId={campaignId}
                        onFilterCreator={(creatorId) => setFilters({ ...effective, creatorId })}
                      />
                    </CommentsCard>
                  </>
                }
              />
            )
          : sentiment.creator.data && (
              <SentimentOverview data={sentiment.creator.data} testId="creator-sentiment" />
            )}
      <CommentsCard title={t('comments.alerts.title')} className="mb-6">
        <AlertsPanel campaignId={filters.campaignId} />
      </CommentsCard>
      {list.isPending ? (
        <LoadingBlock />
      ) : list.isError ? (
        <ErrorBlock error={list.error} onRetry={() => void list.refetch()} />
      ) : comments.length === 0 ? (
        <EmptyState
          title={t('comments.empty.title')}
          description={t('comments.empty.description')}
          testId="comments-empty"
        />
      ) : (
        <>
          <CommentList comments={comments} />
          {list.hasNextPage && (
            <div className="mt-3 flex justify-center">
              <Button
                variant="secondary"
                loading={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
                data-testid="comments-load-more"
              >
                {t('comments.loadMore')}
              </Button>
            </div>
          )}
        </>
      )}
    </>
  );
}
