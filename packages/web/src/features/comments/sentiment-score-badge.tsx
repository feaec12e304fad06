import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import { sentimentTone } from '../posts/post-figures';
import type { SentimentSummary } from './comments-api';

/** A −100…100 sentiment score as a coloured badge; a dash with the reason when there is none. */
export function SentimentScoreBadge({ score }: { score: SentimentSummary['sentimentScore'] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (score.value === null)
    return (
      <span className="text-zinc-400" title={t('comments.noScore')}>
        —
      </span>
    );
  const rounded = Math.round(score.value * 10) / 10;
  return (
    <span title={t('comments.formula.score')} data-testid="sentiment-score">
      <Badge tone={sentimentTone(score.value)}>
        {rounded > 0 ? '+' : ''}
        {formatNumber(rounded, locale)}
      </Badge>
    </span>
  );
}
