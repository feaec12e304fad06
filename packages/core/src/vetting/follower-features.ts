import type { FollowerProfile } from './follower-profile';

/** Model inputs derived from a profile, in this order (the trained model's weights follow it). */
export const FOLLOWER_FEATURES = [
  'logFollowers',
  'logFollowing',
  'logPosts',
  'noPosts',
  'hasProfilePicture',
  'isPrivate',
  'logBiographyLength',
  'usernameDigitCount',
  'usernameDigitRatio',
  'usernameLength',
] as const;

export type FollowerFeature = (typeof FOLLOWER_FEATURES)[number];

/** The profile fields the model needs; a row missing any of them is not scored by the model. */
export const MODEL_FIELDS = [
  'followers',
  'following',
  'posts',
  'hasProfilePicture',
  'isPrivate',
  'biographyLength',
  'usernameDigitCount',
  'usernameLength',
] as const satisfies readonly (keyof FollowerProfile)[];

export type ModelField = (typeof MODEL_FIELDS)[number];

export type CompleteFollowerProfile = { [Field in ModelField]: NonNullable<FollowerProfile[Field]> };

export function missingModelFields(profile: FollowerProfile): ModelField[] {
  return MODEL_FIELDS.filter((field) => profile[field] === null);
}

export function asCompleteProfile(profile: FollowerProfile): CompleteFollowerProfile | null {
  if (missingModelFields(profile).length > 0) return null;
  return profile as CompleteFollowerProfile;
}

export function followerFeatureVector(profile: CompleteFollowerProfile): number[] {
  const values: Record<FollowerFeature, number> = {
    logFollowers: Math.log1p(profile.followers),
    logFollowing: Math.log1p(profile.following),
    logPosts: Math.log1p(profile.posts),
    noPosts: profile.posts === 0 ? 1 : 0,
    hasProfilePicture: profile.hasProfilePicture ? 1 : 0,
    isPrivate: profile.isPrivate ? 1 : 0,
    logBiographyLength: Math.log1p(profile.biographyLength),
    usernameDigitCount: profile.usernameDigitCount,
    usernameDigitRatio: profile.usernameDigitCount / Math.max(1, profile.usernameLength),
    usernameLength: profile.usernameLength,
  };
  return FOLLOWER_FEATURES.map((feature) => values[feature]);
}
