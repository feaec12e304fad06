import { headerKey, parseHumanNumber } from '../spreadsheet';
import type { FollowerField } from './follower-profile';

/** Header texts people use for each follower-profile column, Vietnamese and English (compared accent-folded). */
export const FOLLOWER_SAMPLE_HEADER_SYNONYMS: Record<FollowerField, readonly string[]> = {
  username: ['username', 'user name', 'handle', 'tài khoản', 'tên tài khoản', 'tên người dùng', 'id'],
  followers: [
    'followers',
    'follower',
    'follower count',
    'followerCount',
    'userFollowerCount',
    'số người theo dõi',
    'người theo dõi',
    'lượt theo dõi',
    'số follower',
  ],
  following: [
    'following',
    'following count',
    'followingCount',
    'userFollowingCount',
    'đang theo dõi',
    'số đang theo dõi',
    'số người đang theo dõi',
  ],
  posts: [
    'posts',
    'post count',
    'postsCount',
    'media count',
    'mediaCount',
    'userMediaCount',
    'bài đăng',
    'số bài đăng',
    'bài viết',
    'số bài viết',
  ],
  hasProfilePicture: [
    'has picture',
    'picture',
    'has profile picture',
    'profile picture',
    'hasProfilePicture',
    'userHasProfilPic',
    'avatar',
    'ảnh đại diện',
    'có ảnh đại diện',
    'có ảnh',
  ],
  isPrivate: ['private', 'is private', 'isPrivate', 'userIsPrivate', 'riêng tư', 'tài khoản riêng tư'],
  biography: ['bio', 'biography', 'tiểu sử', 'giới thiệu'],
  biographyLength: [
    'bio length',
    'biography length',
    'biographyLength',
    'userBiographyLength',
    'độ dài tiểu sử',
    'độ dài bio',
  ],
  usernameDigitCount: [
    'username digits',
    'digits in username',
    'usernameDigitCount',
    'số chữ số trong tên',
    'chữ số trong tên người dùng',
    'số chữ số tên người dùng',
  ],
  usernameLength: ['username length', 'usernameLength', 'độ dài tên người dùng', 'độ dài tên'],
};

const COUNT_FIELDS = new Set<FollowerField>([
  'followers',
  'following',
  'posts',
  'biographyLength',
  'usernameDigitCount',
  'usernameLength',
]);

const SYNONYM_INDEX = new Map<string, FollowerField>(
  (Object.keys(FOLLOWER_SAMPLE_HEADER_SYNONYMS) as FollowerField[]).flatMap((field) =>
    FOLLOWER_SAMPLE_HEADER_SYNONYMS[field].map((synonym) => [headerKey(synonym), field] as const),
  ),
);

/** The field of each column; a field goes to its first column only, unknown headers are null. */
export function mapFollowerSampleHeaders(headers: readonly string[]): (FollowerField | null)[] {
  const taken = new Set<FollowerField>();
  return headers.map((header) => {
    const field = SYNONYM_INDEX.get(headerKey(header)) ?? null;
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

export interface SheetLikeRow {
  /** Row number as the spreadsheet shows it (1-based). */
  number: number;
  cells: readonly string[];
}

export interface FollowerSheetRecords {
  /** Index of the header row in the input rows, or null when no row names two known columns. */
  headerRow: number | null;
  headers: string[];
  columns: (FollowerField | null)[];
  records: Record<string, string>[];
  /** The file's row number of each record. */
  rowNumbers: number[];
}

const HEADER_SEARCH_ROWS = 10;

/**
 * Turns spreadsheet rows into follower records keyed by field name. The header is the first of the first ten rows
 * that names at least two known columns. Counts typed as people type them ("1.234", "12,5K") are read; a count
 * that cannot be read is kept as typed so validation reports it by row and column.
 */
export function followerRecordsFromSheet(rows: readonly SheetLikeRow[]): FollowerSheetRecords {
  const headerRow = rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) => mapFollowerSampleHeaders(row.cells).filter(Boolean).length >= 2);
  if (headerRow < 0) return { headerRow: null, headers: [], columns: [], records: [], rowNumbers: [] };
  const headers = [...(rows[headerRow]?.cells ?? [])];
  const columns = mapFollowerSampleHeaders(headers);
  const body = rows.slice(headerRow + 1);
  const records = body.map((row) => {
    const record: Record<string, string> = {};
    columns.forEach((field, index) => {
      const cell = (row.cells[index] ?? '').trim();
      if (!field || cell === '') return;
      record[field] = COUNT_FIELDS.has(field) ? normaliseCount(cell) : cell;
    });
    return record;
  });
  return { headerRow, headers, columns, records, rowNumbers: body.map((row) => row.number) };
}

function normaliseCount(cell: string): string {
  if (/^\d+$/.test(cell)) return cell;
  const parsed = parseHumanNumber(cell);
  return 'value' in parsed && parsed.value !== null && Number.isInteger(parsed.value) && parsed.value >= 0
    ? String(parsed.value)
    : cell;
}
