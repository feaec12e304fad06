import { createComments } from './comments';
import { type FollowerCurve, followersAt } from './follower-history';
import { finalPostMetrics, snapshotSeries } from './post-metrics';
import type { PostModel } from './posts';
import type { Random } from './random';
import type { DemoComment, DemoPostSnapshot } from './types';

export interface PostActivity {
  snapshots: DemoPostSnapshot[];
  comments: DemoComment[];
  /** Clicks at the latest snapshot (0 when not reported). */
  clicks: number;
}

/** After bought followers arrive the real audience stops growing and engages less. */
const ENGAGEMENT_AFTER_SPIKE = 0.85;
const BOUGHT_COMMENT_MULTIPLIER = 3;

/** Metric snapshots and comments of one post, driven by the real (organic) followers at publish time. */
export function createPostActivity(
  random: Random,
  model: PostModel,
  curve: FollowerCurve,
  now: Date,
): PostActivity {
  const publishedAt = model.post.publishedAt;
  const afterSpike = curve.spikeAt !== null && publishedAt.getTime() >= curve.spikeAt.getTime();
  const final = finalPostMetrics(random, model, {
    followers: followersAt(curve.organic, publishedAt),
    commentMultiplier: model.account.plan.flag === 'genericComments' ? BOUGHT_COMMENT_MULTIPLIER : 1,
    engagementMultiplier: afterSpike ? ENGAGEMENT_AFTER_SPIKE : 1,
  });
  const snapshots = snapshotSeries(random, model, final, now);
  const latest = snapshots[snapshots.length - 1];
  const comments = createComments(random, model, latest?.comments ?? 0, now);
  return { snapshots, comments, clicks: latest?.clicks ?? 0 };
}
