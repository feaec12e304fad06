import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import type { CampaignSentiment } from './comments-api';
import { CreatorIntentExamples } from './creator-intent-examples';
import { SentimentScoreBadge } from './sentiment-score-badge';

type CreatorRow = CampaignSentiment['byCreator'][number];

/** Each creator's comment sentiment inside one campaign; a row opens examples of its intents and objections. */
export function CreatorSentimentTable({
  data,
  campaignId,
  onFilterCreator,
}: {
  data: CampaignSentiment;
  campaignId: string;
  onFilterCreator(creatorId: string): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [open, setOpen] = useState<string | null>(null);
  const names = new Map(data.creators.map((creator) => [creator.id, creator.name]));
  const rows = [...data.byCreator].sort((a, b) => b.summary.total - a.summary.total);
  const n = (value: number) => formatNumber(value, locale);
  if (rows.length === 0) return <p className="text-sm text-zinc-500">{t('comments.byCreator.none')}</p>;
  return (
    <Table data-testid="creator-sentiment-table">
      <thead>
        <tr>
          <Th>{t('comments.byCreator.creator')}</Th>
          <Th className="text-right" title={t('comments.formula.score')}>
            {t('comments.tiles.score')}
          </Th>
          <Th className="text-right">{t('comments.sentiment.positive')}</Th>
          <Th className="text-right">{t('comments.sentiment.neutral')}</Th>
          <Th className="text-right">{t('comments.sentiment.negative')}</Th>
          <Th className="text-right" title={t('comments.formula.intent')}>
            {t('comments.tag.purchase_intent')}
          </Th>
          <Th className="text-right">{t('comments.tag.objection')}</Th>
          <Th>
            <span className="sr-only">{t('comments.byCreator.examples')}</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row: CreatorRow) => {
          const name = names.get(row.creatorId) ?? row.creatorId;
          const expanded = open === row.creatorId;
          return (
            <Fragment key={row.creatorId}>
              <Tr data-testid="creator-sentiment-row">
                <Td>
                  <button
                    type="button"
                    className="font-medium text-teal-800 hover:underline"
                    onClick={() => onFilterCreator(row.creatorId)}
                    title={t('comments.byCreator.filter', { name })}
                  >
                    {name}
                  </button>
                </Td>
                <Td className="text-right">
                  <SentimentScoreBadge score={row.summary.sentimentScore} />
                </Td>
                <Td className="text-right tabular-nums">{n(row.summary.positive)}</Td>
                <Td className="text-right tabular-nums">{n(row.summary.neutral)}</Td>
                <Td className="text-right tabular-nums">{n(row.summary.negative)}</Td>
                <Td className="text-right tabular-nums">{n(row.purchaseIntent)}</Td>
                <Td className="text-right tabular-nums">{n(row.objections)}</Td>
                <Td className="text-right">
                  <button
                    type="button"
                    className="text-[13px] font-medium text-teal-700 hover:underline disabled:text-zinc-400 disabled:no-underline"
                    aria-expanded={expanded}
                    disabled={row.purchaseIntent + row.objections === 0}
                    onClick={() => setOpen(expanded ? null : row.creatorId)}
                    data-testid="creator-examples-toggle"
                  >
                    {expanded ? t('comments.byCreator.hideExamples') : t('comments.byCreator.examples')}
                  </button>
                </Td>
              </Tr>
              {expanded && (
                <tr>
                  <td colSpan={8} className="border-b border-zinc-100 bg-zinc-50/60 px-4 py-3">
                    <CreatorIntentExamples campaignId={campaignId} creatorId={row.creatorId} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </Table>
  );
}
