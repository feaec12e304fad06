import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import type { CampaignSentiment } from './comments-api';
import { CommentsCard } from './comments-card';
import { DriversList } from './drivers-list';
import { IntentList } from './intent-list';
import { RescoreNotice } from './rescore-notice';
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
  const { locale } = useLocale();
  const otherLanguage = data.summary.otherLanguage;
  return (
    <div className="mb-6 space-y-4" data-testid={testId}>
      <RescoreNotice data={data} />
      <SentimentTiles data={data} />
      <p
        className="-mt-2 text-xs text-zinc-500"
        title={t('comments.otherLanguageHint')}
        data-testid="sentiment-other-language"
        data-count={otherLanguage}
      >
        {t('comments.otherLanguage', { count: otherLanguage, n: formatNumber(otherLanguage, locale) })}
      </p>
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
