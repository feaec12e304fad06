import { describe, expect, it } from 'vitest';
import { buildCampaignSentiment, type ScoredCommentRow } from './campaign-sentiment';

let next = 0;
function row(over: Partial<ScoredCommentRow>): ScoredCommentRow {
  next++;
  return {
    id: `c${next}`,
    postId: 'p1',
    creatorId: 'k1',
    text: 'ok',
    lang: 'vi',
    sentiment: 'neutral',
    spam: false,
    tags: [],
    day: '2026-03-01',
    ...over,
  };
}

const price = {
  tag: 'purchase_intent' as const,
  kind: 'price_question',
  evidence: 'giá bn',
  start: 0,
  end: 6,
};
const dear = { tag: 'objection' as const, kind: 'too_expensive', evidence: 'đắt quá', start: 0, end: 7 };
const url = { tag: 'spam' as const, kind: 'url', evidence: 'shop.vn', start: 0, end: 7 };

describe('buildCampaignSentiment', () => {
  const rows = [
    row({ sentiment: 'positive' }),
    row({ sentiment: 'positive', postId: 'p2', creatorId: 'k2', day: '2026-03-02' }),
    row({ sentiment: 'negative', tags: [dear], text: 'đắt quá' }),
    row({ sentiment: 'neutral', tags: [price], text: 'giá bn' }),
    row({ sentiment: 'positive', spam: true, tags: [url, price] }),
    row({ sentiment: null }),
    row({ sentiment: 'positive', lang: 'other', text: 'super merci beaucoup' }),
  ];
  const view = buildCampaignSentiment(rows);

  it('scores the campaign as (pos − neg) / (pos + neu + neg) × 100 with spam and unscored left out', () => {
    // 2 positive, 1 neutral, 1 negative → (2 − 1) / 4 × 100 = 25
    expect(view.summary).toMatchObject({
      positive: 2,
      neutral: 1,
      negative: 1,
      total: 4,
      excludedSpam: 1,
      otherLanguage: 1,
    });
    expect(view.summary.sentimentScore.value).toBeCloseTo(25);
  });

  it('splits by creator and post, counting intents without spam', () => {
    const k1 = view.byCreator.find((c) => c.creatorId === 'k1');
    expect(k1?.summary.total).toBe(3);
    expect(k1?.purchaseIntent).toBe(1);
    expect(k1?.objections).toBe(1);
    expect(view.byPost.find((p) => p.postId === 'p2')?.summary.sentimentScore.value).toBeCloseTo(100);
  });

  it('builds a daily series and intent counts with evidence examples', () => {
    expect(view.daily).toEqual([
      { day: '2026-03-01', positive: 1, neutral: 1, negative: 1, spam: 1, otherLanguage: 1 },
      { day: '2026-03-02', positive: 1, neutral: 0, negative: 0, spam: 0, otherLanguage: 0 },
    ]);
    const priceCount = view.intents.find((i) => i.kind === 'price_question');
    expect(priceCount?.count).toBe(1);
    expect(priceCount?.examples[0]?.evidence).toBe('giá bn');
    expect(view.intents.some((i) => i.kind === 'url')).toBe(false);
  });

  it('keeps other-language comments out of the creator score and the drivers', () => {
    expect(view.byCreator.find((c) => c.creatorId === 'k1')?.summary.otherLanguage).toBe(1);
    const terms = [...view.drivers.positive, ...view.drivers.negative].map((d) => d.term);
    expect(terms.some((term) => term.includes('merci'))).toBe(false);
  });

  it('gives a null score with a reason when there are no comments', () => {
    const empty = buildCampaignSentiment([]);
    expect(empty.summary.sentimentScore.value).toBeNull();
    expect(empty.summary.sentimentScore.reason).toMatch(/no comments/);
  });
});
