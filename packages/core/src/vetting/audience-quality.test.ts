import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AudienceQualityInput, qualityLevel, scoreAudienceQuality } from './audience-quality';

const band = { low: 1.5, high: 2, source: 'seed 000' };

describe('scoreAudienceQuality', () => {
  it('hand-computed score from two available signals, weights re-normalised', () => {
    const result = scoreAudienceQuality({
      engagementRate: 1.8,
      tierBand: band,
      growthSpikes: [{ at: '2025-02-01', score: 5 }],
    });
    // ER weight 0.2 (subscore 1), spikes weight 0.15 (subscore 2/3): (0.2 + 0.1) / 0.35
    expect(result.score).toBeCloseTo((100 * 0.3) / 0.35, 10);
    expect(result.coverage).toBeCloseTo(0.35, 12);
    expect(result.confidence).toBe('low');
    expect(result.notAvailable).toEqual([
      'like_comment_ratio',
      'comment_quality',
      'views_per_follower',
      'suspicious_mass_followers',
      'fake_follower_estimate',
    ]);
    const spikes = result.signals.find((signal) => signal.id === 'growth_spikes')!;
    expect(spikes.maxPoints).toBeCloseTo((100 * 0.15) / 0.35, 10);
    expect(spikes.contribution).toBeCloseTo((100 * 0.1) / 0.35, 10);
  });
  it('one perfect signal gives 100, not its weight: missing signals are not zeros', () => {
    expect(scoreAudienceQuality({ engagementRate: 1.8, tierBand: band }).score).toBe(100);
  });
  it('nothing available → null score and no level', () => {
    const result = scoreAudienceQuality({});
    expect(result.score).toBeNull();
    expect(result.level).toBeNull();
    expect(result.notAvailable).toHaveLength(7);
  });
  it('uses low-quality comments to judge a far-above ER', () => {
    const comments = Array.from({ length: 10 }, (_, i) => ({ text: 'đẹp quá', authorId: `u${i}` }));
    const result = scoreAudienceQuality({ engagementRate: 9, tierBand: band, commentTexts: comments });
    const er = result.signals.find((signal) => signal.id === 'engagement_rate')!;
    expect(er.details?.verdict).toBe('bought');
    // ER 0.2 × 0.2 + comments 0 × 0.2, over 0.4 → 10
    expect(result.score).toBeCloseTo(10, 10);
    expect(result.level).toBe('poor');
  });
  it('levels: ≥ 75 good, ≥ 50 caution, else poor', () => {
    expect(qualityLevel(75)).toBe('good');
    expect(qualityLevel(74.9)).toBe('caution');
    expect(qualityLevel(50)).toBe('caution');
    expect(qualityLevel(49.9)).toBe('poor');
  });

  const anyNumber = fc.oneof(
    fc.double(),
    fc.constant(Number.NaN),
    fc.constant(Number.POSITIVE_INFINITY),
    fc.integer({ min: -10, max: 1_000_000 }),
  );
  const input: fc.Arbitrary<AudienceQualityInput> = fc.record(
    {
      platform: fc.constantFrom('tiktok', 'instagram', 'facebook', 'youtube', 'zalo'),
      followers: fc.option(anyNumber, { nil: null }),
      growthSpikes: fc.option(fc.array(fc.record({ at: fc.string(), score: anyNumber }), { maxLength: 6 }), {
        nil: null,
      }),
      engagementRate: fc.option(anyNumber, { nil: null }),
      tierBand: fc.option(fc.record({ low: anyNumber, high: anyNumber, source: fc.constant('x') }), {
        nil: null,
      }),
      likes: fc.option(anyNumber, { nil: null }),
      comments: fc.option(anyNumber, { nil: null }),
      peerLikeCommentRatios: fc.option(fc.array(anyNumber, { maxLength: 12 }), { nil: null }),
      commentTexts: fc.option(
        fc.array(
          fc.record({
            text: fc.oneof(fc.string(), fc.constantFrom('hay quá', '😍', 'giá bao nhiêu')),
            authorId: fc.string(),
          }),
          { maxLength: 30 },
        ),
        { nil: null },
      ),
      postViews: fc.option(fc.array(anyNumber, { maxLength: 10 }), { nil: null }),
    },
    { requiredKeys: [] },
  );

  it('property: score is null or within 0–100, never NaN; contributions add up', () => {
    fc.assert(
      fc.property(input, (value) => {
        const result = scoreAudienceQuality(value);
        const sum = result.signals.reduce((s, signal) => s + (signal.contribution ?? 0), 0);
        if (result.score === null) return result.signals.every((signal) => signal.subscore === null);
        return (
          !Number.isNaN(result.score) &&
          result.score >= 0 &&
          result.score <= 100 &&
          Math.abs(sum - result.score) < 1e-9 &&
          result.signals.every(
            (signal) => signal.subscore === null || (signal.subscore >= 0 && signal.subscore <= 1),
          )
        );
      }),
    );
  });

  it('property: the score is the weighted mean of available subscores (missing ≠ 0)', () => {
    fc.assert(
      fc.property(input, (value) => {
        const result = scoreAudienceQuality(value);
        const available = result.signals.filter((signal) => signal.subscore !== null);
        if (available.length === 0) return result.score === null;
        const totalWeight = available.reduce((s, signal) => s + signal.weight, 0);
        const mean =
          (100 * available.reduce((s, signal) => s + signal.weight * signal.subscore!, 0)) / totalWeight;
        return Math.abs(mean - result.score!) < 1e-9;
      }),
    );
  });
});
