/**
 * Thresholds of the audience-quality signals. Every value here is a documented heuristic (see
 * README.md in this folder), not a fitted number: benchmarks differ 3–10× between vendors, so the
 * rules only penalise values far outside the references.
 */
export const QUALITY_THRESHOLDS = {
  growthSpikes: { minAbsScore: 3.5, zeroAtCount: 3 },
  engagementRate: {
    /** ER ≥ 0.5 × band low is not penalised; ER ≤ 0.1 × band low gets 0. */
    lowFullFactor: 0.5,
    lowZeroFactor: 0.1,
    /** ER above 3 × band high is "far above" the band. */
    highFactor: 3,
    /** Low-quality comment share at or above which a far-above ER looks bought. */
    lowQualityComments: 0.3,
    boughtSubscore: 0.2,
    unconfirmedSubscore: 0.7,
  },
  likeCommentRatio: { minPeers: 5, fullAbsZ: 2, zeroAbsZ: 5 },
  commentQuality: { minComments: 10, full: 0.3, zero: 0.7 },
  viewsPerFollower: {
    default: { full: 0.1, zero: 0.02 },
    tiktok: { full: 0.2, zero: 0.03 },
    instagram: { full: 0.1, zero: 0.02 },
    youtube: { full: 0.1, zero: 0.02 },
    facebook: { full: 0.05, zero: 0.01 },
  } as Record<string, { full: number; zero: number }>,
  followerSample: {
    minRows: 20,
    suspiciousOrMass: { full: 0.1, warning: 0.25, zero: 0.5 },
    fakeShare: { full: 0.1, zero: 0.4 },
  },
} as const;

export type QualitySignalId =
  | 'growth_spikes'
  | 'engagement_rate'
  | 'like_comment_ratio'
  | 'comment_quality'
  | 'views_per_follower'
  | 'suspicious_mass_followers'
  | 'fake_follower_estimate';

/**
 * Nominal weights (sum 1). Direct evidence — what commenters write and who the followers are —
 * weighs most; ER vs the tier band is the classic check (seed 001: "kiểm tra tỷ lệ tương tác
 * thật"); like/comment and views/followers ratios vary by platform and format, so they weigh less.
 */
export const QUALITY_WEIGHTS: Readonly<Record<QualitySignalId, number>> = {
  growth_spikes: 0.15,
  engagement_rate: 0.2,
  like_comment_ratio: 0.1,
  comment_quality: 0.2,
  views_per_follower: 0.1,
  suspicious_mass_followers: 0.1,
  fake_follower_estimate: 0.15,
};
