export type CommentTag = 'purchase_intent' | 'objection' | 'spam';

export type PurchaseIntentKind =
  | 'price_question'
  | 'availability'
  | 'where_to_buy'
  | 'shipping'
  | 'inbox'
  | 'link'
  | 'order';
export type ObjectionKind =
  | 'too_expensive'
  | 'counterfeit'
  | 'distrust'
  | 'exaggerated_ad'
  | 'scam'
  | 'poor_quality';
export type SpamKind = 'url' | 'phone' | 'advertising' | 'follow_for_follow' | 'seeding_ring';
export type TagKind = PurchaseIntentKind | ObjectionKind | SpamKind;

export interface TagRule {
  tag: CommentTag;
  kind: TagKind;
  /** Matched against the comment lower-cased and without diacritics (same offsets as the original). */
  pattern: RegExp;
  /**
   * Accented words that fold to the same letters but mean something else ("đạt", "đặt" for "đắt"): when the
   * matched span is written with diacritics and contains one of them as a word, it is not a match.
   */
  falseFriends?: readonly string[];
}

const NOT = '(?:khong|ko|k|kh|hok|hong|hem|khum|chang|cha|chua)';
const ASK_END = '(?:khong|ko|k|kh|hok|hong|hem|khum|chua|vay|v|z|a|ah|ak|shop|sh|ad|ban|b|ơi|oi)';

/** Builds a case-insensitive pattern whose ends sit on word boundaries. */
function words(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu');
}

export const TAG_RULES: readonly TagRule[] = [
  // Purchase intent
  {
    tag: 'purchase_intent',
    kind: 'price_question',
    pattern: words(
      `gia (?:bao nhieu|bao nhiu|bn|bnh|bnhieu|nhieu|sao|the nao|ntn|ra sao|ca|ca the nao)|bao nhieu (?:tien|k|vay|v|z|a|shop|1|mot)|bn (?:tien|k|vay|v|a|shop)|(?:xin|cho xin|cho em xin|cho minh xin|cho mik xin|check|ib|inbox) gia|gia ${ASK_END}\\s*\\?|how much|price\\s*\\?|what(?:'s| is) the price`,
    ),
    falseFriends: ['già', 'giả', 'giạ'],
  },
  {
    tag: 'purchase_intent',
    kind: 'availability',
    pattern: words(
      `con hang(?: ${ASK_END})?|het hang chua|con (?:size|sz|mau|sp|san pham|khong|ko|k|hok)(?: ${ASK_END})?|in stock|still available|available\\s*\\?`,
    ),
    falseFriends: ['cơn', 'côn', 'hằng', 'hăng'],
  },
  {
    tag: 'purchase_intent',
    kind: 'where_to_buy',
    pattern: words(
      `mua (?:o|tai|ơ) (?:dau|đau)|mua dau|ban (?:o|tai) dau|dia chi (?:shop|mua|cua hang|ban)|where (?:to|can i|do i|can we) buy|where to get`,
    ),
    falseFriends: ['múa', 'bạn', 'bàn', 'bản', 'bắn'],
  },
  {
    tag: 'purchase_intent',
    kind: 'shipping',
    pattern: words(
      `ship(?: cod| ve| toi| den| tinh| ha noi| hn| sg| hcm)?|cod|giao (?:ve|toi|den) ${ASK_END}`,
    ),
  },
  {
    tag: 'purchase_intent',
    kind: 'inbox',
    pattern: words(
      'check (?:ib|inbox|inb|tin nhan)|ib|inbox|inb|ibx|nhan tin cho (?:em|minh|mik|shop)|dm me|dm',
    ),
  },
  {
    tag: 'purchase_intent',
    kind: 'link',
    pattern: words(
      '(?:cho |xin |cho xin |gui |send )?link (?:mua|sp|san pham|dau|order|shopee|lazada|tiktok|di|voi|buy)|(?:xin|cho xin|gui|cho) link|link\\s*\\?|link pls|link please',
    ),
  },
  {
    tag: 'purchase_intent',
    kind: 'order',
    pattern: words(
      `order|(?:dat|đat) (?:hang|mua|don|1|2|3|mot|hai|ba)|chot don|len don|(?:muon|can|se|dinh|chot) mua|want to buy|i(?:'ll| will) buy`,
    ),
    falseFriends: ['đạt', 'đất', 'đắt', 'dát'],
  },
  // Objections
  {
    tag: 'objection',
    kind: 'too_expensive',
    pattern: words(
      `(?:dat|mac) (?:qua|the|vay|vl|vai|wa|ghe|lam|xiu|so|hon)|hoi (?:dat|mac)|gia (?:cao|chat|hoi cao|cao qua)|(?:qua|hoi|kha) dat|too expensive|overpriced|so expensive|pricey`,
    ),
    falseFriends: ['đạt', 'đặt', 'đất', 'dạt', 'mặc', 'mạc', 'mác', 'gìa'],
  },
  {
    tag: 'objection',
    kind: 'counterfeit',
    pattern: words(
      `hang (?:gia|nhai|fake|dom|rep)|fake|hang (?:khong|ko|k) (?:phai )?(?:chinh hang|auth|that)|${NOT} (?:phai )?(?:chinh hang|auth)|counterfeit|knock[- ]?off|replica|not (?:original|authentic|genuine)`,
    ),
    falseFriends: ['giá', 'già', 'hăng', 'hằng'],
  },
  {
    tag: 'objection',
    kind: 'distrust',
    pattern: words(
      `${NOT} (?:tin|tin tuong|tin duoc|dang tin)|nghi ngo|hoi nghi|dont trust|don't trust|not trust|doubt`,
    ),
    falseFriends: ['tín'],
  },
  {
    tag: 'objection',
    kind: 'exaggerated_ad',
    pattern: words(
      `(?:quang cao|qc|review|rv|pr|noi) (?:lo|qua lo|qua da|sai su that|sai|qua dang|qua len)|lo qua|qua lo|thoi phong|chem gio|false advertising|overhyped|over hyped`,
    ),
    falseFriends: ['lo', 'lò', 'lọ', 'lỗ', 'lộ', 'lở', 'lỡ', 'lơ', 'lô', 'sài', 'qua'],
  },
  {
    tag: 'objection',
    kind: 'scam',
    pattern: words('lua dao|lua (?:tien|khach|nguoi|dao)|bip bom|lua bip|scam(?:mer)?|fraud|rip[- ]?off'),
    falseFriends: ['lúa', 'lụa', 'lửa', 'lưa'],
  },
  {
    tag: 'objection',
    kind: 'poor_quality',
    pattern: words(
      `chat luong (?:kem|te|qua te|thap|do|bet|${NOT} tot|${NOT} on)|(?:hang|sp|san pham|do) (?:kem chat luong|te|loi|hong|dom|kem)|poor quality|bad quality|low quality|cheap quality|broke after`,
    ),
    falseFriends: ['kem', 'tê', 'tế', 'tề', 'lời', 'lội', 'hồng'],
  },
  // Spam and irrelevant
  {
    tag: 'spam',
    kind: 'url',
    pattern:
      /(?:https?:\/\/|www\.)\S+|(?<![\p{L}\p{N}])[a-z0-9-]+\.(?:com|vn|net|org|ly|me|io|shop|link)(?:\/\S*)?/gu,
  },
  { tag: 'spam', kind: 'phone', pattern: /(?<!\d)(?:\+84|84|0)(?:[\s.-]?\d){8,10}(?!\d)/gu },
  {
    tag: 'spam',
    kind: 'advertising',
    pattern: words(
      'kiem tien(?: online| tai nha)?|viec lam them|lam them tai nha|thu nhap (?:thu dong|cao|khung)|vay (?:tien|von) (?:nhanh|online|khong the chap)|(?:tuyen|can) (?:ctv|cong tac vien)|ctv|ghe (?:trang|page|kenh|shop|profile|tuong) (?:cua )?(?:em|minh|mik|toi|e)|inbox de nhan|click (?:vao )?link|xem (?:them )?(?:tai|o) link|check (?:out )?my (?:page|channel|profile|shop)|earn money|make money online|work from home|free followers',
    ),
  },
  {
    tag: 'spam',
    kind: 'follow_for_follow',
    pattern: words(
      '(?:follow|fl|flw|theo doi|sub|tuong tac|like|tim|tha tim) (?:cheo|lai|back)|f4f|follow4follow|follow back|sub4sub|like4like|l4l|fl lai nha',
    ),
  },
];
