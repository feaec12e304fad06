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
import { type CommentFilters, commentsKey, getCampaignSentiment, listComments } from './comments-api';
import { DriversList } from './drivers-list';
import { ImportCommentsDialog } from './import-comments-dialog';
import { IntentList } from './intent-list';
import { SentimentTiles } from './sentiment-tiles';
import { SentimentTrendChart } from './sentiment-trend-chart';
import { ShareOfVoiceCard } from './share-of-voice-card';

function Card({
  title,
  children,
  className,
}: {
  title: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section className={`rounded-lg border border-zinc-200 bg-white p-4 ${className ?? ''}`}>
      <h2 className="mb-3 text-sm font-semibold text-zinc-900">{title}</h2>
      {children}
    </section>
  );
}

export function CommentsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const filters: CommentFilters = useSearch({ from: '/_authed/w/$workspaceId/comments' });
  const navigate = useNavigate({ from: '/w/$workspaceId/comments' });
  const setFilters = (next: CommentFilters) => void navigate({ search: next, replace: true });
  const effective: CommentFilters = { ...filters, spam: filters.spam ?? 'false' };
  const campaigns = useQuery({
    queryKey: campaignsKey(workspace.id),
    queryFn: () => listCampaigns(workspace.id),
  });
  const sentiment = useQuery({
    queryKey: [...commentsKey(workspace.id), 'sentiment', filters.campaignId ?? ''],
    queryFn: () => getCampaignSentiment(workspace.id, filters.campaignId ?? ''),
    enabled: Boolean(filters.campaignId),
  });
  const list = useInfiniteQuery({
    queryKey: [...commentsKey(workspace.id), 'list', effective],
    queryFn: ({ pageParam }) => listComments(workspace.id, effective, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const comments = list.data?.pages.flatMap((page) => page.items) ?? [];

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
        creators={sentiment.data?.creators ?? []}
      />
      {sentiment.data && (
        <div className="mb-6 space-y-4" data-testid="campaign-sentiment">
          <SentimentTiles data={sentiment.data} />
          <Card title={t('comments.trend')}>
            <SentimentTrendChart daily={sentiment.data.daily} />
          </Card>
          {filters.campaignId && (
            <ShareOfVoiceCard workspaceId={workspace.id} campaignId={filters.campaignId} />
          )}
          <div className="grid gap-4 lg:grid-cols-3">
            <Card title={t('comments.drivers.title')} className="lg:col-span-2">
              <DriversList drivers={sentiment.data.drivers} />
            </Card>
            <Card title={t('comments.intents.title')}>
              <IntentList intents={sentiment.data.intents} />
            </Card>
          </div>
        </div>
      )}
      <Card title={t('comments.alerts.title')} className="mb-6">
        <AlertsPanel campaignId={filters.campaignId} />
      </Card>
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
