import type { KpiDefinitionSource } from './catalogue-types';
import { perPostRatio, sumOf } from './formula-builders';

function percentPerPost(
  id: KpiDefinitionSource['id'],
  name: KpiDefinitionSource['name'],
  description: KpiDefinitionSource['description'],
  numerator: 'engagements' | 'shares' | 'likes' | 'comments' | 'clicks',
  denominator: 'followers' | 'reach' | 'impressions' | 'views',
  formulaText: KpiDefinitionSource['formulaText'],
): KpiDefinitionSource {
  return {
    id,
    group: 'engagement',
    name,
    description,
    formula: perPostRatio(numerator, denominator, 100),
    formulaText,
    unit: 'percent',
    direction: 'higher',
    requiredInputs: [numerator, denominator],
    estimate: false,
  };
}

export const ENGAGEMENT_KPIS: readonly KpiDefinitionSource[] = [
  {
    id: 'engagements',
    group: 'engagement',
    name: { vi: 'Lượt tương tác', en: 'Engagements' },
    description: {
      vi: 'Tổng các tương tác đã ghi nhận của bài đăng; thành phần nào nền tảng không báo thì được liệt kê là thiếu.',
      en: 'Sum of a post’s recorded interactions; components the platform does not report are listed as missing.',
    },
    formula: sumOf('engagements'),
    formulaText: { vi: 'thích + bình luận + chia sẻ + lưu', en: 'likes + comments + shares + saves' },
    unit: 'count',
    direction: 'higher',
    requiredInputs: ['likes', 'comments', 'shares', 'saves'],
    estimate: false,
  },
  percentPerPost(
    'engagement_rate',
    { vi: 'Tỷ lệ tương tác', en: 'ER (by followers)' },
    {
      vi: 'Tương tác so với số người theo dõi của tài khoản lúc đăng bài.',
      en: 'Engagements relative to the account’s followers when the post was published.',
    },
    'engagements',
    'followers',
    { vi: 'tương tác / người theo dõi × 100', en: 'engagements / followers × 100' },
  ),
  {
    id: 'engagement_rate_median',
    group: 'engagement',
    name: { vi: 'Trung vị tỷ lệ tương tác', en: 'Median ER (by followers)' },
    description: {
      vi: 'Trung vị ER của từng bài; ít bị ảnh hưởng bởi một bài đột biến hơn ER gộp.',
      en: 'Median of the per-post ER; less swayed by one outlier post than the pooled ER.',
    },
    formula: { kind: 'median_per_post', of: 'engagement_rate' },
    formulaText: {
      vi: 'trung vị của (tương tác / người theo dõi × 100) từng bài',
      en: 'median over posts of engagements / followers × 100',
    },
    unit: 'percent',
    direction: 'higher',
    requiredInputs: ['likes', 'comments', 'shares', 'saves', 'followers'],
    estimate: false,
  },
  percentPerPost(
    'er_reach',
    { vi: 'ER theo tiếp cận', en: 'ER by reach' },
    {
      vi: 'Tương tác so với số người đã thấy bài.',
      en: 'Engagements relative to the people who saw the post.',
    },
    'engagements',
    'reach',
    { vi: 'tương tác / tiếp cận × 100', en: 'engagements / reach × 100' },
  ),
  percentPerPost(
    'er_impressions',
    { vi: 'ER theo hiển thị', en: 'ER by impressions' },
    {
      vi: 'Tương tác so với số lần bài được hiển thị.',
      en: 'Engagements relative to how often the post was shown.',
    },
    'engagements',
    'impressions',
    { vi: 'tương tác / lượt hiển thị × 100', en: 'engagements / impressions × 100' },
  ),
  percentPerPost(
    'er_views',
    { vi: 'ER theo lượt xem', en: 'ER by views' },
    {
      vi: 'Tương tác so với lượt xem video; cách TikTok thường báo ER.',
      en: 'Engagements relative to video views; how TikTok ER is usually reported.',
    },
    'engagements',
    'views',
    { vi: 'tương tác / lượt xem × 100', en: 'engagements / views × 100' },
  ),
  percentPerPost(
    'amplification_rate',
    { vi: 'Tỷ lệ lan truyền', en: 'Amplification rate' },
    {
      vi: 'Lượt chia sẻ so với người theo dõi: người xem mang nội dung đi xa đến đâu.',
      en: 'Shares relative to followers: how far the audience carries the content.',
    },
    'shares',
    'followers',
    { vi: 'chia sẻ / người theo dõi × 100', en: 'shares / followers × 100' },
  ),
  percentPerPost(
    'applause_rate',
    { vi: 'Tỷ lệ tán thưởng', en: 'Applause rate' },
    { vi: 'Lượt thích so với người theo dõi.', en: 'Likes relative to followers.' },
    'likes',
    'followers',
    { vi: 'thích / người theo dõi × 100', en: 'likes / followers × 100' },
  ),
  percentPerPost(
    'conversation_rate',
    { vi: 'Tỷ lệ thảo luận', en: 'Conversation rate' },
    { vi: 'Bình luận so với người theo dõi.', en: 'Comments relative to followers.' },
    'comments',
    'followers',
    { vi: 'bình luận / người theo dõi × 100', en: 'comments / followers × 100' },
  ),
  percentPerPost(
    'virality_rate',
    { vi: 'Tỷ lệ viral', en: 'Virality rate' },
    { vi: 'Lượt chia sẻ so với lượt hiển thị.', en: 'Shares relative to impressions.' },
    'shares',
    'impressions',
    { vi: 'chia sẻ / lượt hiển thị × 100', en: 'shares / impressions × 100' },
  ),
  percentPerPost(
    'ctr',
    { vi: 'Tỷ lệ nhấp', en: 'CTR' },
    { vi: 'Lượt nhấp liên kết so với lượt hiển thị.', en: 'Link clicks relative to impressions.' },
    'clicks',
    'impressions',
    { vi: 'lượt nhấp / lượt hiển thị × 100', en: 'clicks / impressions × 100' },
  ),
];
