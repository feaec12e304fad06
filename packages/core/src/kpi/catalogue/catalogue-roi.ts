import type { KpiDefinitionSource } from './catalogue-types';
import { scopeRatio, sumOf } from './formula-builders';

export const ROI_KPIS: readonly KpiDefinitionSource[] = [
  {
    id: 'cost',
    group: 'roi',
    name: { vi: 'Chi phí', en: 'Cost' },
    description: {
      vi: 'Tổng chi phí mọi hạng mục trong phạm vi (phí KOL, quảng cáo, sản xuất, chăm sóc khách hàng, khác).',
      en: 'All costs in scope: creator fees, media, production, customer care, other.',
    },
    formula: sumOf('cost'),
    formulaText: { vi: 'Σ chi phí mọi hạng mục', en: 'Σ costs of all categories' },
    unit: 'money',
    direction: 'lower',
    requiredInputs: ['cost'],
    estimate: false,
  },
  {
    id: 'revenue',
    group: 'roi',
    name: { vi: 'Doanh thu', en: 'Revenue' },
    description: {
      vi: 'Doanh thu được ghi nhận cho các đơn đã duyệt, trừ hoàn tiền.',
      en: 'Attributed revenue of approved orders minus refunds.',
    },
    formula: sumOf('revenue'),
    formulaText: { vi: 'Σ doanh thu đơn đã duyệt − hoàn tiền', en: 'Σ revenue of approved orders − refunds' },
    unit: 'money',
    direction: 'higher',
    requiredInputs: ['revenue'],
    estimate: false,
  },
  {
    id: 'roi',
    group: 'roi',
    name: { vi: 'ROI', en: 'ROI' },
    description: {
      vi: 'Lợi nhuận trên chi phí: doanh thu trừ chi phí, so với chi phí.',
      en: 'Return on investment: revenue minus cost, relative to cost.',
    },
    formula: { kind: 'net_ratio', add: ['revenue'], subtract: ['cost'], denominator: ['cost'], scale: 100 },
    formulaText: { vi: '(doanh thu − chi phí) / chi phí × 100', en: '(revenue − cost) / cost × 100' },
    unit: 'percent',
    direction: 'higher',
    requiredInputs: ['revenue', 'cost'],
    estimate: false,
  },
  {
    id: 'roas',
    group: 'roi',
    name: { vi: 'ROAS', en: 'ROAS' },
    description: { vi: 'Doanh thu trên mỗi đồng chi phí.', en: 'Revenue per unit of cost.' },
    formula: scopeRatio(['revenue'], ['cost'], 1),
    formulaText: { vi: 'doanh thu / chi phí', en: 'revenue / cost' },
    unit: 'ratio',
    direction: 'higher',
    requiredInputs: ['revenue', 'cost'],
    estimate: false,
  },
  {
    id: 'cac',
    group: 'roi',
    name: { vi: 'Chi phí thu hút khách hàng', en: 'CAC' },
    description: { vi: 'Chi phí cho mỗi khách hàng mới.', en: 'Cost per new customer.' },
    formula: scopeRatio(['cost'], ['new_customers'], 1),
    formulaText: { vi: 'chi phí / khách hàng mới', en: 'cost / new_customers' },
    unit: 'money',
    direction: 'lower',
    requiredInputs: ['cost', 'new_customers'],
    estimate: false,
  },
  {
    id: 'emv',
    group: 'roi',
    name: { vi: 'Giá trị truyền thông', en: 'EMV' },
    description: {
      vi:
        'Ước tính giá trị truyền thông tương đương từ bảng đơn giá của workspace; luôn là ước tính và ' +
        'không bao giờ được cộng vào ROI.',
      en:
        'Earned media value estimated from the workspace’s value table; always an estimate, never mixed ' +
        'into ROI.',
    },
    formula: { kind: 'custom', method: 'emv' },
    formulaText: {
      vi:
        'Σ bài (hiển thị / 1000 × CPM tham chiếu của nền tảng + thích × đơn giá thích + bình luận × đơn giá ' +
        'bình luận + chia sẻ × đơn giá chia sẻ + lưu × đơn giá lưu)',
      en:
        'Σ over posts of impressions / 1000 × CPM_ref(platform) + likes × v_like + comments × v_comment + ' +
        'shares × v_share + saves × v_save',
    },
    unit: 'money',
    direction: 'higher',
    requiredInputs: ['impressions', 'likes', 'comments', 'shares', 'saves', 'emv_rates'],
    estimate: true,
  },
  {
    id: 'brand_lift',
    group: 'roi',
    name: { vi: 'Brand lift', en: 'Brand lift' },
    description: {
      vi:
        'Chênh lệch tỷ lệ trả lời tích cực giữa nhóm đã thấy chiến dịch và nhóm đối chứng, kèm giá trị p ' +
        'của kiểm định hai tỷ lệ.',
      en:
        'Difference in positive answers between the exposed and the control group, with the p-value of a ' +
        'two-proportion z-test.',
    },
    formula: { kind: 'custom', method: 'brand_lift' },
    formulaText: {
      vi: '% tích cực (nhóm tiếp xúc) − % tích cực (nhóm đối chứng)',
      en: '%positive(exposed) − %positive(control)',
    },
    unit: 'points',
    direction: 'higher',
    requiredInputs: ['brand_lift_survey'],
    estimate: false,
    bounds: { min: -100, max: 100 },
  },
];
