import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime, formatNumber } from '../../lib/format';
import type { CampaignSentiment } from './comments-api';

function Tile({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string;
  hint: string;
  testId: string;
}) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white px-4 py-3" title={hint} data-testid={testId}>
      <div className="text-xs font-medium text-zinc-500">{label}</div>
      <div className="mt-1 text-2xl font-semibold tabular-nums text-zinc-900">{value}</div>
    </div>
  );
}

export function SentimentTiles({ data }: { data: CampaignSentiment }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const freshness = data.scoredAt
    ? t('comments.freshness', { time: formatDateTime(data.scoredAt, locale) })
    : t('comments.notScored');
  const { summary } = data;
  const score = summary.sentimentScore.value;
  const share = (count: number) => (summary.total > 0 ? `${n((count / summary.total) * 100)} %` : '—');
  const purchase = data.intents.filter((i) => i.tag === 'purchase_intent').reduce((s, i) => s + i.count, 0);
  const objections = data.intents.filter((i) => i.tag === 'objection').reduce((s, i) => s + i.count, 0);
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
      <Tile
        label={t('comments.tiles.score')}
        value={score === null ? '—' : n(Math.round(score * 10) / 10)}
        hint={`${t('comments.formula.score')}\n${score === null ? t('comments.noScore') : ''}${freshness}`}
        testId="sentiment-score-tile"
      />
      <Tile
        label={t('comments.tiles.positive')}
        value={share(summary.positive)}
        hint={`${t('comments.formula.share', { count: summary.positive, total: summary.total })}\n${freshness}`}
        testId="sentiment-positive-tile"
      />
      <Tile
        label={t('comments.tiles.negative')}
        value={share(summary.negative)}
        hint={`${t('comments.formula.share', { count: summary.negative, total: summary.total })}\n${freshness}`}
        testId="sentiment-negative-tile"
      />
      <Tile
        label={t('comments.tiles.purchaseIntent')}
        value={n(purchase)}
        hint={`${t('comments.formula.intent')}\n${freshness}`}
        testId="sentiment-intent-tile"
      />
      <Tile
        label={t('comments.tiles.spam')}
        value={n(summary.excludedSpam)}
        hint={`${t('comments.formula.spam', { objections })}\n${freshness}`}
        testId="sentiment-spam-tile"
      />
    </div>
  );
}
