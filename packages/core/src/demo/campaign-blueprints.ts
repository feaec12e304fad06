import type { DemoCampaignStatus, DemoCostCategory, DemoFunnelStage, DemoPlatform, DemoTier } from './types';
import type { NicheId } from './vocabulary-niches';

export interface CampaignBlueprint {
  key: string;
  name: string;
  brand: string;
  description: string;
  status: DemoCampaignStatus;
  funnelStage: DemoFunnelStage;
  competitors: string[];
  /** Budget = planned fees and shared costs × this headroom, rounded to 10 tr. */
  budgetHeadroom: number;
  /** Start date relative to now, and length, in days. */
  startInDays: number;
  durationDays: number;
  createdDaysAgo: number;
  niches: readonly NicheId[];
  /** The audience the brand wants to reach: the campaign's saved fit target (niches are `niches`). */
  audience: {
    ageRange: { min: number; max: number };
    genders: readonly ('female' | 'male')[];
    locations: readonly string[];
    interests: readonly string[];
  };
  /** Platforms whose creators are preferred after niche fit. */
  platforms: readonly DemoPlatform[];
  tierMix: Partial<Record<DemoTier, number>>;
  kpis: readonly { kpiId: string; target: number }[];
  /** `{code}` is the creator's promo code. */
  captions: readonly string[];
  hashtags: readonly string[];
  brandHandle: string;
  promoPrefix: string;
  /** Order values, VND. */
  basket: readonly number[];
  /** Approved orders per click, and leads per click. */
  orderRate: [number, number];
  leadRate: [number, number];
  comments: readonly string[];
  otherCosts: readonly { category: DemoCostCategory; amount: number; note: string; dayInCampaign: number }[];
}

export const CAMPAIGN_BLUEPRINTS: readonly CampaignBlueprint[] = [
  {
    key: 'camp-moclam',
    name: 'Ra mắt sữa hạt Mộc Lam',
    brand: 'Sữa hạt Mộc Lam',
    description:
      'Ra mắt dòng sữa hạt óc chó – hạnh nhân không đường. Mục tiêu: bán hàng qua mã giảm giá riêng của từng KOL/KOC trên sàn và website.',
    status: 'completed',
    funnelStage: 'conversion',
    competitors: ['Sữa hạt Hạt Vàng', 'Sữa óc chó Đồng Xanh'],
    budgetHeadroom: 1.03,
    startInDays: -118,
    durationDays: 31,
    createdDaysAgo: 140,
    niches: ['food', 'parenting', 'fitness', 'beauty'],
    audience: {
      ageRange: { min: 22, max: 44 },
      genders: ['female', 'male'],
      locations: ['TP. Hồ Chí Minh', 'Hà Nội', 'Đà Nẵng'],
      interests: ['ăn uống lành mạnh', 'sữa cho bé', 'đồ uống', 'thể hình'],
    },
    platforms: ['tiktok', 'facebook', 'instagram', 'youtube'],
    tierMix: { mega: 1, macro: 2, micro: 4, nano: 4, koc: 2 },
    kpis: [
      { kpiId: 'impressions', target: 3_000_000 },
      { kpiId: 'engagement_rate', target: 0.8 },
      { kpiId: 'conversions', target: 800 },
      { kpiId: 'cpa', target: 500_000 },
      { kpiId: 'roi', target: 15 },
    ],
    captions: [
      'Bữa sáng 5 phút với sữa hạt Mộc Lam 🥛 ít ngọt, nhiều hạt, cả nhà đều mê. Nhập mã {code} giảm 15% nha!',
      'Thử thách 7 ngày thay sữa bò bằng sữa hạt Mộc Lam — kết quả bất ngờ 😮 Mã {code} ở bình luận ghim',
      'Mẹ bầu uống sữa hạt được không? Mình chọn Mộc Lam vì không đường, không chất bảo quản 🌰 Mã {code}',
      'Sau buổi tập mình uống gì? Sữa hạt óc chó Mộc Lam 💪 Link mua ở bio, nhập mã {code}',
    ],
    hashtags: ['#MộcLam', '#SữaHạtMộcLam', '#sữahạt'],
    brandHandle: '@suahatmoclam',
    promoPrefix: 'MOCLAM',
    basket: [259_000, 359_000, 359_000, 459_000, 559_000, 689_000],
    orderRate: [0.08, 0.14],
    leadRate: [0.03, 0.06],
    comments: [
      'Sữa này uống có ngọt không ạ?',
      'Mẹ bầu uống được không chị',
      'Có bán ở Bách Hóa Xanh không shop',
      'Mình uống thử rồi, béo mà không ngấy 👍',
      'Giá 1 thùng bao nhiêu vậy ạ',
      'Hơi đắt so với sữa hạt tự làm',
    ],
    otherCosts: [
      {
        category: 'production',
        amount: 35_000_000,
        note: 'Chụp ảnh sản phẩm, quay video mẫu cho KOL',
        dayInCampaign: -10,
      },
      {
        category: 'media',
        amount: 30_000_000,
        note: 'Boost bài KOL trên Facebook (đợt 1)',
        dayInCampaign: 5,
      },
      {
        category: 'media',
        amount: 25_000_000,
        note: 'Quảng cáo TikTok Spark Ads (đợt 2)',
        dayInCampaign: 15,
      },
      {
        category: 'customer_care',
        amount: 10_000_000,
        note: 'Trực fanpage, trả lời inbox và bình luận',
        dayInCampaign: 30,
      },
      { category: 'other', amount: 5_000_000, note: 'Gửi sản phẩm mẫu cho KOC', dayInCampaign: -5 },
    ],
  },
  {
    key: 'camp-may',
    name: 'Trà sữa Mây – Ra mắt topping thạch đào',
    brand: 'Trà sữa Mây',
    description:
      'Giới thiệu menu mới và topping thạch đào tới học sinh, sinh viên; đo tương tác, lượt xem và đơn đặt qua app bằng mã giảm giá.',
    status: 'live',
    funnelStage: 'engagement',
    competitors: ['Trà sữa Gió', 'Trà Chanh Phố'],
    budgetHeadroom: 1.08,
    startInDays: -14,
    durationDays: 28,
    createdDaysAgo: 35,
    niches: ['food', 'education', 'gaming', 'fashion', 'travel'],
    audience: {
      ageRange: { min: 15, max: 24 },
      genders: ['female', 'male'],
      locations: ['TP. Hồ Chí Minh', 'Hà Nội', 'Cần Thơ'],
      interests: ['đồ uống', 'quán ăn', 'game mobile', 'mua sắm online'],
    },
    platforms: ['tiktok', 'instagram'],
    tierMix: { macro: 2, micro: 4, nano: 4, koc: 2 },
    kpis: [
      { kpiId: 'video_views', target: 150_000 },
      { kpiId: 'engagement_rate', target: 1.2 },
      { kpiId: 'ctr', target: 1 },
      { kpiId: 'conversions', target: 220 },
      { kpiId: 'sentiment_score', target: 40 },
    ],
    captions: [
      'Trời nóng thế này thì phải có ly trà sữa Mây 🧋 Topping thạch đào mới siêu giòn! Mã {code} giảm 20K',
      'Review full menu mới của Trà sữa Mây, món nào đáng thử nhất? 🤔 Dùng mã {code} khi đặt app nha',
      'Học bài khuya mà có trà sữa Mây thì hết buồn ngủ 😆 Nhập {code} giảm ngay',
      'Mua 1 tặng 1 cuối tuần ở Trà sữa Mây, chạy ngay đi mọi người 🏃‍♀️ Mã {code}',
    ],
    hashtags: ['#TràSữaMây', '#MâyThạchĐào', '#trasua'],
    brandHandle: '@trasuamay',
    promoPrefix: 'MAY',
    basket: [45_000, 59_000, 78_000, 96_000, 118_000, 156_000],
    orderRate: [0.12, 0.22],
    leadRate: [0, 0],
    comments: [
      'Trà sữa Mây có ở Cần Thơ chưa ạ',
      'Topping thạch đào giòn thật sự 😋',
      'Ngọt quá nha, lần sau chọn 50% đường',
      'Mã còn dùng được không ạ',
      'Chi nhánh gần ĐH Bách Khoa có không',
      'Mua về bị đổ mất một nửa 😤',
    ],
    otherCosts: [
      {
        category: 'production',
        amount: 28_000_000,
        note: 'Thiết kế ấn phẩm và quay video mẫu menu mới',
        dayInCampaign: -7,
      },
      {
        category: 'media',
        amount: 20_000_000,
        note: 'Quảng cáo TikTok cho video KOC (tuần 1)',
        dayInCampaign: 3,
      },
      { category: 'media', amount: 18_000_000, note: 'Boost bài Facebook (tuần 2)', dayInCampaign: 10 },
      {
        category: 'customer_care',
        amount: 6_000_000,
        note: 'Trực inbox, xử lý khiếu nại đơn giao trễ',
        dayInCampaign: 12,
      },
    ],
  },
  {
    key: 'camp-senviet',
    name: 'Sen Việt – Ra mắt bộ dưỡng da thuần chay',
    brand: 'Mỹ phẩm Sen Việt',
    description:
      'Tăng nhận biết cho bộ dưỡng da chiết xuất sen Đồng Tháp trước đợt mua sắm lớn; KOL làm đẹp và thời trang, ưu tiên khán giả nữ 18–34 ở TP. HCM và Hà Nội.',
    status: 'planned',
    funnelStage: 'awareness',
    competitors: ['Mỹ phẩm Hoa Cúc', 'Thảo mộc Lá Xanh'],
    budgetHeadroom: 1.12,
    startInDays: 21,
    durationDays: 35,
    createdDaysAgo: 6,
    niches: ['beauty', 'fashion', 'parenting'],
    audience: {
      ageRange: { min: 18, max: 34 },
      genders: ['female'],
      locations: ['TP. Hồ Chí Minh', 'Hà Nội'],
      interests: ['chăm sóc da', 'mỹ phẩm', 'trang điểm', 'thời trang'],
    },
    platforms: ['instagram', 'tiktok', 'youtube'],
    tierMix: { mega: 1, macro: 2, micro: 3, nano: 2 },
    kpis: [
      { kpiId: 'impressions', target: 4_000_000 },
      { kpiId: 'reach', target: 2_500_000 },
      { kpiId: 'video_views', target: 3_000_000 },
      { kpiId: 'share_of_voice', target: 30 },
      { kpiId: 'cpm', target: 100_000 },
    ],
    captions: [],
    hashtags: ['#SenViệt'],
    brandHandle: '@mypham.senviet',
    promoPrefix: 'SENVIET',
    basket: [],
    orderRate: [0, 0],
    leadRate: [0, 0],
    comments: [],
    otherCosts: [
      {
        category: 'production',
        amount: 15_000_000,
        note: 'Đặt cọc studio chụp bộ ảnh sản phẩm',
        dayInCampaign: -25,
      },
    ],
  },
];

export const AD_DISCLOSURES = ['#quangcao', '#hợptác', '#ad', 'Hợp tác cùng {brandHandle}'] as const;
