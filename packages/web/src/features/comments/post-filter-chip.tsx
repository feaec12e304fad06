import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../lib/format';
import { getPost, postKey } from '../posts/posts-api';
import { useWorkspace } from '../workspaces/use-workspace';

/** "Bài đăng: creator · day" for the post the page is narrowed to; the cross removes the narrowing. */
export function PostFilterChip({ postId, onRemove }: { postId: string; onRemove(): void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const post = useQuery({
    queryKey: postKey(workspace.id, postId),
    queryFn: () => getPost(workspace.id, postId),
  });
  const detail = post.data?.post;
  const label = detail
    ? [detail.creatorName, formatDate(detail.publishedAt, locale)].filter(Boolean).join(' · ')
    : '…';
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full border border-teal-200 bg-teal-50 py-1 pr-1 pl-3 text-[13px] text-teal-900"
      title={detail?.caption ?? detail?.url ?? undefined}
      data-testid="comments-post-chip"
    >
      {t('comments.post.chip', { label })}
      <button
        type="button"
        onClick={onRemove}
        className="rounded-full p-0.5 text-teal-700 hover:bg-teal-100"
        aria-label={t('comments.post.remove')}
        data-testid="comments-post-chip-remove"
      >
        <svg viewBox="0 0 20 20" className="size-3.5" fill="currentColor" aria-hidden="true">
          <path d="M5.28 4.22a.75.75 0 0 0-1.06 1.06L8.94 10l-4.72 4.72a.75.75 0 1 0 1.06 1.06L10 11.06l4.72 4.72a.75.75 0 1 0 1.06-1.06L11.06 10l4.72-4.72a.75.75 0 0 0-1.06-1.06L10 8.94 5.28 4.22Z" />
        </svg>
      </button>
    </span>
  );
}
