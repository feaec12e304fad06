export type RiskCategory =
  | 'scandal'
  | 'controversy'
  | 'gambling'
  | 'alcohol'
  | 'adult'
  | 'politics'
  | 'violence';

export const RISK_CATEGORIES: readonly RiskCategory[] = [
  'scandal',
  'controversy',
  'gambling',
  'alcohol',
  'adult',
  'politics',
  'violence',
];

/**
 * A term and how it is matched, always on whole words:
 * - 'folded' (default): accent-insensitive, so "co bac" finds "cờ bạc" and teencode without accents.
 * - 'exact': the diacritics must match. Used for short Vietnamese words whose accent-folded form
 *   is another common word: "nhậu" → "nhau" (each other), "đảng" → "dang" (đang, "currently"),
 *   "bia" (beer) vs "bìa" (cover), "súng" → "sung" (sung sướng). The price: text typed without
 *   accents does not match these words; multi-word folded phrases ("uống bia") cover the
 *   commonest unaccented uses.
 */
export interface RiskTerm {
  text: string;
  match?: 'folded' | 'exact';
}

const folded = (...texts: string[]): RiskTerm[] => texts.map((text) => ({ text }));
const exact = (...texts: string[]): RiskTerm[] => texts.map((text) => ({ text, match: 'exact' as const }));

/** Default lists, deliberately short: every term should rarely appear in harmless posts. */
export const DEFAULT_RISK_TERMS: Readonly<Record<RiskCategory, readonly RiskTerm[]>> = {
  scandal: [
    ...folded('bê bối', 'bóc phốt', 'phốt', 'lùm xùm', 'tai tiếng', 'ngoại tình', 'lừa đảo', 'trốn thuế'),
    ...folded('bị bắt', 'khởi tố', 'bị tố', 'tố cáo', 'scandal', 'fraud', 'scam', 'arrested', 'lawsuit'),
  ],
  controversy: [
    ...folded('gây tranh cãi', 'phát ngôn gây sốc', 'phản cảm', 'kỳ thị', 'miệt thị', 'xúc phạm', 'tẩy chay'),
    ...folded('phân biệt chủng tộc', 'body shaming', 'controversial', 'controversy', 'offensive', 'racist'),
    ...folded('boycott', 'backlash'),
  ],
  gambling: [
    ...folded('cờ bạc', 'đánh bạc', 'cá độ', 'nhà cái', 'lô đề', 'số đề', 'tài xỉu', 'nổ hũ', 'game bài'),
    ...folded('soi kèo', 'kèo nhà cái', 'casino', 'gambling', 'betting', 'sportsbook', 'poker', 'slot game'),
  ],
  alcohol: [
    ...folded('rượu', 'uống bia', 'bia hơi', 'bia tươi', 'bia rượu', 'say rượu', 'beer', 'vodka', 'whisky'),
    ...folded('whiskey', 'soju', 'cocktail', 'liquor', 'drunk'),
    ...exact('bia', 'nhậu', 'say xỉn'),
  ],
  adult: [
    ...folded('khiêu dâm', 'nội dung người lớn', 'khỏa thân', 'clip nóng', 'lộ hàng', 'ảnh nóng', '18+'),
    ...folded('sex', 'porn', 'nude', 'nudes', 'onlyfans', 'nsfw', 'xxx'),
  ],
  politics: [
    ...folded('chính trị', 'biểu tình', 'phản động', 'chính phủ', 'bầu cử', 'tuyên truyền'),
    ...folded('politics', 'political', 'election', 'protest', 'propaganda'),
    ...exact('đảng'),
  ],
  violence: [
    ...folded('bạo lực', 'đánh nhau', 'giết', 'đâm chém', 'hành hung', 'tự tử', 'tự sát', 'khủng bố'),
    ...folded('violence', 'violent', 'murder', 'shooting', 'assault', 'terrorist', 'suicide'),
    ...exact('súng'),
  ],
};

/**
 * Words and hashtags that disclose an ad or a paid collaboration (Vietnamese and English). A
 * multi-word term also matches its hashtag form, so "quảng cáo" covers "#quangcao".
 */
export const AD_DISCLOSURE_TERMS: readonly RiskTerm[] = folded(
  'quảng cáo',
  'hợp tác',
  'tài trợ',
  'nhà tài trợ',
  'đối tác',
  'đại sứ thương hiệu',
  '#ad',
  '#ads',
  'sponsored',
  '#sponsored',
  'paid partnership',
  'in partnership with',
  'brand ambassador',
  '#collab',
  'collab',
);
