import { foldDiacritics } from '../text';

/**
 * Vietnam's 63 provinces and centrally-run cities as platforms report audience locations
 * (pre-2025 units), with common aliases: abbreviations, spellings without spaces, and the main
 * city of a province ("Nha Trang" → Khánh Hòa). Matching is accent- and case-insensitive.
 */
const PROVINCES: Record<string, readonly string[]> = {
  'An Giang': ['long xuyen', 'chau doc'],
  'Bà Rịa – Vũng Tàu': ['vung tau', 'brvt', 'br vt', 'ba ria'],
  'Bắc Giang': [],
  'Bắc Kạn': ['bac can'],
  'Bạc Liêu': [],
  'Bắc Ninh': [],
  'Bến Tre': [],
  'Bình Định': ['quy nhon'],
  'Bình Dương': ['thu dau mot'],
  'Bình Phước': [],
  'Bình Thuận': ['phan thiet', 'mui ne'],
  'Cà Mau': [],
  'Cần Thơ': [],
  'Cao Bằng': [],
  'Đà Nẵng': [],
  'Đắk Lắk': ['dac lac', 'buon ma thuot', 'buon me thuot', 'bmt'],
  'Đắk Nông': ['dac nong', 'gia nghia'],
  'Điện Biên': ['dien bien phu'],
  'Đồng Nai': ['bien hoa'],
  'Đồng Tháp': ['cao lanh', 'sa dec'],
  'Gia Lai': ['pleiku'],
  'Hà Giang': [],
  'Hà Nam': ['phu ly'],
  'Hà Nội': ['hn', 'tphn'],
  'Hà Tĩnh': [],
  'Hải Dương': [],
  'Hải Phòng': ['hp'],
  'Hậu Giang': ['vi thanh'],
  'Hòa Bình': [],
  'Hưng Yên': [],
  'Khánh Hòa': ['nha trang', 'cam ranh'],
  'Kiên Giang': ['phu quoc', 'rach gia'],
  'Kon Tum': [],
  'Lai Châu': [],
  'Lâm Đồng': ['da lat', 'bao loc'],
  'Lạng Sơn': [],
  'Lào Cai': ['sa pa'],
  'Long An': ['tan an'],
  'Nam Định': [],
  'Nghệ An': [],
  'Ninh Bình': [],
  'Ninh Thuận': ['phan rang'],
  'Phú Thọ': ['viet tri'],
  'Phú Yên': ['tuy hoa'],
  'Quảng Bình': ['dong hoi'],
  'Quảng Nam': ['hoi an', 'tam ky'],
  'Quảng Ngãi': [],
  'Quảng Ninh': ['ha long'],
  'Quảng Trị': ['dong ha'],
  'Sóc Trăng': [],
  'Sơn La': [],
  'Tây Ninh': [],
  'Thái Bình': [],
  'Thái Nguyên': [],
  'Thanh Hóa': [],
  'Thừa Thiên Huế': ['hue', 'tt hue'],
  'Tiền Giang': ['my tho'],
  'TP. Hồ Chí Minh': ['hcm', 'tphcm', 'hcmc', 'sai gon', 'sg'],
  'Trà Vinh': [],
  'Tuyên Quang': [],
  'Vĩnh Long': [],
  'Vĩnh Phúc': ['vinh yen'],
  'Yên Bái': [],
};

const LEADING = ['thanh pho', 'tp', 'tinh', 'city of', 'province of'];
const TRAILING = ['viet nam', 'vietnam', 'vn', 'city', 'province', 'thanh pho'];

function stripAffixes(words: string): string {
  let result = words;
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of LEADING) {
      if (result.startsWith(`${prefix} `)) {
        result = result.slice(prefix.length + 1);
        changed = true;
      }
    }
    for (const suffix of TRAILING) {
      if (result.endsWith(` ${suffix}`)) {
        result = result.slice(0, -suffix.length - 1);
        changed = true;
      }
    }
  }
  return result;
}

/** Folds, drops punctuation and administrative words, then removes spaces: "TP. Hồ Chí Minh" → "hochiminh". */
export function locationKey(name: string): string {
  const words = foldDiacritics(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return stripAffixes(words).replace(/ /g, '');
}

const BY_KEY = new Map<string, string>();
for (const [province, aliases] of Object.entries(PROVINCES)) {
  for (const alias of [province, ...aliases]) BY_KEY.set(locationKey(alias), province);
}

export interface CanonicalLocation {
  /** Stable comparison key: the province's key when known, else the input's own key. */
  id: string;
  /** The province's Vietnamese name when the location is a known province or alias. */
  province: string | null;
}

export function canonicalLocation(name: string): CanonicalLocation {
  const key = locationKey(name);
  const province = BY_KEY.get(key) ?? null;
  return { id: province === null ? key : locationKey(province), province };
}
