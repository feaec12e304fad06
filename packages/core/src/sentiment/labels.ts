export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];
export const CLASS_COUNT = SENTIMENT_LABELS.length;

export interface SentimentProbabilities {
  negative: number;
  neutral: number;
  positive: number;
}

/** Parses a user-facing label: "positive"/"pos"/"tích cực"/"1"… Returns null when it is not a label. */
export function parseSentimentLabel(raw: string): SentimentLabel | null {
  const value = raw.trim().toLowerCase();
  if (['positive', 'pos', '+', '1', 'tích cực', 'tich cuc'].includes(value)) return 'positive';
  if (['neutral', 'neu', '0', 'trung tính', 'trung tinh'].includes(value)) return 'neutral';
  if (['negative', 'neg', '-', '-1', 'tiêu cực', 'tieu cuc'].includes(value)) return 'negative';
  return null;
}
