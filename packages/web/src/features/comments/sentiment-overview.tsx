import { useTranslation } from 'react-i18next';
import type { CampaignSentiment } from './comments-api';
import { CommentsCard } from './comments-card';
import { DriversList } from './drivers-list';
import { IntentList } from './intent-list';
import { SentimentTiles } from './sentiment-tiles';
import { SentimentTrendChart } from './sentiment-trend-chart';

/**
 * Tiles, daily trend, drivers and intents of one campaign, creator or post; `between` sits under the trend
 * (the campaign's share of voice and per-creator table).
 */
export function SentimentOverview({
  data,
  testId,
  between,
}: {
  data: CampaignSentiment;
  testId: string;
  between?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="mb-6 space-y-4" data-testid={testId}>
      <SentimentTiles data={data} />
      <CommentsCard title={t('comments.trend')}>
        <SentimentTrendChart daily={data.daily} />
      </CommentsCard>
      {between}
      <div className="grid gap-4 lg:grid-cols-3">
        <CommentsCard title={t('comments.drivers.title')} className="lg:col-span-2">
          <DriversList drivers={data.drivers} />
        </CommentsCard>
        <CommentsCard title={t('comments.intents.title')}>
          <IntentList intents={data.intents} />
        </CommentsCard>
      </div>
    </div>
  );
}
