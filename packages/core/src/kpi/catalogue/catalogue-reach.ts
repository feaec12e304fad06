import type { KpiDefinitionSource } from './catalogue-types';
import { perPostRatio, scopeRatio, sumOf } from './formula-builders';

export const REACH_KPIS: readonly KpiDefinitionSource[] = [
  {
    id: 'impressions',
    group: 'reach',
    name: { vi: 'Lượt hiển thị', en: 'Impressions' },
    description: {
      vi: 'Số lần các bài đăng được hiển thị, tính cả những lần một người thấy lại.',
      en: 'How many times the posts were displayed, counting repeat displays to the same person.',
    },
    formula: sumOf('impressions'),
    formulaText: { vi: 'Σ lượt hiển thị', en: 'Σ impressions' },
    unit: 'count',
    direction: 'higher',
    requiredInputs: ['impressions'],
    estimate: false,
  },
  {
    id: 'reach',
    group: 'reach',
    name: { vi: 'Lượt tiếp cận', en: 'Reach' },
    description: {
      vi:
        'Tổng lượt tiếp cận của từng bài. Một người thấy nhiều bài được tính ở mỗi bài: tiếp cận đã loại trùng ' +
        'không đo được nên không được khẳng định.',
      en:
        'Sum of each post’s reach. A person reached by several posts counts once per post: de-duplicated ' +
        'reach is not observable and is not claimed.',
    },
    formula: sumOf('reach'),
    formulaText: { vi: 'Σ lượt tiếp cận của từng bài', en: 'Σ per-post reach' },
    unit: 'count',
    direction: 'higher',
    requiredInputs: ['reach'],
    estimate: false,
  },
  {
    id: 'video_views',
    group: 'reach',
    name: { vi: 'Lượt xem', en: 'Video views' },
    description: { vi: 'Tổng lượt xem video của các bài đăng.', en: 'Total video views of the posts.' },
    formula: sumOf('views'),
    formulaText: { vi: 'Σ lượt xem', en: 'Σ views' },
    unit: 'count',
    direction: 'higher',
    requiredInputs: ['views'],
    estimate: false,
  },
  {
    id: 'reach_rate',
    group: 'reach',
    name: { vi: 'Tỷ lệ tiếp cận', en: 'Reach rate' },
    description: {
      vi: 'Phần trăm người theo dõi mà bài đăng tiếp cận được.',
      en: 'The share of an account’s followers that its posts reached.',
    },
    formula: perPostRatio('reach', 'followers', 100),
    formulaText: { vi: 'tiếp cận / người theo dõi × 100', en: 'reach / followers × 100' },
    unit: 'percent',
    direction: 'higher',
    requiredInputs: ['reach', 'followers'],
    estimate: false,
  },
  {
    id: 'follower_growth_rate',
    group: 'reach',
    name: { vi: 'Tăng trưởng người theo dõi', en: 'Follower growth rate' },
    description: {
      vi: 'Mức tăng số người theo dõi trong khoảng thời gian, so với đầu kỳ.',
      en: 'How much the follower count grew over the date range, relative to its start.',
    },
    formula: { kind: 'custom', method: 'follower_growth' },
    formulaText: {
      vi: '(người theo dõi cuối kỳ − người theo dõi đầu kỳ) / người theo dõi đầu kỳ × 100',
      en: '(followers_end − followers_start) / followers_start × 100',
    },
    unit: 'percent',
    direction: 'higher',
    requiredInputs: ['follower_snapshots'],
    estimate: false,
  },
  {
    id: 'share_of_voice',
    group: 'reach',
    name: { vi: 'Thị phần thảo luận', en: 'Share of voice' },
    description: {
      vi: 'Phần thảo luận nhắc tới thương hiệu so với tổng lượt nhắc thương hiệu và đối thủ.',
      en: 'The brand’s share of all mentions of the brand and its competitors.',
    },
    formula: scopeRatio(['brand_mentions'], ['brand_mentions', 'competitor_mentions'], 100),
    formulaText: {
      vi: 'lượt nhắc thương hiệu / (lượt nhắc thương hiệu + Σ lượt nhắc đối thủ) × 100',
      en: 'brand_mentions / (brand_mentions + Σ competitor_mentions) × 100',
    },
    unit: 'percent',
    direction: 'higher',
    requiredInputs: ['brand_mentions', 'competitor_mentions'],
    estimate: false,
  },
];
