import { detectAnomalies } from '@lantoa/core/anomaly';

export interface DailySentiment {
  /** YYYY-MM-DD in the workspace's time zone. */
  day: string;
  negative: number;
  /** Comments with a sentiment that day, spam excluded. */
  total: number;
}

export interface NegativeSpike {
  day: string;
  negativeShare: number;
  expectedShare: number;
  negative: number;
  total: number;
  zScore: number;
}

/** Days with fewer comments are too noisy to judge and are left out of the series. */
export const MIN_COMMENTS_PER_DAY = 5;

/**
 * Days whose share of negative comments jumps above its trailing baseline (robust z ≥ 3.5 over the previous
 * 14 judged days, at least 5 of them). The scale floor of 5 percentage points keeps a flat series from
 * flagging one stray complaint.
 */
export function negativeSpikes(days: readonly DailySentiment[]): NegativeSpike[] {
  const judged = days.filter((d) => d.total >= MIN_COMMENTS_PER_DAY);
  const flags = detectAnomalies(
    judged.map((d) => d.negative / d.total),
    { window: 14, minHistory: 5, direction: 'spike', minScale: 0.05, cooldown: 2 },
  );
  return flags.map((flag) => {
    const day = judged[flag.index] as DailySentiment;
    return {
      day: day.day,
      negativeShare: flag.value,
      expectedShare: flag.expected,
      negative: day.negative,
      total: day.total,
      zScore: flag.score,
    };
  });
}
