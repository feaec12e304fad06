import type { KpiInputName } from '../inputs';
import type { KpiDefinitionSource, LocalizedText } from './catalogue-types';
import { scopeRatio, sumOf } from './formula-builders';

function costPer(
  id: KpiDefinitionSource['id'],
  name: LocalizedText,
  per: KpiInputName,
  scale: number,
  formulaText: LocalizedText,
  description: LocalizedText,
): KpiDefinitionSource {
  return {
    id,
    group: 'conversion',
    name,
    description,
    formula: scopeRatio(['cost'], [per], scale),
    formulaText,
    unit: 'money',
    direction: 'lower',
    requiredInputs: ['cost', per],
    estimate: false,
  };
}

const WHOLE_COST_NOTE: LocalizedText = {
  vi: ' Chi phí là toàn bộ chi phí trong phạm vi (chiến dịch: gồm cả chi phí không gắn với KOL).',
  en: ' Cost is the whole cost in scope (a campaign’s includes costs not tied to a creator).',
};

function withCostNote(vi: string, en: string): LocalizedText {
  return { vi: vi + WHOLE_COST_NOTE.vi, en: en + WHOLE_COST_NOTE.en };
}

export const CONVERSION_KPIS: readonly KpiDefinitionSource[] = [
  {
    id: 'leads',
    group: 'conversion',
    name: { vi: 'Khách hàng tiềm năng', en: 'Leads' },
    description: { vi: 'Số khách hàng tiềm năng ghi nhận được.', en: 'Leads recorded.' },
    formula: sumOf('leads'),
    formulaText: { vi: 'Σ khách hàng tiềm năng', en: 'Σ leads' },
    unit: 'count',
    direction: 'higher',
    requiredInputs: ['leads'],
    estimate: false,
  },
  {
    id: 'conversions',
    group: 'conversion',
    name: { vi: 'Chuyển đổi', en: 'Conversions' },
    description: { vi: 'Số đơn hàng đã được duyệt.', en: 'Approved orders.' },
    formula: sumOf('orders'),
    formulaText: { vi: 'Σ đơn hàng đã duyệt', en: 'Σ approved orders' },
    unit: 'count',
    direction: 'higher',
    requiredInputs: ['orders'],
    estimate: false,
  },
  {
    id: 'conversion_rate',
    group: 'conversion',
    name: { vi: 'Tỷ lệ chuyển đổi', en: 'Conversion rate' },
    description: { vi: 'Đơn hàng đã duyệt so với lượt nhấp.', en: 'Approved orders relative to clicks.' },
    formula: scopeRatio(['orders'], ['clicks'], 100),
    formulaText: { vi: 'chuyển đổi / lượt nhấp × 100', en: 'conversions / clicks × 100' },
    unit: 'percent',
    direction: 'higher',
    requiredInputs: ['orders', 'clicks'],
    estimate: false,
  },
  costPer(
    'cpc',
    { vi: 'Chi phí mỗi nhấp', en: 'CPC' },
    'clicks',
    1,
    { vi: 'chi phí / lượt nhấp', en: 'cost / clicks' },
    withCostNote('Chi phí cho mỗi lượt nhấp.', 'Cost per click.'),
  ),
  costPer(
    'cpm',
    { vi: 'Chi phí nghìn lượt hiển thị', en: 'CPM' },
    'impressions',
    1000,
    { vi: 'chi phí / lượt hiển thị × 1000', en: 'cost / impressions × 1000' },
    withCostNote('Chi phí cho mỗi nghìn lượt hiển thị.', 'Cost per thousand impressions.'),
  ),
  costPer(
    'cpe',
    { vi: 'Chi phí mỗi tương tác', en: 'CPE' },
    'engagements',
    1,
    { vi: 'chi phí / tương tác', en: 'cost / engagements' },
    withCostNote('Chi phí cho mỗi tương tác.', 'Cost per engagement.'),
  ),
  costPer(
    'cpv',
    { vi: 'Chi phí mỗi lượt xem', en: 'CPV' },
    'views',
    1,
    { vi: 'chi phí / lượt xem', en: 'cost / views' },
    withCostNote('Chi phí cho mỗi lượt xem video.', 'Cost per video view.'),
  ),
  costPer(
    'cpl',
    { vi: 'Chi phí mỗi lead', en: 'CPL' },
    'leads',
    1,
    { vi: 'chi phí / khách hàng tiềm năng', en: 'cost / leads' },
    withCostNote('Chi phí cho mỗi khách hàng tiềm năng.', 'Cost per lead.'),
  ),
  costPer(
    'cpa',
    { vi: 'Chi phí mỗi chuyển đổi', en: 'CPA' },
    'orders',
    1,
    { vi: 'chi phí / chuyển đổi', en: 'cost / conversions' },
    withCostNote('Chi phí cho mỗi đơn hàng đã duyệt.', 'Cost per approved order.'),
  ),
  {
    id: 'bounce_rate',
    group: 'conversion',
    name: { vi: 'Tỷ lệ thoát', en: 'Bounce rate' },
    description: {
      vi: 'Phần phiên truy cập rời trang ngay (từ Google Analytics).',
      en: 'Share of site sessions that left straight away (from Google Analytics).',
    },
    formula: scopeRatio(['bounces'], ['sessions'], 100),
    formulaText: { vi: 'lượt thoát / phiên × 100', en: 'bounces / sessions × 100' },
    unit: 'percent',
    direction: 'lower',
    requiredInputs: ['bounces', 'sessions'],
    estimate: false,
  },
  {
    id: 'avg_time_on_page',
    group: 'conversion',
    name: { vi: 'Thời gian trên trang', en: 'Avg time on page' },
    description: {
      vi: 'Thời gian trung bình mỗi phiên trên trang.',
      en: 'Average time on page per session.',
    },
    formula: scopeRatio(['time_on_page_s'], ['sessions'], 1),
    formulaText: { vi: 'Σ thời gian trên trang (giây) / phiên', en: 'Σ time_on_page_s / sessions' },
    unit: 'seconds',
    direction: 'higher',
    requiredInputs: ['time_on_page_s', 'sessions'],
    estimate: false,
  },
];
