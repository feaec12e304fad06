import { foldDiacritics } from '../text';

export const CREATOR_IMPORT_FIELDS = [
  'name',
  'platform',
  'handle',
  'url',
  'followers',
  'email',
  'phone',
  'location',
  'niches',
  'tags',
  'fee',
  'bio',
  'notes',
  'status',
] as const;
export type CreatorImportField = (typeof CREATOR_IMPORT_FIELDS)[number];

/** Header texts people use for each field, Vietnamese and English (compared accent-folded, spacing-free). */
export const CREATOR_HEADER_SYNONYMS: Record<CreatorImportField, string[]> = {
  name: [
    'tên',
    'họ tên',
    'họ và tên',
    'tên kol',
    'tên koc',
    'tên nhà sáng tạo',
    'name',
    'full name',
    'creator',
    'kol',
    'influencer',
    'creator name',
  ],
  platform: ['nền tảng', 'kênh', 'mạng xã hội', 'mxh', 'platform', 'network', 'channel'],
  handle: [
    'tài khoản',
    'tên tài khoản',
    'id',
    'username',
    'user name',
    'handle',
    'account',
    'tiktok id',
    'nick',
  ],
  url: [
    'link',
    'đường dẫn',
    'link kênh',
    'link tài khoản',
    'url',
    'profile url',
    'profile link',
    'channel url',
  ],
  followers: [
    'số người theo dõi',
    'người theo dõi',
    'lượt theo dõi',
    'số follow',
    'follower',
    'followers',
    'lượng follow',
    'subscribers',
    'sub',
    'số sub',
    'fan',
  ],
  email: ['email', 'e-mail', 'thư điện tử', 'mail'],
  phone: ['số điện thoại', 'điện thoại', 'sđt', 'sdt', 'phone', 'phone number', 'mobile', 'zalo'],
  location: [
    'khu vực',
    'địa điểm',
    'tỉnh thành',
    'tỉnh/thành',
    'thành phố',
    'địa chỉ',
    'location',
    'city',
    'province',
    'region',
  ],
  niches: ['lĩnh vực', 'ngách', 'chủ đề', 'ngành hàng', 'niche', 'niches', 'category', 'categories', 'topic'],
  tags: ['thẻ', 'nhãn', 'tag', 'tags', 'label'],
  fee: ['giá', 'phí', 'chi phí', 'báo giá', 'giá booking', 'rate', 'fee', 'price', 'cost', 'rate card'],
  bio: ['giới thiệu', 'mô tả', 'tiểu sử', 'bio', 'description', 'about'],
  notes: ['ghi chú', 'lưu ý', 'note', 'notes', 'comment', 'remarks'],
  status: ['trạng thái', 'tình trạng', 'status', 'stage'],
};

/** The comparison key of a header: accent-folded, lower-case, punctuation and spaces removed. */
export function headerKey(header: string): string {
  return foldDiacritics(header).replace(/[^a-z0-9]+/g, '');
}

const SYNONYM_INDEX = new Map<string, CreatorImportField>(
  CREATOR_IMPORT_FIELDS.flatMap((field) =>
    CREATOR_HEADER_SYNONYMS[field].map((synonym) => [headerKey(synonym), field] as const),
  ),
);

/**
 * Suggests a field per column: a mapping the workspace confirmed before wins, then a synonym; a field is given to
 * its first column only (a duplicated header stays unmapped and is reported).
 */
export function suggestMapping(
  headers: readonly string[],
  remembered: ReadonlyMap<string, string> = new Map(),
): (CreatorImportField | null)[] {
  const taken = new Set<string>();
  return headers.map((header) => {
    const key = headerKey(header);
    const rememberedField = remembered.get(key);
    const field =
      rememberedField && (CREATOR_IMPORT_FIELDS as readonly string[]).includes(rememberedField)
        ? (rememberedField as CreatorImportField)
        : (SYNONYM_INDEX.get(key) ?? null);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}
