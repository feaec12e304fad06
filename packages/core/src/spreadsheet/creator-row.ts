import {
  type ImportProblem,
  type ImportProblemCode,
  importProblem,
  type ProblemValues,
} from '../import-kinds/problem-codes';
import type { CreatorImportField } from './creator-fields';
import { parseHumanNumber } from './parse-number';

export const IMPORT_PLATFORMS = ['tiktok', 'facebook', 'instagram', 'youtube', 'zalo', 'other'] as const;
export type ImportPlatform = (typeof IMPORT_PLATFORMS)[number];
export const IMPORT_STATUSES = [
  'prospect',
  'contacted',
  'negotiating',
  'contracted',
  'archived',
  'blocked',
] as const;

export interface CreatorImportRow {
  name: string;
  platform: ImportPlatform;
  handle: string;
  url: string | null;
  followers: number | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  niches: string[];
  tags: string[];
  fee: number | null;
  bio: string | null;
  notes: string | null;
  status: (typeof IMPORT_STATUSES)[number] | null;
}

export interface RowProblem extends ImportProblem {
  /** The field's column header as it appears in the file. */
  column: string;
}

export type RowResult = { ok: true; row: CreatorImportRow } | { ok: false; problems: RowProblem[] };

const PLATFORM_WORDS: [RegExp, ImportPlatform][] = [
  [/tik\s*tok|^tt$/i, 'tiktok'],
  [/facebook|^fb$|fanpage/i, 'facebook'],
  [/instagram|^ig$|^insta$/i, 'instagram'],
  [/youtube|^yt$/i, 'youtube'],
  [/zalo/i, 'zalo'],
];
const STATUS_WORDS: Record<string, (typeof IMPORT_STATUSES)[number]> = {
  prospect: 'prospect',
  'tiềm năng': 'prospect',
  contacted: 'contacted',
  'đã liên hệ': 'contacted',
  negotiating: 'negotiating',
  'đang đàm phán': 'negotiating',
  contracted: 'contracted',
  'đã ký': 'contracted',
  'đã ký hợp đồng': 'contracted',
  archived: 'archived',
  'lưu trữ': 'archived',
  blocked: 'blocked',
  'đã chặn': 'blocked',
};

export function platformFrom(text: string): ImportPlatform | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  for (const [pattern, platform] of PLATFORM_WORDS) if (pattern.test(trimmed)) return platform;
  return /^(other|khác|khac)$/i.test(trimmed) ? 'other' : null;
}

/** Platform and handle from a profile link: tiktok.com/@x, instagram.com/x, youtube.com/@x, facebook.com/x. */
export function accountFromUrl(url: string): { platform: ImportPlatform; handle: string } | null {
  const match = /^(?:https?:\/\/)?(?:www\.|m\.|vt\.)?([a-z.]+)\/(?:@)?([^/?#\s]+)/i.exec(url.trim());
  if (!match) return null;
  const platform = platformFrom(match[1] ?? '');
  const handle = match[2] ?? '';
  return platform && handle ? { platform, handle } : null;
}

const list = (text: string) =>
  text
    .split(/[,;|\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
const text = (value: string | undefined) => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

/** Validates one spreadsheet row (cells by field); every problem names its column and says why. */
export function validateCreatorRow(
  cells: Partial<Record<CreatorImportField, string>>,
  columnOf: (field: CreatorImportField) => string,
): RowResult {
  const problems: RowProblem[] = [];
  const problem = (
    field: CreatorImportField,
    code: ImportProblemCode,
    values?: ProblemValues,
    detail?: string,
  ) => problems.push({ column: columnOf(field), ...importProblem(code, values, detail) });
  const url = text(cells.url);
  const fromUrl = url ? accountFromUrl(url) : null;
  const name = text(cells.name);
  let handle = text(cells.handle)?.replace(/^@/, '') ?? fromUrl?.handle ?? null;
  if (handle && /\s/.test(handle)) problem('handle', 'handle_has_spaces', { value: handle });
  const platformText = text(cells.platform);
  const platform = platformText ? platformFrom(platformText) : (fromUrl?.platform ?? null);
  if (platformText && !platform) problem('platform', 'unknown_platform', { value: platformText });
  if (!platformText && !platform) problem('platform', 'missing_platform');
  if (!handle) problem('handle', 'missing_handle');
  if (!name && !handle) problem('name', 'missing');
  const number = (field: 'followers' | 'fee') => {
    const cell = (cells[field] ?? '').trim();
    const parsed = parseHumanNumber(cell);
    if ('error' in parsed) {
      problem(field, 'not_a_number', { value: cell }, parsed.error);
      return null;
    }
    if (parsed.value !== null && parsed.value < 0) {
      problem(field, 'negative', { value: cell });
      return null;
    }
    return parsed.value === null ? null : Math.round(parsed.value);
  };
  const followers = number('followers');
  const fee = number('fee');
  const email = text(cells.email);
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problem('email', 'not_an_email', { value: email });
  const statusText = text(cells.status);
  const status = statusText ? (STATUS_WORDS[statusText.toLowerCase()] ?? null) : null;
  if (statusText && !status) problem('status', 'unknown_status', { value: statusText });
  if (problems.length > 0 || !platform || !handle) return { ok: false, problems };
  handle = handle.slice(0, 100);
  return {
    ok: true,
    row: {
      name: name ?? handle,
      platform,
      handle,
      url,
      followers,
      email,
      phone: text(cells.phone),
      location: text(cells.location),
      niches: list(cells.niches ?? ''),
      tags: list(cells.tags ?? ''),
      fee,
      bio: text(cells.bio),
      notes: text(cells.notes),
      status,
    },
  };
}
