import { formatNumber, type Language, localize } from './localized';
import { isFiniteNumber, linearHealth } from './numbers';
import { QUALITY_THRESHOLDS } from './quality-config';
import { notAvailable, type SignalAssessment, statusFromSubscore } from './signal';

/** An ER benchmark band (percent) for the creator's tier, platform and ER variant, with its source. */
export interface TierBand {
  low: number;
  high: number;
  source: string;
}

const LABEL = { vi: 'ER so với dải của hạng', en: 'ER vs tier band' };

type Verdict = 'ghost' | 'slightly_low' | 'in_band' | 'above' | 'bought' | 'unconfirmed' | 'high_genuine';

const TEXT: Record<Verdict, (er: string, band: string, language: Language) => string> = {
  ghost: (er, band, l) =>
    l === 'vi'
      ? `ER ${er} thấp hơn nhiều so với dải ${band}: dấu hiệu nhiều follower "ma" (ảo hoặc không hoạt động).`
      : `ER ${er} is far below the ${band} band: a sign of many ghost (fake or inactive) followers.`,
  slightly_low: (er, band, l) =>
    l === 'vi'
      ? `ER ${er} dưới dải ${band} nhưng còn trong biên độ chênh lệch giữa các nguồn benchmark.`
      : `ER ${er} is below the ${band} band but within the spread between benchmark sources.`,
  in_band: (er, band, l) =>
    l === 'vi' ? `ER ${er} nằm trong dải ${band}.` : `ER ${er} is within the ${band} band.`,
  above: (er, band, l) =>
    l === 'vi' ? `ER ${er} cao hơn dải ${band}: tốt.` : `ER ${er} is above the ${band} band: good.`,
  bought: (er, band, l) =>
    l === 'vi'
      ? `ER ${er} cao bất thường so với dải ${band} trong khi bình luận phần lớn chung chung/trùng lặp: dấu hiệu mua tương tác.`
      : `ER ${er} is far above the ${band} band while comments are mostly generic or duplicated: a sign of bought engagement.`,
  unconfirmed: (er, band, l) =>
    l === 'vi'
      ? `ER ${er} cao bất thường so với dải ${band}; chưa có bình luận để xác nhận là tương tác thật.`
      : `ER ${er} is far above the ${band} band; no comments were available to confirm it is genuine.`,
  high_genuine: (er, band, l) =>
    l === 'vi'
      ? `ER ${er} cao hơn nhiều so với dải ${band}, và bình luận có nội dung thật: tương tác tốt.`
      : `ER ${er} is far above the ${band} band and the comments look genuine: strong engagement.`,
};

/**
 * ER (percent) vs the tier band: far below → ghost followers; far above together with
 * low-quality comments → bought engagement. `lowQualityCommentShare` is null when unknown.
 */
export function assessEngagementRate(
  engagementRate: number | null | undefined,
  band: TierBand | null | undefined,
  lowQualityCommentShare: number | null,
): SignalAssessment<'engagement_rate'> {
  if (!isFiniteNumber(engagementRate) || !band || !(band.low > 0) || !(band.high >= band.low)) {
    return notAvailable('engagement_rate', LABEL, 'percent', {
      vi: 'Thiếu ER hoặc dải benchmark của hạng.',
      en: 'The ER or the tier benchmark band is missing.',
    });
  }
  const t = QUALITY_THRESHOLDS.engagementRate;
  const farAbove = band.high * t.highFactor;
  let verdict: Verdict;
  let subscore = 1;
  if (engagementRate < band.low) {
    subscore = linearHealth(engagementRate / band.low, t.lowFullFactor, t.lowZeroFactor);
    verdict = subscore < 1 ? 'ghost' : 'slightly_low';
  } else if (engagementRate <= band.high) {
    verdict = 'in_band';
  } else if (engagementRate <= farAbove) {
    verdict = 'above';
  } else if (lowQualityCommentShare === null) {
    verdict = 'unconfirmed';
    subscore = t.unconfirmedSubscore;
  } else if (lowQualityCommentShare >= t.lowQualityComments) {
    verdict = 'bought';
    subscore = t.boughtSubscore;
  } else {
    verdict = 'high_genuine';
  }
  return {
    id: 'engagement_rate',
    label: LABEL,
    status: statusFromSubscore(subscore),
    rawValue: engagementRate,
    unit: 'percent',
    reference: {
      label: localize((l) =>
        l === 'vi' ? `Dải ER của hạng (${band.source})` : `Tier ER band (${band.source})`,
      ),
      value: { low: band.low, high: band.high },
    },
    thresholds: {
      noPenaltyAbove: band.low * t.lowFullFactor,
      zeroAt: band.low * t.lowZeroFactor,
      farAbove,
      lowQualityComments: t.lowQualityComments,
    },
    subscore,
    explanation: localize((language) => {
      const er = `${formatNumber(engagementRate, 2, language)} %`;
      const range = `${formatNumber(band.low, 2, language)}–${formatNumber(band.high, 2, language)} % (${band.source})`;
      return TEXT[verdict](er, range, language);
    }),
    details: { verdict, lowQualityCommentShare },
  };
}
