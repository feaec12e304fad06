import type { AudienceFitResult } from './audience-fit';
import type { AudienceQualityResult } from './audience-quality';
import type { Recommendation } from './dossier-types';
import { formatNumber, type LocalizedText, localize } from './localized';
import type { ReliabilityResult } from './reliability';
import type { RiskAssessment } from './risk-assessment';

export const RECOMMENDATION_RULES = { minFit: 50, minReliability: 60 } as const;

/**
 * avoid: risk critical, or poor quality backed by at least medium evidence coverage.
 * review: risk medium/high, quality caution (or poor on thin evidence), fit < 50, reliability < 60,
 *   or quality / risk not assessed at all (a creator is not "cleared" by missing evidence).
 * proceed: none of the above. Each reason that applied is returned.
 */
export function recommend(
  quality: AudienceQualityResult | null,
  fit: AudienceFitResult | null,
  risk: RiskAssessment | null,
  reliability: ReliabilityResult | null,
): { recommendation: Recommendation; reasons: LocalizedText[] } {
  const avoid: LocalizedText[] = [];
  const review: LocalizedText[] = [];
  const score = (value: number) => (l: 'vi' | 'en') => formatNumber(value, 0, l);
  if (risk?.level === 'critical')
    avoid.push({ vi: 'Rủi ro ở mức nghiêm trọng.', en: 'Risk level is critical.' });
  if (risk?.level === 'high' || risk?.level === 'medium') {
    review.push(
      localize((l) =>
        l === 'vi'
          ? `Rủi ro mức ${risk.level === 'high' ? 'cao' : 'trung bình'}.`
          : `Risk level is ${risk.level}.`,
      ),
    );
  }
  if (quality?.score != null) {
    const text = score(quality.score);
    if (quality.level === 'poor' && quality.confidence !== 'low') {
      avoid.push(
        localize((l) =>
          l === 'vi'
            ? `Chất lượng khán giả kém (${text(l)}/100).`
            : `Poor audience quality (${text(l)}/100).`,
        ),
      );
    } else if (quality.level !== 'good') {
      review.push(
        localize((l) =>
          l === 'vi'
            ? `Chất lượng khán giả cần xem lại (${text(l)}/100).`
            : `Audience quality needs a look (${text(l)}/100).`,
        ),
      );
    }
  }
  if (fit?.score != null && fit.score < RECOMMENDATION_RULES.minFit) {
    const text = score(fit.score);
    review.push(
      localize((l) =>
        l === 'vi' ? `Độ phù hợp khán giả thấp (${text(l)}/100).` : `Low audience fit (${text(l)}/100).`,
      ),
    );
  }
  if (reliability?.score != null && reliability.score < RECOMMENDATION_RULES.minReliability) {
    const text = score(reliability.score);
    review.push(
      localize((l) =>
        l === 'vi'
          ? `Độ tin cậy giao bài thấp (${text(l)}/100).`
          : `Low delivery reliability (${text(l)}/100).`,
      ),
    );
  }
  if (quality?.score == null) {
    review.push({ vi: 'Chưa đánh giá được chất lượng khán giả.', en: 'Audience quality was not assessed.' });
  }
  if (risk === null) review.push({ vi: 'Chưa sàng lọc rủi ro.', en: 'Risk was not screened.' });
  if (avoid.length > 0) return { recommendation: 'avoid', reasons: [...avoid, ...review] };
  if (review.length > 0) return { recommendation: 'review', reasons: review };
  return {
    recommendation: 'proceed',
    reasons: [
      {
        vi: 'Không có cảnh báo nào từ các tiêu chí đã kiểm tra.',
        en: 'No warnings from the criteria checked.',
      },
    ],
  };
}
