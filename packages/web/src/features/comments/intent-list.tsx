import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import { HighlightedText } from './comment-list';
import type { CampaignSentiment } from './comments-api';
import { KindLabel } from './kind-label';

export function IntentList({ intents }: { intents: CampaignSentiment['intents'] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (intents.length === 0) return <p className="text-sm text-zinc-500">{t('comments.intents.none')}</p>;
  return (
    <ul className="space-y-3" data-testid="intent-list">
      {intents.map((intent) => (
        <li key={intent.kind}>
          <div className="flex items-baseline justify-between text-sm">
            <span
              className={
                intent.tag === 'objection' ? 'font-medium text-amber-800' : 'font-medium text-teal-800'
              }
            >
              <KindLabel kind={intent.kind} />
            </span>
            <span className="tabular-nums text-zinc-600">{formatNumber(intent.count, locale)}</span>
          </div>
          {intent.examples[0] && (
            <p className="mt-0.5 truncate text-xs text-zinc-500">
              “
              <HighlightedText
                text={intent.examples[0].text}
                tags={[{ ...intent.examples[0], tag: intent.tag, kind: intent.kind }]}
              />
              ”
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
