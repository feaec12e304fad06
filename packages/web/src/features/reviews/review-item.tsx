import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from '../../lib/format';
import { useErrorText } from '../../lib/use-error-text';
import { CommentThread } from '../deliverables/comment-thread';
import { DeliverableStatusBadge } from '../deliverables/deliverable-badges';
import { DraftChecks } from '../deliverables/draft-checks';
import { commentAsReviewer, decide, type PublicReview, publicReviewKey } from './reviews-api';

type Item = PublicReview['deliverables'][number];

/** One deliverable on the public review page: the latest draft, its checks, the thread and the two decisions. */
export function ReviewItem({
  token,
  item,
  reviewerName,
}: {
  token: string;
  item: Item;
  reviewerName: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const onDone = (data: PublicReview) => {
    queryClient.setQueryData(publicReviewKey(token), data);
    setComment('');
  };
  const decision = useMutation({
    mutationFn: (kind: 'approve' | 'request_changes') =>
      decide(token, {
        deliverableId: item.id,
        decision: kind,
        reviewerName,
        comment: comment.trim() || null,
      }),
    onSuccess: onDone,
  });
  const run = (kind: 'approve' | 'request_changes') => {
    if (!reviewerName.trim()) return setProblem(t('reviews.needName'));
    if (kind === 'request_changes' && !comment.trim()) return setProblem(t('reviews.needComment'));
    setProblem(null);
    decision.mutate(kind);
  };
  const send = async (body: string, parentId: string | null) => {
    if (!reviewerName.trim()) {
      setProblem(t('reviews.needName'));
      return;
    }
    onDone(await commentAsReviewer(token, { deliverableId: item.id, reviewerName, body, parentId }));
  };
  return (
    <article
      className="space-y-4 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm"
      data-testid="review-item"
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="text-base font-semibold text-zinc-900">{item.title}</h2>
          <p className="text-sm text-zinc-600">
            {item.creatorName} · {t(`deliverables.types.${item.type}`)} ·{' '}
            {t('reviews.due', { date: formatDateTime(item.dueAt, locale) })}
          </p>
        </div>
        <DeliverableStatusBadge status={item.status} />
      </header>
      {item.draft ? (
        <div className="space-y-3">
          <p
            className="rounded-md bg-zinc-50 px-3 py-2 text-sm whitespace-pre-wrap text-zinc-900"
            data-testid="review-caption"
          >
            {item.draft.caption}
          </p>
          {item.draft.script && (
            <p className="text-sm whitespace-pre-wrap text-zinc-600">{item.draft.script}</p>
          )}
          <DraftChecks checks={item.draft.checks} caption={item.draft.caption} />
        </div>
      ) : (
        <p className="text-sm text-zinc-500">{t('reviews.noDraft')}</p>
      )}
      {item.canDecide ? (
        <div className="space-y-2 border-t border-zinc-100 pt-4">
          <textarea
            rows={2}
            className="block w-full rounded-md border border-zinc-300 px-3 py-2 text-sm focus:border-teal-600 focus:outline-none"
            placeholder={t('reviews.changesComment')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            data-testid="review-comment"
          />
          <div className="flex flex-wrap gap-2">
            <Button
              onClick={() => run('approve')}
              loading={decision.isPending && decision.variables === 'approve'}
              data-testid="review-approve"
            >
              {t('reviews.approve')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => run('request_changes')}
              loading={decision.isPending && decision.variables === 'request_changes'}
              data-testid="review-request-changes"
            >
              {t('reviews.requestChanges')}
            </Button>
          </div>
        </div>
      ) : (
        <p className="text-sm text-zinc-600" data-testid="review-not-waiting">
          {t('reviews.waiting', { status: t(`deliverables.status.${item.status}`) })}
        </p>
      )}
      {problem && <Alert tone="warning">{problem}</Alert>}
      {decision.isError && <Alert tone="error">{errorText(decision.error)}</Alert>}
      <div className="border-t border-zinc-100 pt-4">
        <h3 className="mb-2 text-sm font-semibold text-zinc-900">{t('deliverables.comments.title')}</h3>
        <CommentThread comments={item.comments} onSend={send} />
      </div>
    </article>
  );
}
