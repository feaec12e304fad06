import { describe, expect, it } from 'vitest';
import { tagComments } from './batch';
import { detectSeedingRings } from './seeding';
import { tagComment } from './tag';

const kinds = (text: string) => tagComment(text).map((match) => match.kind);

describe('tagComment: purchase intent', () => {
  it.each([
    ['Giá bao nhiêu vậy shop?', 'price_question'],
    ['gia bn', 'price_question'],
    ['bao nhiêu tiền ạ', 'price_question'],
    ['còn hàng không shop', 'availability'],
    ['con hang k', 'availability'],
    ['mua ở đâu vậy mn', 'where_to_buy'],
    ['mua o dau vay', 'where_to_buy'],
    ['có ship về Đà Nẵng không', 'shipping'],
    ['check ib nha', 'inbox'],
    ['ib em với', 'inbox'],
    ['cho xin link mua', 'link'],
    ['em order 2 hộp', 'order'],
    ['how much is it?', 'price_question'],
  ])('%j → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it('returns the evidence span with offsets into the text', () => {
    const text = 'Đẹp quá, giá bn vậy?';
    const [match] = tagComment(text);
    expect(match).toMatchObject({ tag: 'purchase_intent', kind: 'price_question', evidence: 'giá bn' });
    expect(text.slice(match!.start, match!.end)).toBe('giá bn');
  });
});

describe('tagComment: objections', () => {
  it.each([
    ['đắt quá', 'too_expensive'],
    ['mac qua shop oi', 'too_expensive'],
    ['hàng giả à', 'counterfeit'],
    ['nhìn như hàng fake', 'counterfeit'],
    ['không tin lắm', 'distrust'],
    ['ko tin đâu', 'distrust'],
    ['quảng cáo lố quá', 'exaggerated_ad'],
    ['shop lừa đảo', 'scam'],
    ['chất lượng kém', 'poor_quality'],
    ['chat luong ko tot', 'poor_quality'],
  ])('%j → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it('does not confuse words that only match once diacritics are removed', () => {
    expect(kinds('đạt quá trời')).toEqual([]);
    expect(kinds('đặt hàng rồi')).not.toContain('too_expensive');
    expect(kinds('quảng cáo lo')).toEqual([]);
    expect(kinds('bạn ở đâu')).toEqual([]);
  });

  it('tags nothing in an ordinary review', () => {
    expect(tagComment('giao hàng nhanh, sản phẩm tốt')).toEqual([]);
  });
});

describe('spam', () => {
  it('flags links, phone numbers, ads and follow-for-follow', () => {
    expect(kinds('xem tại https://abc.vn/x')).toContain('url');
    expect(kinds('liên hệ 0912 345 678')).toContain('phone');
    expect(kinds('kiếm tiền online tại nhà, inbox để nhận')).toContain('advertising');
    expect(kinds('follow chéo nha mn')).toContain('follow_for_follow');
    expect(kinds('fl cheo k')).toContain('follow_for_follow');
  });

  it('flags the same long text from several authors as a seeding ring', () => {
    const comments = [
      { id: '1', author: 'a', text: 'Sản phẩm tuyệt vời, mọi người nên mua nhé!' },
      { id: '2', author: 'b', text: 'san pham tuyet voi moi nguoi nen mua nhe' },
      { id: '3', author: 'c', text: 'Sản phẩm tuyệt vời mọi người nên mua nhé 😍' },
      { id: '4', author: 'd', text: 'đẹp quá' },
      { id: '5', author: 'e', text: 'đẹp quá' },
      { id: '6', author: 'f', text: 'đẹp quá' },
    ];
    const flagged = detectSeedingRings(comments);
    expect([...flagged.keys()].sort()).toEqual(['1', '2', '3']);
    expect(flagged.get('1')!.kind).toBe('seeding_ring');
  });

  it('does not count one author repeating themselves as a ring', () => {
    const comments = ['1', '2', '3'].map((id) => ({
      id,
      author: 'same',
      text: 'mua ngay kẻo hết nha mọi người',
    }));
    expect(detectSeedingRings(comments).size).toBe(0);
  });

  it('marks spam comments in a batch so sentiment can exclude them', () => {
    const tagged = tagComments([
      { id: 'x', author: 'a', text: 'giá bn shop' },
      { id: 'y', author: 'b', text: 'ghé trang của em nha https://spam.vn' },
    ]);
    expect(tagged.map((comment) => comment.spam)).toEqual([false, true]);
    expect(tagged[0]!.tags[0]!.tag).toBe('purchase_intent');
  });
});
