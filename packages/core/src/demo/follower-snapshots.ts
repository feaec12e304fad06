import type { AccountModel } from './accounts';
import type { FollowerCurve } from './follower-history';
import type { Random } from './random';
import type { DemoFollowerSnapshot, DemoTier } from './types';

/** Posts an account had before the history window, by tier. */
const EARLIER_POSTS: Record<DemoTier, [number, number]> = {
  koc: [15, 80],
  nano: [60, 300],
  micro: [150, 700],
  macro: [300, 1_500],
  mega: [600, 3_000],
};

/**
 * Snapshot rows of one account: followers from its curve, `postsCount` growing with the posts published by
 * then, and `following` where the platform has it (TikTok, Instagram; pages and channels follow no one).
 */
export function followerSnapshotRows(
  random: Random,
  model: AccountModel,
  curve: FollowerCurve,
  publishTimes: readonly number[],
): DemoFollowerSnapshot[] {
  const { platform, tier } = model.account;
  const tracksFollowing = platform === 'tiktok' || platform === 'instagram';
  let following = random.int(80, 1_200);
  const earlier = Math.round(random.int(...EARLIER_POSTS[tier]) * (platform === 'youtube' ? 0.25 : 1));
  return curve.points.map((point) => {
    following = Math.max(0, following + random.int(-3, 6));
    const published = publishTimes.filter((time) => time <= point.at.getTime()).length;
    return {
      accountKey: model.account.key,
      at: point.at,
      followers: point.followers,
      following: tracksFollowing ? following : null,
      postsCount: earlier + published,
    };
  });
}
