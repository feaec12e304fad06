import { useTranslation } from 'react-i18next';
import { NativeSelect } from '../../components/ui/input';
import type { CommentFilters } from './comments-api';

export function CommentFilterBar({
  filters,
  onChange,
  campaigns,
  creators,
  children,
}: {
  filters: CommentFilters;
  onChange(filters: CommentFilters): void;
  campaigns: { id: string; name: string }[];
  creators: { id: string; name: string }[];
  /** Chips of filters set from elsewhere (one post). */
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<CommentFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2" data-testid="comment-filters">
      <NativeSelect
        className="w-64"
        value={filters.campaignId ?? ''}
        onChange={(e) =>
          onChange({
            ...filters,
            campaignId: e.target.value || undefined,
            creatorId: undefined,
            postId: undefined,
          })
        }
        aria-label={t('comments.filters.campaign')}
        data-testid="comments-campaign"
      >
        <option value="">{t('comments.filters.allCampaigns')}</option>
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        className="w-48"
        value={filters.creatorId ?? ''}
        onChange={(e) => set({ creatorId: e.target.value || undefined })}
        aria-label={t('comments.filters.creator')}
        data-testid="comments-creator"
      >
        <option value="">{t('comments.filters.allCreators')}</option>
        {creators.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        className="w-40"
        value={filters.sentiment ?? ''}
        onChange={(e) => set({ sentiment: (e.target.value || undefined) as CommentFilters['sentiment'] })}
        aria-label={t('comments.filters.sentiment')}
        data-testid="comments-sentiment"
      >
        <option value="">{t('comments.filters.allSentiments')}</option>
        <option value="positive">{t('comments.sentiment.positive')}</option>
        <option value="neutral">{t('comments.sentiment.neutral')}</option>
        <option value="negative">{t('comments.sentiment.negative')}</option>
      </NativeSelect>
      <NativeSelect
        className="w-44"
        value={filters.intent ?? ''}
        onChange={(e) => set({ intent: (e.target.value || undefined) as CommentFilters['intent'] })}
        aria-label={t('comments.filters.intent')}
        data-testid="comments-intent"
      >
        <option value="">{t('comments.filters.allIntents')}</option>
        <option value="purchase_intent">{t('comments.tag.purchase_intent')}</option>
        <option value="objection">{t('comments.tag.objection')}</option>
      </NativeSelect>
      <NativeSelect
        className="w-44"
        value={filters.spam ?? 'false'}
        onChange={(e) => set({ spam: e.target.value as CommentFilters['spam'] })}
        aria-label={t('comments.filters.spam')}
        data-testid="comments-spam"
      >
        <option value="false">{t('comments.filters.hideSpam')}</option>
        <option value="true">{t('comments.filters.onlySpam')}</option>
        <option value="all">{t('comments.filters.withSpam')}</option>
      </NativeSelect>
      {children}
    </div>
  );
}
