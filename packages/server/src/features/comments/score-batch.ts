import { tagComments } from '@lantoa/core/intent';
import type { SentimentLabel, SentimentModel } from '@lantoa/core/sentiment';
import type { CommentTagRecord } from '@lantoa/db/schema';

export interface CommentToScore {
  id: string;
  author: string | null;
  text: string;
}

export interface CommentScore {
  id: string;
  lang: string;
  sentiment: SentimentLabel;
  sentimentScore: number;
  tags: CommentTagRecord[];
  spam: boolean;
}

/** Sentiment, language, intent/objection tags and the spam flag of a batch (seeding rings span the batch). */
export function scoreBatch(model: SentimentModel, batch: readonly CommentToScore[]): CommentScore[] {
  const tagged = tagComments(
    batch.map((comment) => ({ id: comment.id, author: comment.author ?? '', text: comment.text })),
  );
  return batch.map((comment, index) => {
    const prediction = model.predict(comment.text);
    const tags = tagged[index]?.tags ?? [];
    return {
      id: comment.id,
      lang: prediction.lang,
      sentiment: prediction.label,
      sentimentScore: Math.round(prediction.score * 10_000) / 10_000,
      tags: tags.map(({ tag, kind, evidence, start, end }) => ({ tag, kind, evidence, start, end })),
      spam: tagged[index]?.spam ?? false,
    };
  });
}
