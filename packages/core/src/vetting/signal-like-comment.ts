import { formatNumber, localize } from './localized';
import { isFiniteNumber, linearHealth, median, percentileRank, robustZScore } from './numbers';
import { QUALITY_THRESHOLDS } from './quality-config';
import { notAvailable, type SignalAssessment, statusFromSubscore } from './signal';

const LABEL = { vi: 'Tỷ lệ like/bình luận so với nhóm tương đương', en: 'Like/comment ratio vs peers' };

/**
 * likes / comments compared with peers' ratios by a robust z-score on the log scale (ratios are
 * skewed). Both extremes are suspicious: many likes and few comments (bought likes), or many
 * comments and few likes (bought comments, engagement pods). |z| ≤ 2 → 1, |z| ≥ 5 → 0.
 */
export function assessLikeCommentRatio(
  likes: number | null | undefined,
  comments: number | null | undefined,
  peerRatios: readonly number[] | null | undefined,
): SignalAssessment<'like_comment_ratio'> {
  const t = QUALITY_THRESHOLDS.likeCommentRatio;
  if (!isFiniteNumber(likes) || !isFiniteNumber(comments) || likes <= 0 || comments <= 0) {
    return notAvailable('like_comment_ratio', LABEL, 'ratio', {
      vi: 'Chưa ghi nhận like hoặc bình luận nên không tính được tỷ lệ.',
      en: 'No likes or no comments recorded, so the ratio is undefined.',
    });
  }
  const peers = (peerRatios ?? []).filter((ratio) => isFiniteNumber(ratio) && ratio > 0);
  if (peers.length < t.minPeers) {
    return notAvailable('like_comment_ratio', LABEL, 'ratio', {
      vi: `Cần ít nhất ${t.minPeers} creator tương đương để so sánh (hiện có ${peers.length}).`,
      en: `At least ${t.minPeers} peer creators are needed to compare (have ${peers.length}).`,
    });
  }
  const ratio = likes / comments;
  const z = robustZScore(Math.log(ratio), peers.map(Math.log));
  if (z === null) {
    return notAvailable('like_comment_ratio', LABEL, 'ratio', {
      vi: 'Tỷ lệ của nhóm tương đương không có độ phân tán để so sánh.',
      en: 'The peer ratios have no spread to compare against.',
    });
  }
  const peerMedian = median(peers)!;
  const percentile = percentileRank(ratio, peers)!;
  const subscore = linearHealth(Math.abs(z), t.fullAbsZ, t.zeroAbsZ);
  return {
    id: 'like_comment_ratio',
    label: LABEL,
    status: statusFromSubscore(subscore),
    rawValue: ratio,
    unit: 'ratio',
    reference: {
      label: { vi: 'Trung vị nhóm tương đương', en: 'Peer median' },
      value: peerMedian,
    },
    thresholds: { fullAbsZ: t.fullAbsZ, zeroAbsZ: t.zeroAbsZ },
    subscore,
    explanation: localize((language) => {
      const value = formatNumber(ratio, 1, language);
      const reference = formatNumber(peerMedian, 1, language);
      const zText = formatNumber(z, 1, language);
      const rank = formatNumber(percentile, 0, language);
      const context =
        language === 'vi'
          ? `(trung vị nhóm ${reference}, z = ${zText}, phân vị ${rank})`
          : `(peer median ${reference}, z = ${zText}, percentile ${rank})`;
      if (Math.abs(z) <= t.fullAbsZ) {
        return language === 'vi'
          ? `Tỷ lệ like/bình luận ${value} bình thường ${context}.`
          : `Like/comment ratio ${value} is normal ${context}.`;
      }
      if (z > 0) {
        return language === 'vi'
          ? `Tỷ lệ like/bình luận ${value} cao bất thường ${context}: nhiều like nhưng ít bình luận — dấu hiệu mua like.`
          : `Like/comment ratio ${value} is abnormally high ${context}: many likes, few comments — a sign of bought likes.`;
      }
      return language === 'vi'
        ? `Tỷ lệ like/bình luận ${value} thấp bất thường ${context}: nhiều bình luận so với like — dấu hiệu mua bình luận hoặc nhóm tương tác chéo.`
        : `Like/comment ratio ${value} is abnormally low ${context}: many comments for the likes — a sign of bought comments or engagement pods.`;
    }),
    details: { robustZ: z, percentile, peers: peers.length },
  };
}
