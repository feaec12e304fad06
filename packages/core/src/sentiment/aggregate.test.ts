import { describe, expect, it } from 'vitest';
import { aggregateSentiment, SentimentAggregator, sentimentScore } from './aggregate';
import { sentimentDrivers } from './drivers';

describe('sentimentScore', () => {
  it('is (positive − negative) / total × 100', () => {
    expect(sentimentScore({ positive: 3, neutral: 1, negative: 1 })).toEqual({ value: 40, reason: null });
    expect(sentimentScore({ positive: 0, neutral: 0, negative: 2 }).value).toBe(-100);
  });
  it('is null with a reason when there are no comments', () => {
    const score = sentimentScore({ positive: 0, neutral: 0, negative: 0 });
    expect(score.value).toBeNull();
    expect(score.reason).toMatch(/no comments/);
  });
});

describe('aggregateSentiment', () => {
  it('counts per group key and leaves spam out of the score', () => {
    const summaries = aggregateSentiment([
      { label: 'positive', keys: ['post:1', 'creator:a', 'campaign:x'] },
      { label: 'negative', keys: ['post:1', 'creator:a', 'campaign:x'] },
      { label: 'positive', keys: ['post:2', 'creator:b', 'campaign:x'] },
      { label: 'positive', spam: true, keys: ['post:2', 'creator:b', 'campaign:x'] },
      { label: 'neutral', keys: ['post:2', 'creator:b', 'campaign:x'] },
    ]);
    expect(summaries.get('campaign:x')).toMatchObject({
      positive: 2,
      neutral: 1,
      negative: 1,
      total: 4,
      excludedSpam: 1,
      sentimentScore: { value: 25, reason: null },
    });
    expect(summaries.get('post:1')!.sentimentScore.value).toBe(0);
    expect(summaries.get('creator:b')).toMatchObject({
      positive: 1,
      neutral: 1,
      negative: 0,
      excludedSpam: 1,
    });
  });

  it('counts comments in other languages apart and leaves them out of the score', () => {
    const summaries = aggregateSentiment([
      { label: 'positive', keys: ['campaign:x'] },
      { label: 'negative', keys: ['campaign:x'] },
      { label: 'negative', keys: ['campaign:x'] },
      { label: 'positive', otherLanguage: true, keys: ['campaign:x'] },
      { label: 'positive', otherLanguage: true, keys: ['campaign:x'] },
      { label: 'positive', otherLanguage: true, spam: true, keys: ['campaign:x'] },
    ]);
    // (1 − 2) / 3 × 100; the two "other" comments would have made it (3 − 2) / 5 × 100 = 20.
    expect(summaries.get('campaign:x')).toEqual({
      positive: 1,
      neutral: 0,
      negative: 2,
      total: 3,
      excludedSpam: 1,
      otherLanguage: 2,
      sentimentScore: { value: expect.closeTo(-33.333, 3), reason: null },
    });
  });

  it('gives a null score with a reason to a group with only other-language comments', () => {
    const summaries = aggregateSentiment([{ label: 'positive', otherLanguage: true, keys: ['post:7'] }]);
    expect(summaries.get('post:7')!.sentimentScore).toEqual({
      value: null,
      reason: 'no comments with a sentiment (spam and other languages excluded)',
    });
  });

  it('gives a null score to a group with only spam', () => {
    const aggregator = new SentimentAggregator();
    aggregator.add({ label: 'positive', spam: true, keys: ['post:9'] });
    expect(aggregator.summaries().get('post:9')!.sentimentScore.value).toBeNull();
  });
});

describe('sentimentDrivers', () => {
  const comments = [
    ...Array.from({ length: 6 }, (_, i) => ({
      text: `giao hàng nhanh, đóng gói đẹp ${i}`,
      label: 'positive' as const,
    })),
    ...Array.from({ length: 4 }, () => ({ text: 'giao hang nhanh lắm', label: 'positive' as const })),
    ...Array.from({ length: 5 }, () => ({ text: 'hàng giả, mùi hắc', label: 'negative' as const })),
    ...Array.from({ length: 3 }, () => ({ text: 'không ngon, mùi hắc', label: 'negative' as const })),
    ...Array.from({ length: 4 }, () => ({ text: 'đóng gói thường', label: 'neutral' as const })),
  ];
  const drivers = sentimentDrivers(comments, { top: 10 });

  it('ranks the phrases of positive comments on the positive side', () => {
    const terms = drivers.positive.map((driver) => driver.term);
    expect(terms).toContain('giao hàng');
    expect(terms).toContain('hàng nhanh');
    expect(terms).not.toContain('mùi hắc');
    expect(drivers.positive[0]!.zScore).toBeGreaterThan(0);
  });

  it('ranks the phrases of negative comments on the negative side, with accents restored', () => {
    const terms = drivers.negative.map((driver) => driver.term);
    expect(terms).toContain('mùi hắc');
    expect(terms).toContain('không ngon');
    expect(drivers.negative.every((driver) => driver.zScore < 0)).toBe(true);
  });

  it('counts comments on each side and drops stop-words', () => {
    const nhanh = drivers.positive.find((driver) => driver.term === 'nhanh')!;
    expect(nhanh).toMatchObject({ positiveComments: 10, negativeComments: 0 });
    const all = [...drivers.positive, ...drivers.negative].map((driver) => driver.term);
    expect(all).not.toContain('lắm');
  });
});
