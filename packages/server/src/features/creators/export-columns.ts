import type { CreatorListItem } from './creator-schemas';

export interface ExportColumn {
  header: string;
  width: number;
  value(item: CreatorListItem): string | number | null;
}

/** Columns of the creator list export; headers are Vietnamese because the file goes to Vietnamese teams. */
export const EXPORT_COLUMNS: ExportColumn[] = [
  { header: 'Tên', width: 28, value: (item) => item.name },
  {
    header: 'Tài khoản',
    width: 40,
    value: (item) => item.accounts.map((a) => `${a.platform}:@${a.handle}`).join(', '),
  },
  { header: 'Người theo dõi', width: 16, value: (item) => item.followers },
  { header: 'Hạng', width: 10, value: (item) => item.tier },
  {
    header: 'ER (%)',
    width: 10,
    value: (item) => (item.engagementRate === null ? null : round(item.engagementRate, 2)),
  },
  { header: 'Phí thấp nhất (VND)', width: 18, value: (item) => item.feeMin },
  { header: 'Phí cao nhất (VND)', width: 18, value: (item) => item.feeMax },
  { header: 'Chất lượng', width: 12, value: (item) => item.qualityScore },
  { header: 'Rủi ro', width: 10, value: (item) => item.riskLevel },
  { header: 'Trạng thái', width: 14, value: (item) => item.status },
  { header: 'Khu vực', width: 18, value: (item) => item.location },
  { header: 'Lĩnh vực', width: 30, value: (item) => item.niches.join(', ') },
  { header: 'Thẻ', width: 24, value: (item) => item.tags.join(', ') },
];

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** RFC 4180 field: quoted when it holds a separator, quote or line break; formulas defused for spreadsheets. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
