import type { CommentFilters } from './comments-api';

const SENTIMENTS = new Set(['positive', 'neutral', 'negative']);
const INTENTS = new Set(['purchase_intent', 'objection']);
const UUID = /^[0-9a-f-]{36}$/i;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The page's address: the list filters, and the re-scoring job whose progress it shows (kept across a reload). */
export interface CommentSearch extends CommentFilters {
  scoringJob?: string;
}

/** Keeps only the filters the comments API understands, and a well-formed job id, from the address bar. */
export function validateCommentSearch(search: Record<string, unknown>): CommentSearch {
  const id = (value: unknown) => (text(value) && UUID.test(String(value)) ? String(value) : undefined);
  const sentiment = text(search.sentiment);
  const intent = text(search.intent);
  const spam = text(search.spam);
  return {
    campaignId: id(search.campaignId),
    creatorId: id(search.creatorId),
    postId: id(search.postId),
    sentiment:
      sentiment && SENTIMENTS.has(sentiment) ? (sentiment as CommentFilters['sentiment']) : undefined,
    intent: intent && INTENTS.has(intent) ? (intent as CommentFilters['intent']) : undefined,
    spam: spam === 'true' || spam === 'false' || spam === 'all' ? spam : undefined,
    scoringJob: id(search.scoringJob),
  };
}
