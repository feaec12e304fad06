import {
  aggregateSentiment,
  type SentimentDrivers,
  type SentimentGroupSummary,
  type SentimentLabel,
  sentimentDrivers,
} from '@lantoa/core/sentiment';
import type { CommentTagRecord } from '@lantoa/db/schema';

export interface ScoredCommentRow {
  id: string;
  postId: string;
  creatorId: string;
  text: string;
  lang: string | null;
  sentiment: SentimentLabel | null;
  spam: boolean | null;
  tags: CommentTagRecord[] | null;
  day: string;
}

export interface IntentExample {
  commentId: string;
  text: string;
  evidence: string;
  start: number;
  end: number;
}

export interface IntentCount {
  tag: 'purchase_intent' | 'objection';
  kind: string;
  /** Comments carrying this kind (spam excluded). */
  count: number;
  examples: IntentExample[];
}

export interface DailySentimentPoint {
  day: string;
  positive: number;
  neutral: number;
  negative: number;
  spam: number;
  /** Not spam, in neither Vietnamese nor English: not in the three sentiment counts. */
  otherLanguage: number;
}

export interface CampaignSentimentView {
  summary: SentimentGroupSummary;
  byCreator: {
    creatorId: string;
    summary: SentimentGroupSummary;
    purchaseIntent: number;
    objections: number;
  }[];
  byPost: { postId: string; creatorId: string; summary: SentimentGroupSummary }[];
  daily: DailySentimentPoint[];
  drivers: SentimentDrivers;
  intents: IntentCount[];
}

const EXAMPLES_PER_KIND = 3;
/** The language detector's answer for neither Vietnamese nor English; the model's labels there are unreliable. */
const OTHER_LANGUAGE = 'other';
const EMPTY: SentimentGroupSummary = {
  positive: 0,
  neutral: 0,
  negative: 0,
  total: 0,
  excludedSpam: 0,
  otherLanguage: 0,
  sentimentScore: { value: null, reason: 'no comments with a sentiment (spam and other languages excluded)' },
};

function countIntents(rows: readonly ScoredCommentRow[]): IntentCount[] {
  const byKind = new Map<string, IntentCount>();
  for (const row of rows) {
    if (row.spam || !row.tags) continue;
    const seen = new Set<string>();
    for (const tag of row.tags) {
      if (tag.tag === 'spam' || seen.has(tag.kind)) continue;
      seen.add(tag.kind);
      let entry = byKind.get(tag.kind);
      if (!entry) {
        entry = { tag: tag.tag, kind: tag.kind, count: 0, examples: [] };
        byKind.set(tag.kind, entry);
      }
      entry.count++;
      if (entry.examples.length < EXAMPLES_PER_KIND) {
        entry.examples.push({
          commentId: row.id,
          text: row.text,
          evidence: tag.evidence,
          start: tag.start,
          end: tag.end,
        });
      }
    }
  }
  return [...byKind.values()].sort((a, b) => b.count - a.count);
}

function hasTag(row: ScoredCommentRow, tag: 'purchase_intent' | 'objection'): boolean {
  return !row.spam && (row.tags ?? []).some((t) => t.tag === tag);
}

/** Sentiment of a campaign's scored comments: totals, per creator and post, per day, drivers and intents. */
export function buildCampaignSentiment(rows: readonly ScoredCommentRow[]): CampaignSentimentView {
  const scored = rows.filter(
    (row): row is ScoredCommentRow & { sentiment: SentimentLabel } => row.sentiment !== null,
  );
  const summaries = aggregateSentiment(
    scored.map((row) => ({
      label: row.sentiment,
      spam: row.spam === true,
      otherLanguage: row.lang === OTHER_LANGUAGE,
      keys: ['campaign', `creator:${row.creatorId}`, `post:${row.postId}`],
    })),
  );
  const creatorIds = [...new Set(scored.map((row) => row.creatorId))];
  const postCreators = new Map(scored.map((row) => [row.postId, row.creatorId]));
  const daily = new Map<string, DailySentimentPoint>();
  for (const row of scored) {
    let point = daily.get(row.day);
    if (!point) {
      point = { day: row.day, positive: 0, neutral: 0, negative: 0, spam: 0, otherLanguage: 0 };
      daily.set(row.day, point);
    }
    if (row.spam) point.spam++;
    else if (row.lang === OTHER_LANGUAGE) point.otherLanguage++;
    else point[row.sentiment]++;
  }
  const counted = scored.filter((row) => !row.spam && row.lang !== OTHER_LANGUAGE);
  return {
    summary: summaries.get('campaign') ?? EMPTY,
    byCreator: creatorIds.map((creatorId) => {
      const own = scored.filter((row) => row.creatorId === creatorId);
      return {
        creatorId,
        summary: summaries.get(`creator:${creatorId}`) ?? EMPTY,
        purchaseIntent: own.filter((row) => hasTag(row, 'purchase_intent')).length,
        objections: own.filter((row) => hasTag(row, 'objection')).length,
      };
    }),
    byPost: [...postCreators].map(([postId, creatorId]) => ({
      postId,
      creatorId,
      summary: summaries.get(`post:${postId}`) ?? EMPTY,
    })),
    daily: [...daily.values()].sort((a, b) => a.day.localeCompare(b.day)),
    drivers: sentimentDrivers(
      counted.map((row) => ({ text: row.text, label: row.sentiment, lang: row.lang === 'en' ? 'en' : 'vi' })),
      { top: 12 },
    ),
    intents: countIntents(scored),
  };
}
