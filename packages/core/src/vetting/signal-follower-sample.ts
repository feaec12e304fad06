import type { FollowerSampleAssessment } from './follower-sample';
import { formatShare, localize } from './localized';
import { linearHealth } from './numbers';
import { QUALITY_THRESHOLDS } from './quality-config';
import { notAvailable, type SignalAssessment, statusFromSubscore } from './signal';

const SUSPICIOUS_LABEL = { vi: 'Follower đáng ngờ + theo dõi hàng loạt', en: 'Suspicious + mass followers' };
const FAKE_LABEL = { vi: 'Ước tính follower ảo (mô hình)', en: 'Estimated fake followers (model)' };

function tooSmall(have: number) {
  const min = QUALITY_THRESHOLDS.followerSample.minRows;
  return {
    vi: `Mẫu follower quá nhỏ: cần ít nhất ${min} dòng hợp lệ (hiện có ${have}).`,
    en: `Follower sample too small: at least ${min} valid rows are needed (have ${have}).`,
  };
}

const NO_SAMPLE = { vi: 'Chưa tải lên mẫu follower.', en: 'No follower sample uploaded.' };

/** Share of sampled followers that are suspicious or mass followers: ≤ 10 % → 1, ≥ 50 % → 0. */
export function assessSuspiciousMassFollowers(
  sample: FollowerSampleAssessment | null | undefined,
): SignalAssessment<'suspicious_mass_followers'> {
  const t = QUALITY_THRESHOLDS.followerSample;
  if (!sample) return notAvailable('suspicious_mass_followers', SUSPICIOUS_LABEL, 'share', NO_SAMPLE);
  const { count, of, share, interval } = sample.suspiciousOrMass;
  if (share === null || of < t.minRows) {
    return notAvailable('suspicious_mass_followers', SUSPICIOUS_LABEL, 'share', tooSmall(of));
  }
  const subscore = linearHealth(share, t.suspiciousOrMass.full, t.suspiciousOrMass.zero);
  return {
    id: 'suspicious_mass_followers',
    label: SUSPICIOUS_LABEL,
    status: statusFromSubscore(subscore),
    rawValue: share,
    unit: 'share',
    reference: {
      label: { vi: 'Ngưỡng cảnh báo ~25 %', en: 'Warning level ~25 %' },
      value: t.suspiciousOrMass.warning,
    },
    thresholds: { ...t.suspiciousOrMass },
    subscore,
    explanation: localize((language) => {
      const value = formatShare(share, language);
      const range = interval
        ? `${formatShare(interval.low, language)}–${formatShare(interval.high, language)}`
        : '';
      const warn = share >= t.suspiciousOrMass.warning;
      return language === 'vi'
        ? `${count}/${of} follower trong mẫu (${value}, KTC 95 % ${range}) đáng ngờ hoặc theo dõi > 1.500 tài khoản${warn ? ': vượt ngưỡng cảnh báo ~25 %.' : '.'}`
        : `${count}/${of} sampled followers (${value}, 95 % CI ${range}) are suspicious or follow > 1,500 accounts${warn ? ': above the ~25 % warning level.' : '.'}`;
    }),
    details: {
      suspiciousShare: sample.suspicious.share,
      massShare: sample.massFollowers.share,
      invalidRows: sample.rowsInvalid,
    },
  };
}

/** Model-estimated fake share (corrected for classifier error): ≤ 10 % → 1, ≥ 40 % → 0. */
export function assessFakeFollowerEstimate(
  sample: FollowerSampleAssessment | null | undefined,
): SignalAssessment<'fake_follower_estimate'> {
  const t = QUALITY_THRESHOLDS.followerSample;
  if (!sample) return notAvailable('fake_follower_estimate', FAKE_LABEL, 'share', NO_SAMPLE);
  const estimate = sample.fakeEstimate;
  if (estimate === null || estimate.scored < t.minRows) {
    return notAvailable('fake_follower_estimate', FAKE_LABEL, 'share', tooSmall(estimate?.scored ?? 0));
  }
  const subscore = linearHealth(estimate.estimatedShare, t.fakeShare.full, t.fakeShare.zero);
  return {
    id: 'fake_follower_estimate',
    label: FAKE_LABEL,
    status: statusFromSubscore(subscore),
    rawValue: estimate.estimatedShare,
    unit: 'share',
    reference: { label: { vi: 'Mức chấp nhận được', en: 'Acceptable level' }, value: t.fakeShare.full },
    thresholds: { ...t.fakeShare },
    subscore,
    explanation: localize((language) => {
      const value = formatShare(estimate.estimatedShare, language);
      const low = formatShare(estimate.interval.low, language);
      const high = formatShare(estimate.interval.high, language);
      return language === 'vi'
        ? `Ước tính ${value} follower là tài khoản ảo (KTC 95 % ${low}–${high}; mô hình gắn cờ ${estimate.predictedFake}/${estimate.scored} dòng, đã hiệu chỉnh theo sai số của mô hình).`
        : `An estimated ${value} of followers are fake (95 % CI ${low}–${high}; the model flagged ${estimate.predictedFake}/${estimate.scored} rows, corrected for its error rates).`;
    }),
    details: { flaggedShare: estimate.flaggedShare, meanProbability: estimate.meanProbability },
  };
}
