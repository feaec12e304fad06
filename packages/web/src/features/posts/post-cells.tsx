import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime, formatNumber, formatRelative } from '../../lib/format';
import { MetricTooltip } from '../dashboard/metric-tooltip';
import { sentimentTone } from './post-figures';
import type { CampaignPost } from './posts-api';

const MISSING = '—';

export function Count({ value }: { value: number | null }) {
  const { locale } = useLocale();
  return value === null ? (
    <span className="text-zinc-400">{MISSING}</span>
  ) : (
    <span className="tabular-nums">{formatNumber(value, locale)}</span>
  );
}

const ER_NAMES = {
  er: { vi: 'Tỷ lệ tương tác (theo người theo dõi)', en: 'ER (by followers)' },
  erViews: { vi: 'ER theo lượt xem', en: 'ER by views' },
};
const ER_FORMULAS = {
  er: {
    vi: '(thích + bình luận + chia sẻ + lưu) / người theo dõi lúc đăng × 100',
    en: '(likes + comments + shares + saves) / followers at publish time × 100',
  },
  erViews: {
    vi: '(thích + bình luận + chia sẻ + lưu) / lượt xem × 100',
    en: '(likes + comments + shares + saves) / views × 100',
  },
};

/** ER of one post with its formula, inputs and freshness on hover; "—" with the reason when it cannot be computed. */
export function ErCell({ post, variant }: { post: CampaignPost; variant: 'er' | 'erViews' }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const value = post[variant];
  const latest = post.latest;
  const denominator = variant === 'er' ? post.followers : (latest?.views ?? null);
  const reason =
    value !== null
      ? post.missingEngagementParts.length > 0
        ? t('posts.er.partsMissing', {
            parts: post.missingEngagementParts.map((part) => t(`dashboard.inputs.${part}`)).join(', '),
          })
        : null
      : !latest
        ? t('posts.er.noSnapshot')
        : post.engagements === null
          ? t('posts.er.noEngagements')
          : variant === 'er'
            ? t('posts.er.noFollowers')
            : t('posts.er.noViews');
  return (
    <MetricTooltip
      testId={`post-${variant}`}
      explain={{
        name: ER_NAMES[variant],
        formula: ER_FORMULAS[variant],
        inputs: {
          likes: latest?.likes ?? null,
          comments: latest?.comments ?? null,
          shares: latest?.shares ?? null,
          saves: latest?.saves ?? null,
          [variant === 'er' ? 'followers' : 'views']: denominator,
        },
        freshness: latest?.at ?? null,
        reason,
      }}
    >
      {value === null ? (
        <span className="text-zinc-400">{MISSING}</span>
      ) : (
        <span className="font-medium tabular-nums">
          {new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 }).format(
            value,
          )}
          %
        </span>
      )}
    </MetricTooltip>
  );
}

/** "cập nhật 3 giờ trước" (just "3 giờ trước" under the column header) with the snapshot time on hover. */
export function FreshnessCell({
  at,
  timeZone,
  compact = false,
}: {
  at: string | null;
  timeZone: string;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (!at) return <span className="text-xs text-zinc-400">{t('posts.noSnapshot')}</span>;
  return (
    <span
      className="text-xs whitespace-nowrap text-zinc-600"
      title={t('posts.snapshotAt', { time: formatDateTime(at, locale, timeZone) })}
      data-testid="post-freshness"
    >
      {compact ? formatRelative(at, locale) : t('posts.updated', { when: formatRelative(at, locale) })}
    </span>
  );
}

/** Stored comments and their sentiment score, linking to the comments page filtered on the post. */
export function CommentsCell({ post, workspaceId }: { post: CampaignPost; workspaceId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const stats = post.commentStats;
  if (stats.total === 0) return <span className="text-zinc-400">{MISSING}</span>;
  return (
    <Link
      to="/w/$workspaceId/comments"
      params={{ workspaceId }}
      search={{ campaignId: post.campaignId ?? undefined, postId: post.id }}
      onClick={(event) => event.stopPropagation()}
      className="inline-flex items-center gap-1.5 text-teal-800 hover:underline"
      data-testid="post-comments-link"
    >
      <span className="tabular-nums">{formatNumber(stats.total, locale)}</span>
      {stats.sentimentScore !== null && (
        <span
          title={t('posts.sentimentHint', {
            positive: stats.positive,
            neutral: stats.neutral,
            negative: stats.negative,
          })}
        >
          <Badge tone={sentimentTone(stats.sentimentScore)}>
            {stats.sentimentScore > 0 ? '+' : ''}
            {Math.round(stats.sentimentScore)}
          </Badge>
        </span>
      )}
    </Link>
  );
}
