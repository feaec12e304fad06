import { compareBetaBinomial } from './bayes-ab';
import type { Outcome } from './result';
import { sampleSizeTwoProportions } from './sample-size';
import type { ProportionCounts } from './two-proportion';

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface VerdictOptions {
  /** What one trial is, e.g. { vi: 'lượt nhấp', en: 'clicks' }. */
  trialUnit?: LocalizedText;
  names?: { a: string; b: string };
  /** Posterior probability needed to declare a winner. */
  decisionLevel?: number;
  /** Relative lift used for "how much more data" when the observed lift is smaller. */
  minDetectableLift?: number;
  alpha?: number;
  power?: number;
  seed?: number;
}

export interface AbVerdict {
  winner: 'a' | 'b' | null;
  probabilityBBetter: number;
  /** Additional trials needed per variant before a lift of the assumed size could be detected. */
  moreTrialsPerVariant: number | null;
  message: LocalizedText;
}

const DEFAULT_UNIT: LocalizedText = { vi: 'lượt thử', en: 'trials' };

function percentFloor(probability: number): string {
  return String(Math.floor(probability * 100));
}

function moreTrialsNeeded(counts: ProportionCounts, minDetectableLift: number, alpha: number, power: number) {
  const baseline = (counts.successesA + counts.successesB) / (counts.trialsA + counts.trialsB);
  const observedLift =
    counts.successesA === 0
      ? 0
      : counts.successesB / counts.trialsB / (counts.successesA / counts.trialsA) - 1;
  const lift = Math.max(Math.abs(observedLift), minDetectableLift);
  const size = sampleSizeTwoProportions({ baselineRate: baseline, minDetectableLift: lift, alpha, power });
  if (!size.ok) return null;
  return Math.max(0, size.perGroup - Math.min(counts.trialsA, counts.trialsB));
}

/**
 * A plain-language A/B verdict: a winner when P(B > A) (beta-binomial, uniform prior) passes the
 * decision level either way, otherwise how many more trials each variant needs (sample-size formula).
 */
export function abVerdict(counts: ProportionCounts, options: VerdictOptions = {}): Outcome<AbVerdict> {
  const {
    trialUnit = DEFAULT_UNIT,
    names = { a: 'A', b: 'B' },
    decisionLevel = 0.95,
    minDetectableLift = 0.1,
    alpha = 0.05,
    power = 0.8,
    seed,
  } = options;
  const comparison = compareBetaBinomial(counts, { draws: 2000, ...(seed === undefined ? {} : { seed }) });
  if (!comparison.ok) return comparison;
  const pB = comparison.probabilityBBetter;
  if (pB >= decisionLevel || 1 - pB >= decisionLevel) {
    const bWins = pB >= decisionLevel;
    const [winner, loser] = bWins ? [names.b, names.a] : [names.a, names.b];
    const level = percentFloor(bWins ? pB : 1 - pB);
    return {
      ok: true,
      winner: bWins ? 'b' : 'a',
      probabilityBBetter: pB,
      moreTrialsPerVariant: 0,
      message: {
        vi: `${winner} tốt hơn ${loser} với độ tin cậy ${level} %`,
        en: `${winner} is better than ${loser} with ${level} % confidence`,
      },
    };
  }
  const more = moreTrialsNeeded(counts, minDetectableLift, alpha, power);
  const level = percentFloor(Math.max(pB, 1 - pB));
  const leader = pB >= 0.5 ? names.b : names.a;
  const needVi = more
    ? `: cần thêm khoảng ${more.toLocaleString('vi-VN')} ${trialUnit.vi} mỗi phương án`
    : '';
  const needEn = more ? `: need ~${more.toLocaleString('en-US')} more ${trialUnit.en} per variant` : '';
  return {
    ok: true,
    winner: null,
    probabilityBBetter: pB,
    moreTrialsPerVariant: more,
    message: {
      vi: `Chưa đủ dữ liệu${needVi} (hiện ${leader} dẫn trước với xác suất ${level} %)`,
      en: `Not enough data yet${needEn} (${leader} leads with ${level} % probability so far)`,
    },
  };
}
