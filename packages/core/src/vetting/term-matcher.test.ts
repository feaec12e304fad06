import { describe, expect, it } from 'vitest';
import { compileTerms, excerpt, findTerms } from './term-matcher';

const terms = compileTerms([
  { text: 'cờ bạc' },
  { text: 'uống bia' },
  { text: 'bia', match: 'exact' },
  { text: 'nhậu', match: 'exact' },
  { text: '18+' },
  { text: 'sex' },
]);
const found = (text: string) => findTerms(text, terms).map((match) => match.term);

describe('findTerms', () => {
  it('matches folded terms without accents and in any case', () => {
    expect(found('CỜ BẠC là xấu')).toEqual(['cờ bạc']);
    expect(found('choi co bac')).toEqual(['cờ bạc']);
  });
  it('matches the hashtag form of multi-word terms', () => {
    expect(found('#cobac không tốt')).toEqual(['cờ bạc']);
  });
  it('respects word boundaries', () => {
    expect(found('Sussex university')).toEqual([]);
    expect(found('sex education')).toEqual(['sex']);
    expect(found('phim 18+ nha')).toEqual(['18+']);
  });
  it('exact terms need the right diacritics: "bia" (beer) is not "bìa" (cover), "nhậu" is not "nhau"', () => {
    expect(found('Bìa sách đẹp quá')).toEqual([]);
    expect(found('Bia lạnh ngon')).toEqual(['bia']);
    expect(found('chúng ta yêu nhau')).toEqual([]);
    expect(found('đi nhậu thôi')).toEqual(['nhậu']);
  });
  it('gives positions in the original text', () => {
    const text = 'Tối nay uống bia nhé';
    const match = findTerms(text, terms).find((m) => m.term === 'uống bia')!;
    expect(text.slice(match.start, match.end)).toBe('uống bia');
  });
});

describe('excerpt', () => {
  it('cuts around the match with ellipses', () => {
    const text = `${'a'.repeat(50)} cờ bạc ${'b'.repeat(50)}`;
    const match = findTerms(text, terms)[0]!;
    expect(excerpt(text, match, 5)).toBe('…aaaa cờ bạc bbbb…');
  });
});
