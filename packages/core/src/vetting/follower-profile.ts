import { z } from 'zod';
import type { LocalizedText } from './localized';

/** A follower's public profile. Every field may be missing (null): missing is not zero. */
export interface FollowerProfile {
  username: string | null;
  followers: number | null;
  following: number | null;
  posts: number | null;
  hasProfilePicture: boolean | null;
  isPrivate: boolean | null;
  biographyLength: number | null;
  usernameDigitCount: number | null;
  usernameLength: number | null;
}

export type FollowerField = keyof FollowerProfile | 'biography';

export interface FollowerRowError {
  /** 0-based index of the row in the input. */
  row: number;
  field: FollowerField;
  value: unknown;
  message: LocalizedText;
}

/** Column names accepted for each field, including the instafake data set's names. */
const FIELD_ALIASES: Record<FollowerField, readonly string[]> = {
  username: ['username', 'handle'],
  followers: ['followers', 'followerCount', 'userFollowerCount'],
  following: ['following', 'followingCount', 'userFollowingCount'],
  posts: ['posts', 'mediaCount', 'postsCount', 'userMediaCount'],
  hasProfilePicture: ['hasProfilePicture', 'hasPicture', 'userHasProfilPic'],
  isPrivate: ['isPrivate', 'private', 'userIsPrivate'],
  biography: ['biography', 'bio'],
  biographyLength: ['biographyLength', 'bioLength', 'userBiographyLength'],
  usernameDigitCount: ['usernameDigitCount'],
  usernameLength: ['usernameLength'],
};

const countSchema = z.preprocess(
  (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
  z.number().int().nonnegative(),
);

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', 'có', 'co']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', 'không', 'khong']);
const flagSchema = z.preprocess((value) => {
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return value;
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return value;
}, z.boolean());

const COUNT_MESSAGE: LocalizedText = {
  vi: 'phải là số nguyên không âm',
  en: 'must be a whole number ≥ 0',
};
const FLAG_MESSAGE: LocalizedText = {
  vi: 'phải là có/không (true/false, 1/0)',
  en: 'must be yes/no (true/false, 1/0)',
};
const TEXT_MESSAGE: LocalizedText = { vi: 'phải là chuỗi ký tự', en: 'must be text' };

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function pick(row: Readonly<Record<string, unknown>>, field: FollowerField): unknown {
  for (const name of FIELD_ALIASES[field]) {
    if (!isBlank(row[name])) return row[name];
  }
  return undefined;
}

function countDigits(text: string): number {
  return (text.match(/\p{N}/gu) ?? []).length;
}

/**
 * Validates one parsed record. Blank fields become null; a present but malformed field is
 * reported as an error naming the row and the field (the caller decides what to do with the row).
 */
export function parseFollowerRow(
  row: Readonly<Record<string, unknown>>,
  index: number,
): { profile: FollowerProfile; errors: FollowerRowError[] } {
  const errors: FollowerRowError[] = [];
  const fail = (field: FollowerField, value: unknown, message: LocalizedText) =>
    errors.push({ row: index, field, value, message });
  const count = (field: FollowerField): number | null => {
    const value = pick(row, field);
    if (value === undefined) return null;
    const parsed = countSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    fail(field, value, COUNT_MESSAGE);
    return null;
  };
  const flag = (field: FollowerField): boolean | null => {
    const value = pick(row, field);
    if (value === undefined) return null;
    const parsed = flagSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    fail(field, value, FLAG_MESSAGE);
    return null;
  };
  const text = (field: FollowerField): string | null => {
    const value = pick(row, field);
    if (value === undefined) return null;
    if (typeof value === 'string') return value.trim();
    fail(field, value, TEXT_MESSAGE);
    return null;
  };
  const username = text('username');
  const biography = text('biography');
  const profile: FollowerProfile = {
    username,
    followers: count('followers'),
    following: count('following'),
    posts: count('posts'),
    hasProfilePicture: flag('hasProfilePicture'),
    isPrivate: flag('isPrivate'),
    biographyLength: count('biographyLength') ?? (biography === null ? null : [...biography].length),
    usernameDigitCount: count('usernameDigitCount') ?? (username === null ? null : countDigits(username)),
    usernameLength: count('usernameLength') ?? (username === null ? null : [...username].length),
  };
  const { usernameDigitCount: digits, usernameLength: length } = profile;
  if (digits !== null && length !== null && digits > length) {
    fail('usernameDigitCount', digits, {
      vi: 'số chữ số lớn hơn độ dài tên người dùng',
      en: 'more digits than characters in the username',
    });
  }
  return { profile, errors };
}
