import { describe, expect, it } from 'vitest';
import { findCompetitorCollaborations } from './competitor-collaborations';
import { assessRisk } from './risk-assessment';

const asOf = '2025-06-01';
const competitors = [{ name: 'Highlands Coffee', aliases: ['Highlands'] }];
const post = (id: string, caption: string, publishedAt?: string) => ({
  id,
  caption,
  url: `https://example.com/${id}`,
  ...(publishedAt ? { publishedAt } : {}),
});
const comments = (count: number, text: string) =>
  Array.from({ length: count }, (_, i) => ({ id: `c${i}`, postId: 'p1', text }));
const ruleIds = (result: ReturnType<typeof assessRisk>) =>
  result.rules.map((rule) => `${rule.id}:${rule.level}`);

describe('findCompetitorCollaborations', () => {
  const result = findCompetitorCollaborations(
    [
      post('in', 'Hợp tác cùng Highlands Coffee #quangcao', '2025-03-01'),
      post('old', 'Cà phê Highlands nhà tài trợ', '2024-11-30'),
      post('edge', 'Highlands x mình #ad', '2024-12-01'),
      post('undated', 'Highlands sponsored'),
      post('plain', 'Sáng nay ghé Highlands', '2025-05-01'),
      post('other', 'Hợp tác với The Coffee House #quangcao', '2025-05-01'),
    ],
    competitors,
    asOf,
    6,
  );
  it('needs a competitor and a disclosure inside the window', () => {
    expect(result.windowStart).toBe('2024-12-01T00:00:00.000Z');
    expect(result.inWindow.map((c) => c.postId)).toEqual(['in', 'edge']);
    expect(result.inWindow[0]!.disclosures).toEqual(['quảng cáo', 'hợp tác']);
    expect(result.inWindow[0]!.url).toBe('https://example.com/in');
  });
  it('lists undated collaborations and undisclosed mentions separately', () => {
    expect(result.undated.map((c) => c.postId)).toEqual(['undated']);
    expect(result.undisclosedMentions.map((c) => c.postId)).toEqual(['plain']);
  });
});

describe('assessRisk', () => {
  it('low with nothing found, and says what was not available', () => {
    const result = assessRisk({ asOf, posts: [post('p1', 'Review son môi mới')] });
    expect(result.level).toBe('low');
    expect(result.rules).toEqual([]);
    expect(result.notAvailable).toEqual(['competitors', 'negative_sentiment', 'notes']);
  });
  it('flags carry category, term, excerpt and source', () => {
    const result = assessRisk({ asOf, posts: [post('p1', 'Tối nay đi nhậu với hội bạn')] });
    expect(result.flags).toEqual([
      {
        category: 'alcohol',
        term: 'nhậu',
        excerpt: 'Tối nay đi nhậu với hội bạn',
        source: { kind: 'caption', postId: 'p1', url: 'https://example.com/p1' },
      },
    ]);
    expect(ruleIds(result)).toEqual(['caption_sensitive_content:medium']);
    expect(result.level).toBe('medium');
  });
  it('gambling, adult or scandal in captions is high', () => {
    expect(assessRisk({ asOf, posts: [post('p1', 'Link nhà cái uy tín')] }).level).toBe('high');
  });
  it('scandal chatter in comments: 3 → medium, 10 → high', () => {
    expect(assessRisk({ asOf, comments: comments(2, 'bóc phốt đi') }).level).toBe('low');
    expect(ruleIds(assessRisk({ asOf, comments: comments(3, 'bóc phốt đi') }))).toEqual([
      'comment_scandal_chatter:medium',
    ]);
    expect(assessRisk({ asOf, comments: comments(10, 'lại lùm xùm rồi') }).level).toBe('high');
  });
  it('other sensitive words in comments need 5 to count', () => {
    expect(assessRisk({ asOf, comments: comments(4, 'vào casino chơi') }).level).toBe('low');
    expect(ruleIds(assessRisk({ asOf, comments: comments(5, 'vào casino chơi') }))).toEqual([
      'comment_sensitive_content:medium',
    ]);
  });
  it('comment flags link to their post url', () => {
    const result = assessRisk({ asOf, posts: [post('p1', 'hello')], comments: comments(1, 'casino') });
    expect(result.flags[0]!.source).toEqual({
      kind: 'comment',
      postId: 'p1',
      commentId: 'c0',
      url: 'https://example.com/p1',
    });
  });
  it('negative sentiment: 0.2 → medium, 0.35 → high, below → nothing', () => {
    expect(assessRisk({ asOf, negativeSentimentShare: 0.19 }).level).toBe('low');
    expect(assessRisk({ asOf, negativeSentimentShare: 0.2 }).level).toBe('medium');
    expect(assessRisk({ asOf, negativeSentimentShare: 0.35 }).level).toBe('high');
  });
  it('background notes set the level by their severity', () => {
    expect(assessRisk({ asOf, notes: [{ note: 'ok', severity: 'info' }] }).level).toBe('low');
    expect(assessRisk({ asOf, notes: [{ note: 'nợ hợp đồng cũ', severity: 'high' }] }).level).toBe('high');
    expect(assessRisk({ asOf, notes: [{ note: 'đang bị điều tra', severity: 'critical' }] }).level).toBe(
      'critical',
    );
  });
  it('competitor collaboration is high; with another high rule it becomes critical', () => {
    const collab = post('p1', 'Hợp tác cùng Highlands #quangcao', '2025-04-01');
    expect(ruleIds(assessRisk({ asOf, posts: [collab], competitors }))).toEqual([
      'competitor_collaboration:high',
    ]);
    const both = assessRisk({ asOf, posts: [collab, post('p2', 'chơi tài xỉu')], competitors });
    expect(ruleIds(both)).toEqual([
      'competitor_collaboration:high',
      'caption_high_risk_content:high',
      'multiple_high_risks:critical',
    ]);
    expect(both.level).toBe('critical');
  });
  it('an undisclosed competitor mention is medium', () => {
    const result = assessRisk({
      asOf,
      posts: [post('p1', 'Ghé Highlands sáng nay', '2025-05-01')],
      competitors,
    });
    expect(ruleIds(result)).toEqual(['undisclosed_competitor_mention:medium']);
  });
  it('categories can be disabled and extended per workspace', () => {
    const beerBrand = assessRisk({
      asOf,
      posts: [post('p1', 'Uống bia cùng bạn bè')],
      lexicon: { disabledCategories: ['alcohol'] },
    });
    expect(beerBrand.flags).toEqual([]);
    const extended = assessRisk({
      asOf,
      posts: [post('p1', 'Dùng thử kem trộn')],
      lexicon: { extraTerms: { scandal: [{ text: 'kem trộn' }] } },
    });
    expect(extended.flags.map((flag) => flag.term)).toEqual(['kem trộn']);
  });
  it('does not double-count a word inside a longer match', () => {
    const result = assessRisk({ asOf, posts: [post('p1', 'Cuối tuần uống bia')] });
    expect(result.flags.map((flag) => flag.term)).toEqual(['uống bia']);
  });
});
