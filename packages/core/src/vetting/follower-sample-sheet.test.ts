import { describe, expect, it } from 'vitest';
import { assessFollowerSample } from './follower-sample';
import { followerRecordsFromSheet, mapFollowerSampleHeaders } from './follower-sample-sheet';

describe('follower sample sheet', () => {
  it('maps Vietnamese and English headers, accent-insensitively, each field to its first column', () => {
    expect(
      mapFollowerSampleHeaders([
        'Số người theo dõi',
        'Dang theo doi',
        'Bài đăng',
        'Ảnh đại diện',
        'Riêng tư',
        'Bio length',
        'Username digits',
        'Followers',
        'Ghi chú',
      ]),
    ).toEqual([
      'followers',
      'following',
      'posts',
      'hasProfilePicture',
      'isPrivate',
      'biographyLength',
      'usernameDigitCount',
      null,
      null,
    ]);
  });

  it('finds the header under a title row and keeps the file row numbers', () => {
    const sheet = followerRecordsFromSheet([
      { number: 1, cells: ['Mẫu follower của @linh'] },
      { number: 2, cells: ['Followers', 'Following', 'Posts'] },
      { number: 4, cells: ['1.234', '12,5K', 'abc'] },
    ]);
    expect(sheet.headerRow).toBe(1);
    expect(sheet.rowNumbers).toEqual([4]);
    expect(sheet.records).toEqual([{ followers: '1234', following: '12500', posts: 'abc' }]);
  });

  it('returns no header when no row names two known columns', () => {
    expect(followerRecordsFromSheet([{ number: 1, cells: ['a', 'b'] }]).headerRow).toBeNull();
  });

  it('feeds the assessment: mass followers counted, bad cells reported by field', () => {
    const sheet = followerRecordsFromSheet([
      { number: 1, cells: ['following', 'followers', 'riêng tư'] },
      { number: 2, cells: ['2000', '10', 'có'] },
      { number: 3, cells: ['100', '50', 'không'] },
      { number: 4, cells: ['x', '50', 'không'] },
    ]);
    const result = assessFollowerSample(sheet.records);
    expect(result.rowsValid).toBe(2);
    expect(result.massFollowers).toMatchObject({ count: 1, of: 2 });
    expect(result.errors.map((error) => [error.row, error.field])).toEqual([[2, 'following']]);
  });
});
