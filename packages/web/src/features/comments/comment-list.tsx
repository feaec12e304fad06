import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from '../../lib/format';
import type { CommentItem, CommentTag, Sentiment } from './comments-api';
import { highlightSegments } from './highlight';
import { KindLabel } from './kind-label';

export const SENTIMENT_TONE: Record<Sentiment, BadgeTone> = {
  positive: 'green',
  neutral: 'neutral',
  negative: 'red',
};
const TAG_TONE: Record<CommentTag['tag'], BadgeTone> = {
  purchase_intent: 'teal',
  objection: 'amber',
  spam: 'violet',
};
const MARK_CLASS: Record<CommentTag['tag'], string> = {
  purchase_intent: 'bg-teal-100 text-teal-900',
  objection: 'bg-amber-100 text-amber-900',
  spam: 'bg-violet-100 text-violet-900',
};

export function HighlightedText({ text, tags }: { text: string; tags: readonly CommentTag[] }) {
  const strongest = tags.find((t) => t.tag !== 'spam')?.tag ?? tags[0]?.tag ?? 'purchase_intent';
  return (
    <>
      {highlightSegments(text, tags).map((segment) =>
        segment.marked ? (
          <mark
            key={segment.start}
            className={`rounded px-0.5 ${MARK_CLASS[strongest]}`}
            data-testid="comment-evidence"
          >
            {segment.text}
          </mark>
        ) : (
          <span key={segment.start}>{segment.text}</span>
        ),
      )}
    </>
  );
}

function CommentRow({ comment }: { comment: CommentItem }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const tags = comment.tags ?? [];
  const kinds = [...new Map(tags.map((tag) => [tag.kind, tag])).values()];
  return (
    <li
      className="border-b border-zinc-100 px-4 py-3 last:border-0"
      data-testid="comment-row"
      data-creator-id={comment.creatorId}
      data-post-id={comment.postId}
    >
      <div className="mb-1 flex flex-wrap items-center gap-1.5 text-xs text-zinc-500">
        <span className="font-medium text-zinc-800">{comment.author ?? t('comments.anonymous')}</span>
        <span>·</span>
        <span>{comment.creatorName}</span>
        {comment.at && (
          <>
            <span>·</span>
            <span>{formatDateTime(comment.at, locale)}</span>
          </>
        )}
        {comment.postUrl && (
          <a
            href={comment.postUrl}
            target="_blank"
            rel="noreferrer"
            className="text-teal-700 hover:underline"
          >
            {t('comments.openPost')}
          </a>
        )}
        <span className="ml-auto flex flex-wrap gap-1">
          {comment.sentiment && (
            <span data-testid={`sentiment-${comment.sentiment}`}>
              <Badge tone={SENTIMENT_TONE[comment.sentiment]}>
                {t(`comments.sentiment.${comment.sentiment}`)}
              </Badge>
            </span>
          )}
          {kinds.map((tag) => (
            <span key={tag.kind} data-testid={`tag-${tag.tag}`} title={tag.evidence}>
              <Badge tone={TAG_TONE[tag.tag]}>
                <KindLabel kind={tag.kind} />
              </Badge>
            </span>
          ))}
          {comment.scoredByCurrentModel === false && (
            <span
              data-testid="comment-other-model"
              title={t('comments.otherModelBadgeHint', {
                model: comment.modelId ?? t('comments.unknownModel'),
              })}
            >
              <Badge tone="blue">{t('comments.otherModelBadge')}</Badge>
            </span>
          )}
          {comment.sentiment === null && <Badge>{t('comments.pending')}</Badge>}
        </span>
      </div>
      <p className="text-sm leading-relaxed text-zinc-800">
        <HighlightedText text={comment.text} tags={tags} />
      </p>
    </li>
  );
}

export function CommentList({ comments }: { comments: readonly CommentItem[] }) {
  return (
    <ul className="rounded-lg border border-zinc-200 bg-white" data-testid="comments-list">
      {comments.map((comment) => (
        <CommentRow key={comment.id} comment={comment} />
      ))}
    </ul>
  );
}
