import type { SentimentLabel } from './labels';

/** Same shape as the KPI engine's sentiment input. */
export interface SentimentCounts {
  positive: number;
  neutral: number;
  negative: number;
}

export type SentimentScore = { value: number; reason: null } | { value: null; reason: string };

export interface SentimentGroupSummary extends SentimentCounts {
  /** positive + neutral + negative (spam and other languages excluded). */
  total: number;
  /** Comments of this group left out because they were flagged as spam. */
  excludedSpam: number;
  /**
   * Comments in neither Vietnamese nor English, left out of the counts and the score: the model was not trained on
   * them and their labels are unreliable (see the model card).
   */
  otherLanguage: number;
  sentimentScore: SentimentScore;
}

export interface ScoredComment {
  label: SentimentLabel;
  /** Spam / irrelevant comments are counted in `excludedSpam` only. */
  spam?: boolean;
  /** Neither Vietnamese nor English (language "other"): counted in `otherLanguage` only, unless spam. */
  otherLanguage?: boolean;
  /** Every group the comment belongs to, chosen by the caller ("post:1", "creator:9", "campaign:3"). */
  keys: readonly string[];
}

/** sentiment_score (KPIS.md): (positive − negative) / (positive + neutral + negative) × 100. */
export function sentimentScore(counts: SentimentCounts): SentimentScore {
  const total = counts.positive + counts.neutral + counts.negative;
  if (total === 0)
    return { value: null, reason: 'no comments with a sentiment (spam and other languages excluded)' };
  return { value: ((counts.positive - counts.negative) / total) * 100, reason: null };
}

/** Streaming counter of sentiment per group key; feed it comments one by one, read `summaries()` at the end. */
export class SentimentAggregator {
  private readonly groups = new Map<
    string,
    { positive: number; neutral: number; negative: number; spam: number; otherLanguage: number }
  >();

  add(comment: ScoredComment): void {
    for (const key of comment.keys) {
      let group = this.groups.get(key);
      if (!group) {
        group = { positive: 0, neutral: 0, negative: 0, spam: 0, otherLanguage: 0 };
        this.groups.set(key, group);
      }
      if (comment.spam) group.spam++;
      else if (comment.otherLanguage) group.otherLanguage++;
      else group[comment.label]++;
    }
  }

  summaries(): Map<string, SentimentGroupSummary> {
    const result = new Map<string, SentimentGroupSummary>();
    for (const [key, group] of this.groups) {
      const counts = { positive: group.positive, neutral: group.neutral, negative: group.negative };
      result.set(key, {
        ...counts,
        total: counts.positive + counts.neutral + counts.negative,
        excludedSpam: group.spam,
        otherLanguage: group.otherLanguage,
        sentimentScore: sentimentScore(counts),
      });
    }
    return result;
  }
}

export function aggregateSentiment(comments: Iterable<ScoredComment>): Map<string, SentimentGroupSummary> {
  const aggregator = new SentimentAggregator();
  for (const comment of comments) aggregator.add(comment);
  return aggregator.summaries();
}
