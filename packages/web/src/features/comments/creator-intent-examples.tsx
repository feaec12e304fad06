import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorBlock } from '../../components/ui/query-state';
import { Spinner } from '../../components/ui/spinner';
import { useWorkspace } from '../workspaces/use-workspace';
import { HighlightedText } from './comment-list';
import { type CommentItem, commentsKey, listComments } from './comments-api';
import { KindLabel } from './kind-label';

const EXAMPLES = 3;
const INTENTS = ['purchase_intent', 'objection'] as const;

function Examples({ tag, comments }: { tag: (typeof INTENTS)[number]; comments: CommentItem[] }) {
  const { t } = useTranslation();
  return (
    <div data-testid={`creator-examples-${tag}`}>
      <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-zinc-500">
        {t(`comments.tag.${tag}`)}
      </h4>
      {comments.length === 0 ? (
        <p className="text-sm text-zinc-500">{t('comments.byCreator.noExamples')}</p>
      ) : (
        <ul className="space-y-1.5 text-sm text-zinc-700">
          {comments.map((comment) => {
            const tags = (comment.tags ?? []).filter((x) => x.tag === tag);
            return (
              <li key={comment.id}>
                <span className="mr-1.5 text-xs font-medium text-zinc-500">
                  {tags[0] && <KindLabel kind={tags[0].kind} />}
                </span>
                “<HighlightedText text={comment.text} tags={tags} />”
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** A few of the creator's own purchase-intent and objection comments in the campaign, evidence highlighted. */
export function CreatorIntentExamples({ campaignId, creatorId }: { campaignId: string; creatorId: string }) {
  const workspace = useWorkspace();
  const examples = useQuery({
    queryKey: [...commentsKey(workspace.id), 'creator-examples', campaignId, creatorId],
    queryFn: () =>
      Promise.all(
        INTENTS.map((intent) =>
          listComments(workspace.id, { campaignId, creatorId, intent, spam: 'false' }, undefined, EXAMPLES),
        ),
      ),
  });
  if (examples.isError) return <ErrorBlock error={examples.error} onRetry={() => void examples.refetch()} />;
  if (!examples.data) return <Spinner />;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {INTENTS.map((tag, index) => (
        <Examples key={tag} tag={tag} comments={examples.data[index]?.items ?? []} />
      ))}
    </div>
  );
}
