import type { CommentQualityAnalysis } from './comment-quality';
import { formatShare, localize } from './localized';
import { linearHealth } from './numbers';
import { QUALITY_THRESHOLDS } from './quality-config';
import { notAvailable, type SignalAssessment, statusFromSubscore } from './signal';

const LABEL = { vi: 'Bình luận chung chung/trùng lặp', en: 'Generic or duplicated comments' };

/** Share of comments that are generic or duplicated: ≤ 30 % → 1, ≥ 70 % → 0, linear between. */
export function assessCommentQuality(
  analysis: CommentQualityAnalysis | null,
): SignalAssessment<'comment_quality'> {
  const t = QUALITY_THRESHOLDS.commentQuality;
  if (analysis === null || analysis.lowQualityShare === null || analysis.total < t.minComments) {
    const have = analysis?.total ?? 0;
    return notAvailable('comment_quality', LABEL, 'share', {
      vi: `Cần ít nhất ${t.minComments} bình luận để đánh giá (hiện có ${have}).`,
      en: `At least ${t.minComments} comments are needed (have ${have}).`,
    });
  }
  const share = analysis.lowQualityShare;
  const subscore = linearHealth(share, t.full, t.zero);
  const topDuplicate = analysis.duplicateGroups[0];
  return {
    id: 'comment_quality',
    label: LABEL,
    status: statusFromSubscore(subscore),
    rawValue: share,
    unit: 'share',
    reference: {
      label: { vi: 'Mức chấp nhận được', en: 'Acceptable level' },
      value: t.full,
    },
    thresholds: { full: t.full, zero: t.zero },
    subscore,
    explanation: localize((language) => {
      const total = formatShare(share, language);
      const generic = formatShare(analysis.genericShare ?? 0, language);
      const duplicated = formatShare(analysis.duplicateShare ?? 0, language);
      const example = topDuplicate
        ? language === 'vi'
          ? ` Ví dụ trùng lặp: "${topDuplicate.text}" (${topDuplicate.comments} bình luận, ${topDuplicate.authors} tài khoản).`
          : ` Duplicate example: "${topDuplicate.text}" (${topDuplicate.comments} comments, ${topDuplicate.authors} accounts).`
        : '';
      return language === 'vi'
        ? `${total} trong ${analysis.total} bình luận là chung chung (${generic}) hoặc trùng lặp giữa các tài khoản (${duplicated}).${example}`
        : `${total} of ${analysis.total} comments are generic (${generic}) or duplicated across accounts (${duplicated}).${example}`;
    }),
    details: {
      comments: analysis.total,
      genericShare: analysis.genericShare,
      duplicateShare: analysis.duplicateShare,
    },
  };
}
