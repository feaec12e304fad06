import {
  type AuthoredComment,
  seedingRingKey,
  type TagMatch,
  tagCommentsWithHistory,
} from '@lantoa/core/intent';
import type { SentimentLabel, SentimentModel } from '@lantoa/core/sentiment';
import type { CommentTagRecord } from '@lantoa/db/schema';

export interface CommentToScore {
  id: string;
  author: string | null;
  text: string;
  /** When it was written or else stored (epoch ms): seeding rings only join comments close in time. */
  at?: number;
  /** The campaign of its post, else the post: where its seeding ring can be. */
  scope?: string;
}

export interface CommentScore {
  id: string;
  lang: string;
  sentiment: SentimentLabel;
  sentimentScore: number;
  tags: CommentTagRecord[];
  spam: boolean;
  ringKey: string | null;
}

export interface BatchScores {
  scores: CommentScore[];
  /** Comments scored earlier that a ring found in this batch now includes. */
  earlierRingMembers: { id: string; tag: CommentTagRecord }[];
}

const authored = (comment: CommentToScore, ringKey?: string | null): AuthoredComment => ({
  id: comment.id,
  author: comment.author ?? '',
  text: comment.text,
  ...(ringKey !== undefined ? { ringKey } : {}),
  ...(comment.at !== undefined ? { at: comment.at } : {}),
  ...(comment.scope !== undefined ? { scope: comment.scope } : {}),
});

const tagRecord = ({ tag, kind, evidence, start, end }: TagMatch): CommentTagRecord => ({
  tag,
  kind,
  evidence,
  start,
  end,
});

/**
 * Sentiment, language, intent/objection tags and the spam flag of a batch; seeding rings span the batch and the
 * `earlier` comments (already scored, same ring keys), so a ring pushed in several batches is found whole.
 */
export function scoreBatch(
  model: SentimentModel,
  batch: readonly CommentToScore[],
  earlier: readonly CommentToScore[] = [],
): BatchScores {
  const ringKeys = batch.map((comment) => seedingRingKey(comment.text));
  const tagged = tagCommentsWithHistory(
    batch.map((comment, index) => authored(comment, ringKeys[index])),
    earlier.map((comment) => authored(comment)),
  );
  const scores = batch.map((comment, index) => {
    const prediction = model.predict(comment.text);
    return {
      id: comment.id,
      lang: prediction.lang,
      sentiment: prediction.label,
      sentimentScore: Math.round(prediction.score * 10_000) / 10_000,
      tags: (tagged.batch[index]?.tags ?? []).map(tagRecord),
      spam: tagged.batch[index]?.spam ?? false,
      ringKey: ringKeys[index] ?? null,
    };
  });
  return {
    scores,
    earlierRingMembers: tagged.earlierRingMembers.map(({ id, tag }) => ({ id, tag: tagRecord(tag) })),
  };
}
