import { describe, expect, it } from 'vitest';
import { analyzeComments } from './comment-quality';
import type { FollowerSampleAssessment } from './follower-sample';
import { assessCommentQuality } from './signal-comments';
import { assessEngagementRate } from './signal-engagement-rate';
import { assessFakeFollowerEstimate, assessSuspiciousMassFollowers } from './signal-follower-sample';
import { assessGrowthSpikes } from './signal-growth';
import { assessLikeCommentRatio } from './signal-like-comment';
import { assessViewsPerFollower } from './signal-views';

const band = { low: 1.5, high: 2, source: 'seed 000' };

describe('growth spikes', () => {
  it('not available without a series', () => {
    expect(assessGrowthSpikes(undefined).status).toBe('not_available');
  });
  it('counts |z| ≥ 3.5 only: 0 → 1, 1 → 2/3, 3 → 0', () => {
    expect(assessGrowthSpikes([]).subscore).toBe(1);
    const one = assessGrowthSpikes([
      { at: '2025-01-01', score: 4 },
      { at: '2025-01-09', score: 2 },
    ]);
    expect(one.rawValue).toBe(1);
    expect(one.subscore).toBeCloseTo(2 / 3, 12);
    expect(one.explanation.vi).toContain('2025-01-01');
    const three = assessGrowthSpikes([
      { at: 'a', score: -5 },
      { at: 'b', score: 4 },
      { at: 'c', score: 6.1 },
    ]);
    expect(three.subscore).toBe(0);
    expect(three.status).toBe('alert');
    expect(three.details?.drops).toBe(1);
  });
});

describe('ER vs tier band', () => {
  it('far below the band: ghost followers, linear between 0.5× and 0.1× the low bound', () => {
    const signal = assessEngagementRate(0.3, band, null);
    // 0.3 / 1.5 = 0.2 → (0.2 − 0.1) / (0.5 − 0.1) = 0.25
    expect(signal.subscore).toBeCloseTo(0.25, 12);
    expect(signal.status).toBe('alert');
    expect(signal.details?.verdict).toBe('ghost');
  });
  it('slightly low, in band and above are not penalised', () => {
    expect(assessEngagementRate(1, band, null).details?.verdict).toBe('slightly_low');
    expect(assessEngagementRate(1, band, null).subscore).toBe(1);
    expect(assessEngagementRate(1.8, band, null).details?.verdict).toBe('in_band');
    expect(assessEngagementRate(5, band, 0.9).details?.verdict).toBe('above');
    expect(assessEngagementRate(5, band, 0.9).subscore).toBe(1);
  });
  it('far above the band depends on the comments', () => {
    expect(assessEngagementRate(7, band, 0.5).subscore).toBe(0.2);
    expect(assessEngagementRate(7, band, 0.5).details?.verdict).toBe('bought');
    expect(assessEngagementRate(7, band, null).subscore).toBe(0.7);
    expect(assessEngagementRate(7, band, 0.1).subscore).toBe(1);
  });
  it('not available without ER or band', () => {
    expect(assessEngagementRate(null, band, null).subscore).toBeNull();
    expect(assessEngagementRate(2, null, null).subscore).toBeNull();
    expect(assessEngagementRate(Number.NaN, band, null).subscore).toBeNull();
  });
});

describe('like/comment ratio vs peers', () => {
  const peers = [10, 20, 40, 80, 160];
  it('normal ratio scores 1', () => {
    const signal = assessLikeCommentRatio(400, 10, peers);
    expect(signal.rawValue).toBe(40);
    expect(signal.details?.robustZ).toBeCloseTo(0, 12);
    expect(signal.subscore).toBe(1);
  });
  it('abnormally high ratio (hand-computed robust z on logs)', () => {
    // ln(1000/40) / (1.4826 × ln 2) = 3.218876 / 1.027660 = 3.132239 → (5 − 3.132239) / 3
    const signal = assessLikeCommentRatio(1000, 1, peers);
    expect(signal.details?.robustZ).toBeCloseTo(3.132239, 5);
    expect(signal.subscore).toBeCloseTo(0.622587, 5);
    expect(signal.details?.percentile).toBe(100);
    expect(signal.explanation.en).toContain('bought likes');
  });
  it('abnormally low ratio points to bought comments', () => {
    expect(assessLikeCommentRatio(10, 10, peers).explanation.en).toContain('bought comments');
  });
  it('not available with no comments or too few peers', () => {
    expect(assessLikeCommentRatio(100, 0, peers).status).toBe('not_available');
    expect(assessLikeCommentRatio(100, 5, [10, 20, 30, 40]).status).toBe('not_available');
    expect(assessLikeCommentRatio(100, 5, [10, 10, 10, 10, 10]).status).toBe('not_available');
  });
});

describe('comment quality', () => {
  it('not available below 10 comments', () => {
    const analysis = analyzeComments([{ text: 'hay quá' }]);
    expect(assessCommentQuality(analysis).status).toBe('not_available');
    expect(assessCommentQuality(null).status).toBe('not_available');
  });
  it('40 % low-quality → (0.7 − 0.4) / (0.7 − 0.3) = 0.75', () => {
    const generic = ['hay quá', 'đẹp quá', 'nice', '😍'].map((text, i) => ({ text, authorId: `g${i}` }));
    const real = [
      'mua ở đâu vậy',
      'giá bao nhiêu ạ',
      'size M còn không',
      'ship về Huế mất mấy ngày',
      'dùng cho da dầu được không',
      'màu này có bền không',
    ].map((text, i) => ({ text, authorId: `r${i}` }));
    const signal = assessCommentQuality(analyzeComments([...generic, ...real]));
    expect(signal.rawValue).toBeCloseTo(0.4, 12);
    expect(signal.subscore).toBeCloseTo(0.75, 12);
    expect(signal.status).toBe('warning');
  });
});

describe('views per follower', () => {
  it('median views / followers against the platform reference', () => {
    expect(assessViewsPerFollower([100, 300, 200], 10_000, 'instagram').subscore).toBe(0);
    // 200 / 4000 = 0.05 → (0.05 − 0.02) / (0.1 − 0.02) = 0.375
    expect(assessViewsPerFollower([100, 300, 200], 4000, 'Instagram').subscore).toBeCloseTo(0.375, 12);
    // TikTok: (0.05 − 0.03) / (0.2 − 0.03)
    expect(assessViewsPerFollower([200], 4000, 'tiktok').subscore).toBeCloseTo(0.02 / 0.17, 12);
    expect(assessViewsPerFollower([5000], 4000, 'somewhere').subscore).toBe(1);
  });
  it('not available without followers or views', () => {
    expect(assessViewsPerFollower([], 1000, 'tiktok').status).toBe('not_available');
    expect(assessViewsPerFollower([10], 0, 'tiktok').status).toBe('not_available');
    expect(assessViewsPerFollower([10], null, 'tiktok').status).toBe('not_available');
  });
});

describe('follower sample signals', () => {
  const sample = (suspiciousOrMass: number, of: number, estimatedShare: number, scored: number) =>
    ({
      suspicious: { count: 0, of, share: 0, interval: null },
      massFollowers: { count: 0, of, share: 0, interval: null },
      suspiciousOrMass: {
        count: Math.round(suspiciousOrMass * of),
        of,
        share: suspiciousOrMass,
        interval: null,
      },
      rowsInvalid: 0,
      fakeEstimate: {
        scored,
        predictedFake: 0,
        flaggedShare: estimatedShare,
        flaggedInterval: { low: 0, high: 1 },
        estimatedShare,
        interval: { low: 0, high: 1 },
        meanProbability: 0,
        classifier: { sensitivity: 1, specificity: 1, threshold: 0.5 },
        method: { vi: '', en: '' },
      },
    }) as unknown as FollowerSampleAssessment;
  it('suspicious + mass: 25 % → (0.5 − 0.25) / (0.5 − 0.1) = 0.625', () => {
    const signal = assessSuspiciousMassFollowers(sample(0.25, 40, 0.1, 40));
    expect(signal.subscore).toBeCloseTo(0.625, 12);
    expect(signal.explanation.en).toContain('warning level');
  });
  it('fake estimate: 25 % → (0.4 − 0.25) / (0.4 − 0.1) = 0.5', () => {
    expect(assessFakeFollowerEstimate(sample(0, 40, 0.25, 40)).subscore).toBeCloseTo(0.5, 12);
  });
  it('not available with no sample or fewer than 20 rows', () => {
    expect(assessSuspiciousMassFollowers(null).status).toBe('not_available');
    expect(assessSuspiciousMassFollowers(sample(0.25, 10, 0.1, 10)).status).toBe('not_available');
    expect(assessFakeFollowerEstimate(sample(0.25, 10, 0.1, 10)).status).toBe('not_available');
  });
});
