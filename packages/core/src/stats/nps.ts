import { normalTwoSidedCritical } from './distributions';
import { isCount, type Outcome, unavailable } from './result';

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

export interface NpsResult extends NpsCounts {
  n: number;
  /** % promoters (9–10) − % detractors (0–6), from −100 to 100. */
  nps: number;
  promoterPercent: number;
  detractorPercent: number;
  /** Standard error of the NPS, in points. */
  standardError: number;
  confidence: number;
  /** Wald interval, clipped to [−100, 100]. */
  interval: [number, number];
}

/** Counts promoters, passives and detractors; answers must be integers 0–10. */
export function countNpsAnswers(answers: readonly number[]): NpsCounts | null {
  const counts = { promoters: 0, passives: 0, detractors: 0 };
  for (const answer of answers) {
    if (!Number.isInteger(answer) || answer < 0 || answer > 10) return null;
    if (answer >= 9) counts.promoters++;
    else if (answer >= 7) counts.passives++;
    else counts.detractors++;
  }
  return counts;
}

/**
 * NPS with a confidence interval. Each answer scores +1 (promoter), 0 (passive) or −1 (detractor);
 * NPS = 100 × mean score, and Var(mean) = (p_P + p_D − (p_P − p_D)²) / n.
 */
export function npsFromCounts(counts: NpsCounts, confidence = 0.95): Outcome<NpsResult> {
  const { promoters, passives, detractors } = counts;
  if (![promoters, passives, detractors].every(isCount)) {
    return unavailable('invalid_counts', 'NPS counts must be non-negative integers');
  }
  const n = promoters + passives + detractors;
  if (n === 0) return unavailable('no_answers', 'no NPS answers recorded');
  const pP = promoters / n;
  const pD = detractors / n;
  const score = pP - pD;
  const standardError = 100 * Math.sqrt(Math.max(0, pP + pD - score * score) / n);
  const margin = normalTwoSidedCritical(confidence) * standardError;
  const nps = 100 * score;
  return {
    ok: true,
    ...counts,
    n,
    nps,
    promoterPercent: 100 * pP,
    detractorPercent: 100 * pD,
    standardError,
    confidence,
    interval: [Math.max(-100, nps - margin), Math.min(100, nps + margin)],
  };
}

export function nps(answers: readonly number[], confidence = 0.95): Outcome<NpsResult> {
  const counts = countNpsAnswers(answers);
  if (counts === null) return unavailable('invalid_answer', 'NPS answers must be integers from 0 to 10');
  return npsFromCounts(counts, confidence);
}
