export type ExportLang = 'vi' | 'en';

const LABELS = {
  tiles: { vi: 'Chỉ số mục tiêu', en: 'KPI targets' },
  funnel: { vi: 'Phễu', en: 'Funnel' },
  cost: { vi: 'Hiệu quả chi phí', en: 'Cost efficiency' },
  series: { vi: 'Theo ngày', en: 'Daily' },
  leaderboard: { vi: 'Bảng xếp hạng nhà sáng tạo', en: 'Creator leaderboard' },
  kpi: { vi: 'Chỉ số', en: 'KPI' },
  value: { vi: 'Giá trị', en: 'Value' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  progress: { vi: 'Tiến độ (%)', en: 'Progress (%)' },
  pacing: { vi: 'Nhịp độ', en: 'Pacing' },
  projected: { vi: 'Dự phóng cuối kỳ', en: 'Projected final' },
  formula: { vi: 'Công thức', en: 'Formula' },
  reason: { vi: 'Lý do thiếu', en: 'Why missing' },
  freshness: { vi: 'Dữ liệu mới nhất', en: 'Newest data' },
  step: { vi: 'Bước', en: 'Step' },
  basis: { vi: 'Dựa trên', en: 'Basis' },
  stepRate: { vi: 'Tỷ lệ chuyển bước (%)', en: 'Step rate (%)' },
  day: { vi: 'Ngày', en: 'Day' },
  reach: { vi: 'Tiếp cận', en: 'Reach' },
  views: { vi: 'Lượt xem', en: 'Views' },
  impressions: { vi: 'Hiển thị', en: 'Impressions' },
  engagements: { vi: 'Tương tác', en: 'Engagements' },
  clicks: { vi: 'Lượt nhấp', en: 'Clicks' },
  conversions: { vi: 'Chuyển đổi', en: 'Conversions' },
  revenue: { vi: 'Doanh thu', en: 'Revenue' },
  creator: { vi: 'Nhà sáng tạo', en: 'Creator' },
  ahead: { vi: 'Vượt tiến độ', en: 'Ahead' },
  on_track: { vi: 'Đúng tiến độ', en: 'On track' },
  at_risk: { vi: 'Có rủi ro', en: 'At risk' },
  off_track: { vi: 'Chậm tiến độ', en: 'Off track' },
  'funnel.reach': { vi: 'Tiếp cận', en: 'Reach' },
  'funnel.engagement': { vi: 'Tương tác', en: 'Engagement' },
  'funnel.lead': { vi: 'Khách tiềm năng', en: 'Lead' },
  'funnel.conversion': { vi: 'Chuyển đổi', en: 'Conversion' },
  'funnel.retention': { vi: 'Giữ chân', en: 'Retention' },
  'funnel.advocacy': { vi: 'Lan toả', en: 'Advocacy' },
} as const;

export type ExportLabel = keyof typeof LABELS;

export function label(key: ExportLabel, lang: ExportLang): string {
  return LABELS[key][lang];
}

/** `lang` when given, else English only when the browser asks for it first; Vietnamese by default. */
export function exportLang(lang: string | undefined, acceptLanguage: string | undefined): ExportLang {
  if (lang === 'vi' || lang === 'en') return lang;
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}
