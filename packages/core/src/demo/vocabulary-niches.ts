import type { AgeBand, DemoPlatform } from './types';

export type NicheId =
  | 'beauty'
  | 'food'
  | 'fashion'
  | 'parenting'
  | 'tech'
  | 'travel'
  | 'fitness'
  | 'gaming'
  | 'finance'
  | 'education';

export interface NicheProfile {
  /** Stored in `creators.niches`. */
  label: string;
  /** ASCII words used in handles ("linh.an.gi", "quan.tech"). */
  handleWords: readonly string[];
  tags: readonly string[];
  interests: readonly string[];
  /** Share of female followers, as a range. */
  female: [number, number];
  /** Relative weights of the age bands. */
  ages: Record<AgeBand, number>;
  /** Which other platforms creators of this niche also run. */
  platforms: Record<DemoPlatform, number>;
  /** How common the niche is among creators. */
  weight: number;
}

export const NICHES: Record<NicheId, NicheProfile> = {
  beauty: {
    label: 'làm đẹp',
    handleWords: ['beauty', 'makeup', 'skincare', 'lam.dep', 'xinh'],
    tags: ['mỹ phẩm', 'skincare', 'trang điểm', 'review mỹ phẩm', 'da dầu mụn'],
    interests: ['mỹ phẩm', 'chăm sóc da', 'trang điểm', 'nước hoa', 'spa'],
    female: [0.78, 0.93],
    ages: { '13-17': 8, '18-24': 42, '25-34': 36, '35-44': 10, '45+': 4 },
    platforms: { tiktok: 5, instagram: 5, facebook: 3, youtube: 2, zalo: 0 },
    weight: 9,
  },
  food: {
    label: 'ẩm thực',
    handleWords: ['an.gi', 'anuong', 'food', 'doi.bung', 'an.sap'],
    tags: ['food review', 'quán ngon', 'ăn vặt', 'nấu ăn tại nhà'],
    interests: ['ẩm thực', 'quán ăn', 'nấu ăn', 'cà phê', 'đồ uống'],
    female: [0.5, 0.66],
    ages: { '13-17': 8, '18-24': 38, '25-34': 34, '35-44': 13, '45+': 7 },
    platforms: { tiktok: 6, facebook: 4, instagram: 3, youtube: 3, zalo: 0 },
    weight: 9,
  },
  fashion: {
    label: 'thời trang',
    handleWords: ['style', 'ootd', 'mix.do', 'fashion', 'outfit'],
    tags: ['ootd', 'phối đồ', 'local brand', 'thời trang công sở'],
    interests: ['thời trang', 'local brand', 'giày dép', 'phụ kiện', 'mua sắm online'],
    female: [0.65, 0.85],
    ages: { '13-17': 10, '18-24': 46, '25-34': 32, '35-44': 9, '45+': 3 },
    platforms: { instagram: 6, tiktok: 5, facebook: 2, youtube: 1, zalo: 0 },
    weight: 7,
  },
  parenting: {
    label: 'mẹ và bé',
    handleWords: ['me.bim', 'mebe', 'nuoi.con', 'me.va.be', 'nha.co.be'],
    tags: ['mẹ bỉm sữa', 'ăn dặm', 'nuôi con', 'đồ dùng cho bé'],
    interests: ['nuôi dạy con', 'ăn dặm', 'sữa cho bé', 'đồ chơi trẻ em', 'gia đình'],
    female: [0.8, 0.94],
    ages: { '13-17': 1, '18-24': 18, '25-34': 52, '35-44': 22, '45+': 7 },
    platforms: { facebook: 6, tiktok: 4, youtube: 2, instagram: 2, zalo: 2 },
    weight: 7,
  },
  tech: {
    label: 'công nghệ',
    handleWords: ['tech', 'review.do', 'gadget', 'cong.nghe', 'techreview'],
    tags: ['review điện thoại', 'đồ công nghệ', 'unboxing', 'mẹo smartphone'],
    interests: ['điện thoại', 'laptop', 'đồ công nghệ', 'ứng dụng', 'xe điện'],
    female: [0.18, 0.35],
    ages: { '13-17': 10, '18-24': 38, '25-34': 34, '35-44': 13, '45+': 5 },
    platforms: { youtube: 6, tiktok: 5, facebook: 3, instagram: 1, zalo: 0 },
    weight: 5,
  },
  travel: {
    label: 'du lịch',
    handleWords: ['travel', 'di.dau', 'phuot', 'xach.balo', 'di.choi'],
    tags: ['du lịch tự túc', 'review khách sạn', 'homestay', 'check-in'],
    interests: ['du lịch', 'khách sạn', 'ẩm thực địa phương', 'nhiếp ảnh', 'vé máy bay'],
    female: [0.5, 0.68],
    ages: { '13-17': 4, '18-24': 36, '25-34': 38, '35-44': 15, '45+': 7 },
    platforms: { tiktok: 5, instagram: 5, youtube: 4, facebook: 3, zalo: 0 },
    weight: 5,
  },
  fitness: {
    label: 'thể thao',
    handleWords: ['fitness', 'gym', 'chay.bo', 'fit', 'khoe'],
    tags: ['gym', 'chạy bộ', 'eat clean', 'giảm cân', 'yoga'],
    interests: ['thể hình', 'chạy bộ', 'ăn uống lành mạnh', 'đồ thể thao', 'yoga'],
    female: [0.38, 0.6],
    ages: { '13-17': 4, '18-24': 38, '25-34': 38, '35-44': 14, '45+': 6 },
    platforms: { tiktok: 5, instagram: 4, youtube: 3, facebook: 3, zalo: 0 },
    weight: 5,
  },
  gaming: {
    label: 'gaming',
    handleWords: ['gaming', 'game', 'stream', 'gamer', 'pro'],
    tags: ['Liên Quân', 'PUBG Mobile', 'livestream game', 'esports'],
    interests: ['game mobile', 'esports', 'livestream', 'anime', 'đồ công nghệ'],
    female: [0.12, 0.3],
    ages: { '13-17': 30, '18-24': 44, '25-34': 19, '35-44': 5, '45+': 2 },
    platforms: { youtube: 6, tiktok: 5, facebook: 4, instagram: 1, zalo: 0 },
    weight: 4,
  },
  finance: {
    label: 'tài chính cá nhân',
    handleWords: ['tien.bac', 'finance', 'dau.tu', 'money', 'tai.chinh'],
    tags: ['quản lý chi tiêu', 'đầu tư', 'tiết kiệm', 'kiến thức tài chính'],
    interests: ['tài chính cá nhân', 'đầu tư', 'bảo hiểm', 'bất động sản', 'khởi nghiệp'],
    female: [0.35, 0.55],
    ages: { '13-17': 2, '18-24': 28, '25-34': 44, '35-44': 18, '45+': 8 },
    platforms: { youtube: 5, tiktok: 4, facebook: 4, instagram: 1, zalo: 0 },
    weight: 3,
  },
  education: {
    label: 'giáo dục',
    handleWords: ['english', 'hoc.cung', 'teacher', 'edu', 'hoc.ielts'],
    tags: ['học tiếng Anh', 'IELTS', 'kỹ năng mềm', 'du học'],
    interests: ['tiếng Anh', 'du học', 'kỹ năng', 'sách', 'luyện thi'],
    female: [0.55, 0.7],
    ages: { '13-17': 24, '18-24': 44, '25-34': 22, '35-44': 7, '45+': 3 },
    platforms: { tiktok: 5, youtube: 5, facebook: 3, instagram: 2, zalo: 0 },
    weight: 4,
  },
};

export const NICHE_IDS = Object.keys(NICHES) as NicheId[];

/** Niches that go naturally together on one creator. */
export const SECONDARY_NICHES: Record<NicheId, readonly NicheId[]> = {
  beauty: ['fashion', 'fitness', 'parenting'],
  food: ['travel', 'parenting', 'fitness'],
  fashion: ['beauty', 'travel'],
  parenting: ['food', 'education', 'beauty'],
  tech: ['gaming', 'finance', 'education'],
  travel: ['food', 'fashion'],
  fitness: ['food', 'beauty'],
  gaming: ['tech'],
  finance: ['education', 'tech'],
  education: ['finance', 'travel'],
};
