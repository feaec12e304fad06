import type { CampaignFit } from '../fit/campaign-fits';
import type { VettingView } from './build-vetting';
import { campaignFitSections, type DossierSample, followerSampleSection } from './dossier-extra-sections';
import type { DecisionRecord } from './load-creator-vetting';

export interface DossierSection {
  title: string;
  rows: [string, string][];
}

const pct = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined ? '—' : `${value.toFixed(digits).replace('.', ',')} %`;
const num = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);
const when = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));

const RECOMMENDATION = { proceed: 'Có thể hợp tác', review: 'Cần xem xét thêm', avoid: 'Nên tránh' } as const;
const DECISION = { approved: 'Đã duyệt', rejected: 'Từ chối', needs_review: 'Cần xem lại' } as const;
const RISK_LEVEL: Record<string, string> = {
  low: 'Thấp',
  medium: 'Trung bình',
  high: 'Cao',
  critical: 'Nghiêm trọng',
};
const points = (value: number) => value.toFixed(1).replace('.', ',');
const STATUS = { ok: 'Ổn', warning: 'Lưu ý', alert: 'Đáng ngờ', not_available: 'Chưa có dữ liệu' } as const;

export interface DossierExtras {
  sample: DossierSample | null;
  campaignFits: CampaignFit[];
}

/** The dossier as titled rows of label → value, in Vietnamese; the PDF and the XLSX render the same rows. */
export function dossierSections(
  view: VettingView,
  decisions: DecisionRecord[],
  extras: DossierExtras,
): DossierSection[] {
  const { dossier, er } = view;
  const { summary } = dossier;
  const sections: DossierSection[] = [
    {
      title: 'Tóm tắt',
      rows: [
        ['Nhà sáng tạo', dossier.creator.name ?? ''],
        [
          'Tài khoản chính',
          `${dossier.creator.platform ?? '—'} @${(dossier.creator.handle ?? '').replace(/^@/, '')}`,
        ],
        ['Người theo dõi', num(dossier.creator.followers ?? null)],
        ['Phân hạng', dossier.creator.tier ?? '—'],
        ['Ngày lập hồ sơ', when(dossier.asOf)],
        ['Đề xuất', RECOMMENDATION[summary.recommendation]],
        ...summary.recommendationReasons.map((reason, index): [string, string] => [
          `Lý do ${index + 1}`,
          reason.vi,
        ]),
      ],
    },
    {
      title: 'Tỷ lệ tương tác (ER theo người theo dõi)',
      rows: [
        ['ER', pct(er.value)],
        ['Công thức', `(${er.engagementSet.join(' + ')}) / người theo dõi × 100, trên ${er.postsUsed} bài`],
        ['Dải chuẩn', er.band ? `${pct(er.band.low)} – ${pct(er.band.high)}` : (er.bandReason ?? '—')],
        ['Nguồn dải chuẩn', er.band ? `${er.band.sourceTitle} (${er.band.sourceReference})` : '—'],
        [
          'Vị trí so với dải',
          er.position === 'below'
            ? 'Thấp hơn dải'
            : er.position === 'above'
              ? 'Cao hơn dải'
              : er.position === 'within'
                ? 'Trong dải'
                : '—',
        ],
        [
          'Phân vị trong không gian làm việc',
          er.workspacePercentile === null
            ? '—'
            : `${Math.round(er.workspacePercentile)} (trên ${er.workspaceSampleSize} nhà sáng tạo)`,
        ],
      ],
    },
    {
      title: `Chất lượng khán giả: ${summary.qualityScore === null ? '—' : Math.round(summary.qualityScore)} / 100`,
      rows: (dossier.quality?.signals ?? []).map((signal): [string, string] => [
        `${signal.label.vi} — ${STATUS[signal.status]}`,
        `${signal.contribution === null ? '—' : `${points(signal.contribution)} / ${points(signal.maxPoints)} điểm`}. ${signal.explanation.vi}`,
      ]),
    },
    followerSampleSection(extras.sample, when),
    ...campaignFitSections(extras.campaignFits),
    {
      title: `Rủi ro: ${summary.riskLevel ? (RISK_LEVEL[summary.riskLevel] ?? summary.riskLevel) : '—'}`,
      rows: [
        ...(dossier.risk?.rules ?? []).map((rule): [string, string] => [
          `Quy tắc (${RISK_LEVEL[rule.level] ?? rule.level})`,
          `${rule.description.vi} — ${rule.evidenceCount} bằng chứng`,
        ]),
        ...(dossier.risk?.flags ?? [])
          .slice(0, 200)
          .map((flag): [string, string] => [
            `${flag.competitor ?? flag.category} «${flag.term}»`,
            `${flag.excerpt}${flag.source.url ? ` — ${flag.source.url}` : ''}`,
          ]),
      ],
    },
    {
      title: 'Chiến dịch đã tham gia',
      rows: view.pastCampaigns.map((campaign): [string, string] => [
        campaign.name,
        `${campaign.startDate ?? '…'} – ${campaign.endDate ?? '…'}, ${campaign.posts} bài, phí ${num(campaign.fee)} ₫`,
      ]),
    },
    {
      title: 'Quyết định',
      rows: decisions.map((decision): [string, string] => [
        `${DECISION[decision.decision]} — ${decision.byName}`,
        `${when(decision.at)}: ${decision.note ?? ''}`,
      ]),
    },
  ];
  return sections.map((section) =>
    section.rows.length ? section : { ...section, rows: [['—', 'Chưa có dữ liệu']] },
  );
}
