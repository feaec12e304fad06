import { MASS_FOLLOWING_THRESHOLD, RED_FLAG_RULES } from '@lantoa/core/vetting';
import type { CampaignFit } from '../fit/campaign-fits';
import type { FollowerSampleSummary } from '../follower-samples/follower-sample-schemas';
import type { DossierSection } from './dossier-lines';

/** Where the fake-follower classifier is documented (data, features, held-out metrics, licence). */
export const FAKE_FOLLOWER_MODEL_CARD = 'docs/models/fake-follower-model-card.md';

export interface DossierSample {
  fileName: string;
  account: string;
  uploadedByName: string;
  createdAt: string;
  summary: FollowerSampleSummary;
}

const SUSPICIOUS_RULE =
  `có từ ${RED_FLAG_RULES.suspiciousMinFlags} dấu hiệu trở lên: không ảnh đại diện, chưa đăng bài, tiểu sử trống, ` +
  `theo dõi nhiều gấp ≥ ${RED_FLAG_RULES.followingToFollowersRatio} lần số người theo dõi mình, tên nhiều chữ số`;
const share = (value: number | null) =>
  value === null ? '—' : `${(Math.round(value * 1000) / 10).toFixed(1).replace('.', ',')} %`;
const counted = (part: { count: number; of: number; share: number | null }) =>
  `${share(part.share)} (${part.count}/${part.of} người theo dõi hợp lệ)`;
const points = (value: number) => (Math.round(value * 10) / 10).toFixed(1).replace('.', ',');
const FIT_STATUS = {
  ok: 'Phù hợp',
  warning: 'Phù hợp một phần',
  alert: 'Lệch',
  not_available: 'Chưa có dữ liệu',
};
const CAMPAIGN_STATUS: Record<string, string> = {
  draft: 'nháp',
  planned: 'đã lên kế hoạch',
  live: 'đang chạy',
  completed: 'đã kết thúc',
  archived: 'đã lưu trữ',
};

/** Suspicious, mass and estimated fake followers of the sample behind the quality score (B2). */
export function followerSampleSection(
  sample: DossierSample | null,
  when: (iso: string) => string,
): DossierSection {
  const title = 'Mẫu người theo dõi';
  if (!sample) return { title, rows: [['—', 'Chưa tải mẫu người theo dõi lên']] };
  const { summary } = sample;
  const fake = summary.fakeEstimate;
  return {
    title,
    rows: [
      [
        'Tệp mẫu',
        `${sample.fileName} — ${sample.account}, ${sample.uploadedByName}, ${when(sample.createdAt)}`,
      ],
      ['Số dòng', `${summary.rowsValid} hợp lệ / ${summary.rowsReceived} dòng (${summary.rowsInvalid} lỗi)`],
      ['Tỷ lệ đáng ngờ', `${counted(summary.suspicious)}; ${SUSPICIOUS_RULE}`],
      [
        'Tỷ lệ theo dõi hàng loạt',
        `${counted(summary.massFollowers)}; đang theo dõi hơn ${MASS_FOLLOWING_THRESHOLD.toLocaleString('vi-VN')} tài khoản`,
      ],
      [
        'Ước tính người theo dõi ảo',
        fake
          ? `${share(fake.estimatedShare)} (khoảng 95 %: ${share(fake.interval.low)} – ${share(fake.interval.high)}); mô hình gắn cờ ${fake.predictedFake}/${fake.scored}. ${fake.method.vi}`
          : 'Chưa đủ dữ liệu để mô hình chấm điểm',
      ],
      [
        'Mô hình',
        fake
          ? `Hồi quy logistic (instafake), ngưỡng ${String(fake.classifier.threshold).replace('.', ',')}, độ nhạy ${share(fake.classifier.sensitivity)}, độ đặc hiệu ${share(fake.classifier.specificity)} trên tập kiểm tra. Thẻ mô hình: ${FAKE_FOLLOWER_MODEL_CARD}`
          : `Thẻ mô hình: ${FAKE_FOLLOWER_MODEL_CARD}`,
      ],
    ],
  };
}

/** One section per campaign the creator is considered for: fit score and each criterion's points (B3). */
export function campaignFitSections(fits: CampaignFit[]): DossierSection[] {
  if (fits.length === 0)
    return [
      { title: 'Độ phù hợp với chiến dịch', rows: [['—', 'Chưa có chiến dịch nào đặt khán giả mục tiêu']] },
    ];
  return fits.map(({ campaignName, status, onRoster, fit }) => ({
    title: `Độ phù hợp: ${campaignName} — ${fit.score === null ? '—' : Math.round(fit.score)} / 100`,
    rows: [
      [
        'Chiến dịch',
        `${CAMPAIGN_STATUS[status] ?? status}${onRoster ? ', đã có trong danh sách nhà sáng tạo' : ', đang cân nhắc'}`,
      ],
      ['Khán giả lấy từ', fit.audienceSource ?? 'Chưa có số liệu khán giả; chỉ chấm theo lĩnh vực'],
      ...fit.reasons.map((reason): [string, string] => [
        `${reason.label.vi} — ${FIT_STATUS[reason.status]}`,
        `${reason.contribution === null ? '—' : `${points(reason.contribution)} / ${points(reason.maxPoints)} điểm`}. ${reason.evidence.vi}`,
      ]),
    ],
  }));
}
