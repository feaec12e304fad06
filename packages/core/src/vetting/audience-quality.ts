import { analyzeComments, type CommentInput, type CommentQualityAnalysis } from './comment-quality';
import type { FollowerSampleAssessment } from './follower-sample';
import { QUALITY_WEIGHTS, type QualitySignalId } from './quality-config';
import { assessCommentQuality } from './signal-comments';
import { assessEngagementRate, type TierBand } from './signal-engagement-rate';
import { assessFakeFollowerEstimate, assessSuspiciousMassFollowers } from './signal-follower-sample';
import { assessGrowthSpikes, type GrowthSpike } from './signal-growth';
import { assessLikeCommentRatio } from './signal-like-comment';
import { assessViewsPerFollower } from './signal-views';
import { combineSignals, type WeightedScore } from './weighted-score';

/** Every field is optional: what is missing is reported as "not available", never as zero. */
export interface AudienceQualityInput {
  platform?: string;
  followers?: number | null;
  /** Spikes flagged in the follower series (robust z-scores from the anomaly module). */
  growthSpikes?: readonly GrowthSpike[] | null;
  /** ER by followers in percent (3.5 = 3.5 %), and the band for the same tier/platform/variant. */
  engagementRate?: number | null;
  tierBand?: TierBand | null;
  likes?: number | null;
  comments?: number | null;
  /** like/comment ratios of comparable creators (same platform and tier). */
  peerLikeCommentRatios?: readonly number[] | null;
  commentTexts?: readonly CommentInput[] | null;
  /** Views of recent posts (posts whose views are not recorded are left out). */
  postViews?: readonly number[] | null;
  followerSample?: FollowerSampleAssessment | null;
}

export type QualityLevel = 'good' | 'caution' | 'poor';

export interface AudienceQualityResult extends WeightedScore<QualitySignalId> {
  level: QualityLevel | null;
  /** How much of the evidence was available: high ≥ 70 % of the weight, medium ≥ 40 %. */
  confidence: 'high' | 'medium' | 'low';
  commentAnalysis: CommentQualityAnalysis | null;
}

export function qualityLevel(score: number | null): QualityLevel | null {
  if (score === null) return null;
  if (score >= 75) return 'good';
  if (score >= 50) return 'caution';
  return 'poor';
}

/** Audience quality / fake-engagement score (B2), 0–100, higher = healthier. */
export function scoreAudienceQuality(
  input: AudienceQualityInput,
  weights: Readonly<Record<QualitySignalId, number>> = QUALITY_WEIGHTS,
): AudienceQualityResult {
  const commentAnalysis = input.commentTexts ? analyzeComments(input.commentTexts) : null;
  const commentSignal = assessCommentQuality(commentAnalysis);
  const lowQualityShare = commentSignal.subscore === null ? null : (commentAnalysis?.lowQualityShare ?? null);
  const combined = combineSignals(
    [
      assessGrowthSpikes(input.growthSpikes),
      assessEngagementRate(input.engagementRate, input.tierBand, lowQualityShare),
      assessLikeCommentRatio(input.likes, input.comments, input.peerLikeCommentRatios),
      commentSignal,
      assessViewsPerFollower(input.postViews, input.followers, input.platform),
      assessSuspiciousMassFollowers(input.followerSample),
      assessFakeFollowerEstimate(input.followerSample),
    ],
    weights,
  );
  const confidence = combined.coverage >= 0.7 ? 'high' : combined.coverage >= 0.4 ? 'medium' : 'low';
  return { ...combined, level: qualityLevel(combined.score), confidence, commentAnalysis };
}
