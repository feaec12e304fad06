import type { FollowerProfile } from './follower-profile';
import type { LocalizedText } from './localized';

/** A follower is a mass follower when it follows more than this many accounts. */
export const MASS_FOLLOWING_THRESHOLD = 1500;

export const RED_FLAG_RULES = {
  followingToFollowersRatio: 10,
  minFollowingForRatio: 100,
  usernameDigits: 4,
  usernameDigitRatio: 0.3,
  /** A follower is suspicious when at least this many red flags are raised. */
  suspiciousMinFlags: 2,
} as const;

export type RedFlagId =
  | 'no_profile_picture'
  | 'no_posts'
  | 'empty_biography'
  | 'following_far_exceeds_followers'
  | 'digit_heavy_username';

export const RED_FLAG_TEXT: Record<RedFlagId, LocalizedText> = {
  no_profile_picture: { vi: 'không có ảnh đại diện', en: 'no profile picture' },
  no_posts: { vi: 'chưa đăng bài nào', en: 'no posts' },
  empty_biography: { vi: 'tiểu sử trống', en: 'empty biography' },
  following_far_exceeds_followers: {
    vi: `theo dõi nhiều gấp ≥ ${RED_FLAG_RULES.followingToFollowersRatio} lần số người theo dõi mình`,
    en: `follows ≥ ${RED_FLAG_RULES.followingToFollowersRatio}× as many accounts as follow it`,
  },
  digit_heavy_username: { vi: 'tên người dùng nhiều chữ số', en: 'digit-heavy username' },
};

/** true = raised, false = checked and not raised, null = the fields needed are missing. */
export function evaluateRedFlags(
  profile: Omit<FollowerProfile, 'username'>,
): Record<RedFlagId, boolean | null> {
  const { followers, following, posts, hasProfilePicture, biographyLength } = profile;
  const { usernameDigitCount: digits, usernameLength: length } = profile;
  return {
    no_profile_picture: hasProfilePicture === null ? null : !hasProfilePicture,
    no_posts: posts === null ? null : posts === 0,
    empty_biography: biographyLength === null ? null : biographyLength === 0,
    following_far_exceeds_followers:
      followers === null || following === null
        ? null
        : following >= RED_FLAG_RULES.minFollowingForRatio &&
          following >= RED_FLAG_RULES.followingToFollowersRatio * Math.max(1, followers),
    digit_heavy_username:
      digits === null
        ? null
        : digits >= RED_FLAG_RULES.usernameDigits ||
          (length !== null && length > 0 && digits / length >= RED_FLAG_RULES.usernameDigitRatio),
  };
}

/**
 * Suspicious = at least two red flags. null when too many fields are missing to decide either way.
 */
export function isSuspiciousFollower(flags: Record<RedFlagId, boolean | null>): boolean | null {
  const values = Object.values(flags);
  const raised = values.filter((value) => value === true).length;
  const unknown = values.filter((value) => value === null).length;
  if (raised >= RED_FLAG_RULES.suspiciousMinFlags) return true;
  if (raised + unknown < RED_FLAG_RULES.suspiciousMinFlags) return false;
  return null;
}

export function isMassFollower(profile: FollowerProfile): boolean | null {
  return profile.following === null ? null : profile.following > MASS_FOLLOWING_THRESHOLD;
}
