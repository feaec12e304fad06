import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDiacritics } from './fold';
import { tokenize } from './tokenize';
import { foldPreservingOffsets, normalizeUnicode } from './unicode';

const texts = (input: string, lang: 'vi' | 'en' = 'vi') => tokenize(input, lang).map((token) => token.text);

describe('normalizeUnicode', () => {
  it('puts the tone of oa/oe/uy on the same vowel in both spelling conventions', () => {
    expect(normalizeUnicode('hoà')).toBe(normalizeUnicode('hòa'));
    expect(normalizeUnicode('khoẻ thuỷ')).toBe('khỏe thủy');
    expect(normalizeUnicode('quý')).toBe('quý');
    expect(normalizeUnicode('hoàn toàn')).toBe('hoàn toàn');
  });
  it('composes decomposed input', () => {
    expect(normalizeUnicode('Hà Nội'.normalize('NFD'))).toBe('Hà Nội');
  });
});

describe('foldPreservingOffsets', () => {
  it('agrees with foldDiacritics on Vietnamese text and keeps the length', () => {
    const alphabet =
      'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ AĐƯ';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(foldPreservingOffsets(text)).toBe(foldDiacritics(text));
        expect(foldPreservingOffsets(text)).toHaveLength(text.length);
      }),
    );
  });
});

describe('tokenize', () => {
  it('expands teencode', () => {
    expect(texts('sp dc lắm, ko j đâu, mik thik')).toEqual(
      expect.arrayContaining(['sản', 'phẩm', 'được', 'không', 'gì', 'mình', 'thích']),
    );
    expect(texts('nhìu cx ok vs e')).toEqual(['nhiều', 'cũng', 'ok', 'với', 'em']);
  });
  it('gives the same folded tokens with and without diacritics', () => {
    const accented = tokenize('Sản phẩm rất đẹp, giao hàng nhanh').map((token) => token.folded);
    const plain = tokenize('san pham rat dep, giao hang nhanh').map((token) => token.folded);
    expect(plain).toEqual(accented);
  });
  it('squeezes elongated letters, also across diacritics', () => {
    expect(texts('ngonnnn quáaaa')).toEqual(['ngon', 'quá']);
    expect(tokenize('ngonnnn')[0]!.elongated).toBe(true);
    expect(texts('sooo good', 'en')).toEqual(['so', 'good']);
  });
  it('turns emoji and emoticons into emotion tokens', () => {
    expect(texts('đẹp 😍 :)) :(( 👎🏻 <3 =))')).toEqual([
      'đẹp',
      '<emo_love>',
      '<emo_laugh>',
      '<emo_neg>',
      '<emo_neg>',
      '<emo_love>',
      '<emo_laugh>',
    ]);
  });
  it('replaces URLs, numbers, prices, phone numbers and mentions by placeholders', () => {
    expect(texts('xem https://shopee.vn/abc giá 150k 20 cái gọi 0912 345 678 @lan')).toEqual([
      'xem',
      '<url>',
      'giá',
      '<price>',
      '<num>',
      'cái',
      'gọi',
      '<phone>',
      '<user>',
    ]);
  });
  it('marks the words after a negation until punctuation or a contrast', () => {
    const tokens = tokenize('ko ngon, nhưng chẳng sao cả. rất tốt');
    const negated = tokens.filter((token) => token.negated).map((token) => token.text);
    expect(negated).toEqual(['ngon', 'sao', 'cả']);
    expect(tokens.find((token) => token.text === 'tốt')!.negated).toBe(false);
  });
  it("splits English n't contractions into a negation", () => {
    const tokens = tokenize("I don't like it, can't wait", 'en');
    expect(tokens.map((token) => token.text)).toEqual([
      'i',
      'do',
      'not',
      'like',
      'it',
      ',',
      'can',
      'not',
      'wait',
    ]);
    expect(tokens.find((token) => token.text === 'like')!.negated).toBe(true);
  });
  it('marks intensified words before and after', () => {
    const tokens = tokenize('rất tốt, đẹp lắm, cực kỳ thích');
    const intensified = tokens.filter((token) => token.intensified).map((token) => token.text);
    expect(intensified).toEqual(['tốt', 'đẹp', 'thích']);
  });
  it('keeps offsets into the normalised text', () => {
    const input = 'Giá bn ạ? 😍';
    for (const token of tokenize(input)) {
      expect(token.end).toBeGreaterThan(token.start);
      expect(input.slice(token.start, token.end).length).toBe(token.end - token.start);
    }
    expect(input.slice(tokenize(input)[1]!.start, tokenize(input)[1]!.end)).toBe('bn');
  });
});

describe('question particles', () => {
  const negated = (text: string) =>
    tokenize(text)
      .filter((token) => token.negated)
      .map((token) => token.text);

  it('a final "không"/"chưa" followed only by particles asks; it negates nothing', () => {
    expect(negated('ship về Đà Nẵng được không ạ')).toEqual([]);
    expect(negated('con hang khong shop oi')).toEqual([]);
    expect(negated('dùng được chưa chị?')).toEqual([]);
  });

  it('"không" before a word still negates it', () => {
    expect(negated('không thích màu này')).toEqual(['thích', 'màu', 'này']);
    expect(negated('âm thanh nhỏ nghe không rõ ạ')).toEqual(['rõ', 'ạ']);
  });

  it('"size XL" is a size, not "xin lỗi"', () => {
    expect(tokenize('size XL').map((token) => token.text)).toEqual(['size', 'xl']);
    expect(tokenize('xl nha').map((token) => token.text)).toEqual(['xin', 'lỗi', 'nha']);
  });
});
