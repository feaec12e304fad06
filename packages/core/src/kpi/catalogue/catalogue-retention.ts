import type { KpiDefinitionSource } from './catalogue-types';
import { scopeRatio } from './formula-builders';

export const RETENTION_KPIS: readonly KpiDefinitionSource[] = [
  {
    id: 'repeat_purchase_rate',
    group: 'retention',
    name: { vi: 'Tỷ lệ mua lại', en: 'Repeat purchase rate' },
    description: {
      vi: 'Phần khách quay lại mua trong số khách đã mua.',
      en: 'Share of buying customers who were returning customers.',
    },
    formula: scopeRatio(['returning_customers'], ['new_customers', 'returning_customers'], 100),
    formulaText: {
      vi: 'khách quay lại / (khách mới + khách quay lại) × 100',
      en: 'returning_customers / (new_customers + returning_customers) × 100',
    },
    unit: 'percent',
    direction: 'higher',
    requiredInputs: ['new_customers', 'returning_customers'],
    estimate: false,
  },
  {
    id: 'churn_rate',
    group: 'retention',
    name: { vi: 'Tỷ lệ rời bỏ', en: 'Churn rate' },
    description: {
      vi: 'Phần khách hàng đầu kỳ đã rời bỏ trong kỳ.',
      en: 'Share of the customers at the start of the period who were lost during it.',
    },
    formula: scopeRatio(['customers_lost'], ['customers_at_start'], 100),
    formulaText: {
      vi: 'khách rời bỏ / khách đầu kỳ × 100',
      en: 'customers_lost / customers_at_start × 100',
    },
    unit: 'percent',
    direction: 'lower',
    requiredInputs: ['customers_lost', 'customers_at_start'],
    estimate: false,
  },
  {
    id: 'clv',
    group: 'retention',
    name: { vi: 'Giá trị vòng đời', en: 'CLV' },
    description: {
      vi:
        'Doanh thu kỳ vọng từ một khách trong suốt thời gian gắn bó: giá trị đơn trung bình nhân tần suất ' +
        'mua mỗi năm nhân số năm gắn bó (hai giả định do người dùng nhập).',
      en:
        'Expected revenue from one customer over the relationship: average order value × purchases per ' +
        'customer per year × expected years (the last two are assumptions the user enters).',
    },
    formula: { kind: 'custom', method: 'clv' },
    formulaText: {
      vi: '(doanh thu / đơn hàng) × số lần mua mỗi năm × số năm gắn bó',
      en: '(revenue / orders) × purchases per customer per year × expected years',
    },
    unit: 'money',
    direction: 'higher',
    requiredInputs: ['revenue', 'orders', 'customer_lifetime'],
    estimate: false,
  },
  {
    id: 'nps',
    group: 'retention',
    name: { vi: 'NPS', en: 'NPS' },
    description: {
      vi: 'Net Promoter Score: % người chấm 9–10 trừ % người chấm 0–6.',
      en: 'Net Promoter Score: % of answers 9–10 minus % of answers 0–6.',
    },
    formula: { kind: 'custom', method: 'nps' },
    formulaText: { vi: '% điểm 9–10 − % điểm 0–6', en: '% answers 9–10 − % answers 0–6' },
    unit: 'points',
    direction: 'higher',
    requiredInputs: ['nps_answers'],
    estimate: false,
    bounds: { min: -100, max: 100 },
  },
  {
    id: 'response_time',
    group: 'retention',
    name: { vi: 'Thời gian phản hồi', en: 'Response time' },
    description: {
      vi: 'Trung vị số phút từ lúc khách bình luận/nhắn tin đến phản hồi đầu tiên của thương hiệu.',
      en: 'Median minutes from an inbound comment or message to the brand’s first reply.',
    },
    formula: { kind: 'custom', method: 'response_time_median' },
    formulaText: {
      vi: 'trung vị (phản hồi đầu tiên − tin nhắn đến), phút',
      en: 'median(first reply − inbound), minutes',
    },
    unit: 'minutes',
    direction: 'lower',
    requiredInputs: ['response_times'],
    estimate: false,
  },
  {
    id: 'sentiment_score',
    group: 'retention',
    name: { vi: 'Điểm cảm xúc', en: 'Sentiment score' },
    description: {
      vi: 'Cân bằng giữa bình luận tích cực và tiêu cực, từ −100 đến 100.',
      en: 'Balance of positive over negative comments, from −100 to 100.',
    },
    formula: {
      kind: 'net_ratio',
      add: ['sentiment_positive'],
      subtract: ['sentiment_negative'],
      denominator: ['sentiment_positive', 'sentiment_neutral', 'sentiment_negative'],
      scale: 100,
    },
    formulaText: {
      vi: '(tích cực − tiêu cực) / (tích cực + trung tính + tiêu cực) × 100',
      en: '(positive − negative) / (positive + neutral + negative) × 100',
    },
    unit: 'points',
    direction: 'higher',
    requiredInputs: ['sentiment_positive', 'sentiment_neutral', 'sentiment_negative'],
    estimate: false,
    bounds: { min: -100, max: 100 },
  },
];
