import { formatNumber, localize } from './localized';
import { linearHealth } from './numbers';
import { QUALITY_THRESHOLDS } from './quality-config';
import { notAvailable, type SignalAssessment, statusFromSubscore } from './signal';

export interface GrowthSpike {
  /** When the spike happened (ISO date or date-time). */
  at: string;
  /** Robust z-score of the follower change (negative = sudden drop). */
  score: number;
}

const LABEL = { vi: 'Đột biến tăng/giảm follower', en: 'Follower-growth spikes' };

/** Counts supplied spikes with |robust z| ≥ 3.5; 0 spikes → 1, 3 or more → 0, linear between. */
export function assessGrowthSpikes(
  spikes: readonly GrowthSpike[] | null | undefined,
): SignalAssessment<'growth_spikes'> {
  if (!spikes) {
    return notAvailable('growth_spikes', LABEL, 'count', {
      vi: 'Chưa có chuỗi số follower theo thời gian để phát hiện đột biến.',
      en: 'No follower time series was analysed for spikes.',
    });
  }
  const { minAbsScore, zeroAtCount } = QUALITY_THRESHOLDS.growthSpikes;
  const flagged = spikes.filter(
    (spike) => Number.isFinite(spike.score) && Math.abs(spike.score) >= minAbsScore,
  );
  const subscore = linearHealth(flagged.length, 0, zeroAtCount);
  const dates = flagged.slice(0, 5).map((spike) => spike.at);
  const drops = flagged.filter((spike) => spike.score < 0).length;
  return {
    id: 'growth_spikes',
    label: LABEL,
    status: statusFromSubscore(subscore),
    rawValue: flagged.length,
    unit: 'count',
    reference: {
      label: { vi: 'Không có đột biến (|z| < 3,5)', en: 'No spikes (|z| < 3.5)' },
      value: 0,
    },
    thresholds: { minAbsScore, zeroAtCount },
    subscore,
    explanation: localize((language) => {
      const z = formatNumber(minAbsScore, 1, language);
      if (flagged.length === 0) {
        return language === 'vi'
          ? `Không có đột biến follower bất thường (|z| ≥ ${z}).`
          : `No abnormal follower jumps or drops (|z| ≥ ${z}).`;
      }
      return language === 'vi'
        ? `${flagged.length} đột biến follower bất thường (|z| ≥ ${z}; ${drops} lần giảm) vào ${dates.join(', ')}: dấu hiệu mua follower hoặc nền tảng xoá follower ảo. Một đột biến đơn lẻ có thể do bài viral.`
        : `${flagged.length} abnormal follower spikes (|z| ≥ ${z}; ${drops} drops) on ${dates.join(', ')}: a sign of bought followers or of a platform purge of fakes. A single spike can be a viral post.`;
    }),
    details: { spikesSupplied: spikes.length, drops },
  };
}
