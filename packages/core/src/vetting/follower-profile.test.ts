import { describe, expect, it } from 'vitest';
import { parseFollowerRow } from './follower-profile';
import { evaluateRedFlags, isMassFollower, isSuspiciousFollower } from './follower-red-flags';

describe('parseFollowerRow', () => {
  it('coerces numeric strings and yes/no words, derives username fields', () => {
    const { profile, errors } = parseFollowerRow(
      {
        username: 'lan_98765',
        followers: '120',
        following: 3000,
        posts: 0,
        hasPicture: 'không',
        private: 'true',
        bio: 'Hà Nội',
      },
      0,
    );
    expect(errors).toEqual([]);
    expect(profile).toEqual({
      username: 'lan_98765',
      followers: 120,
      following: 3000,
      posts: 0,
      hasProfilePicture: false,
      isPrivate: true,
      biographyLength: 6,
      usernameDigitCount: 5,
      usernameLength: 9,
    });
  });
  it('accepts the instafake column names', () => {
    const { profile } = parseFollowerRow(
      {
        userFollowerCount: 25,
        userFollowingCount: 1937,
        userBiographyLength: 0,
        userMediaCount: 0,
        userHasProfilPic: 1,
        userIsPrivate: 0,
        usernameDigitCount: 0,
        usernameLength: 10,
      },
      3,
    );
    expect(profile.following).toBe(1937);
    expect(profile.hasProfilePicture).toBe(true);
    expect(profile.isPrivate).toBe(false);
  });
  it('reports which field of which row is bad; blanks are missing, not errors', () => {
    const { profile, errors } = parseFollowerRow(
      {
        followers: '1,234',
        following: -1,
        posts: 2.5,
        isPrivate: 'maybe',
        usernameDigitCount: 9,
        usernameLength: 4,
        bio: '',
      },
      7,
    );
    expect(errors.map((error) => [error.row, error.field])).toEqual([
      [7, 'followers'],
      [7, 'following'],
      [7, 'posts'],
      [7, 'isPrivate'],
      [7, 'usernameDigitCount'],
    ]);
    expect(profile.followers).toBeNull();
    expect(profile.biographyLength).toBeNull();
    expect(profile.hasProfilePicture).toBeNull();
  });
});

describe('red flags', () => {
  it('raises each flag by its rule', () => {
    const { profile } = parseFollowerRow(
      {
        username: 'user12345',
        followers: 10,
        following: 2000,
        posts: 0,
        hasProfilePicture: false,
        biographyLength: 0,
      },
      0,
    );
    const flags = evaluateRedFlags(profile);
    expect(flags).toEqual({
      no_profile_picture: true,
      no_posts: true,
      empty_biography: true,
      following_far_exceeds_followers: true,
      digit_heavy_username: true,
    });
    expect(isSuspiciousFollower(flags)).toBe(true);
    expect(isMassFollower(profile)).toBe(true);
  });
  it('following ≥ 10× followers needs at least 100 following; digit ratio ≥ 0.3', () => {
    const few = parseFollowerRow({ followers: 2, following: 90, username: 'ab1' }, 0).profile;
    expect(evaluateRedFlags(few).following_far_exceeds_followers).toBe(false);
    // 1 digit of 3 characters = 0.33 ≥ 0.3
    expect(evaluateRedFlags(few).digit_heavy_username).toBe(true);
  });
  it('suspicious is unknown when missing fields could still decide it', () => {
    const partial = parseFollowerRow({ following: 1600 }, 0).profile;
    expect(isSuspiciousFollower(evaluateRedFlags(partial))).toBeNull();
    expect(isMassFollower(partial)).toBe(true);
    const clean = parseFollowerRow(
      {
        posts: 12,
        hasProfilePicture: true,
        biographyLength: 30,
        username: 'lan',
        followers: 100,
        following: 50,
      },
      0,
    ).profile;
    expect(isSuspiciousFollower(evaluateRedFlags(clean))).toBe(false);
    const oneKnownFlag = parseFollowerRow(
      { posts: 0, hasProfilePicture: true, biographyLength: 3, username: 'lan' },
      0,
    ).profile;
    // 1 raised + 1 unknown (ratio) could still reach 2 → unknown
    expect(isSuspiciousFollower(evaluateRedFlags(oneKnownFlag))).toBeNull();
  });
  it('exactly 1,500 following is not a mass follower', () => {
    expect(isMassFollower(parseFollowerRow({ following: 1500 }, 0).profile)).toBe(false);
  });
});
