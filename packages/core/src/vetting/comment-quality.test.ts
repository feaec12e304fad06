import { describe, expect, it } from 'vitest';
import { analyzeComments, isGenericComment } from './comment-quality';

describe('isGenericComment', () => {
  it.each([
    'hay quá',
    'Đẹp quá chị ơi 😍',
    'HAYYYY QUÁAAA',
    'dep qua',
    'nice pic!!',
    'hahaha',
    '10 điểm',
    '❤️❤️❤️',
    '👏',
  ])('"%s" is generic', (text) => {
    expect(isGenericComment(text)).toBe(true);
  });
  it.each([
    'Đẹp quá, giá bao nhiêu vậy shop?',
    'Chị ơi mua ở đâu vậy?',
    'dép này mang có đau chân không',
    'đẹp quá đẹp quá đẹp quá đẹp',
    '@lan',
  ])('"%s" is not generic', (text) => {
    expect(isGenericComment(text)).toBe(false);
  });
});

describe('analyzeComments', () => {
  it('counts generic and cross-author duplicates (hand-computed)', () => {
    const analysis = analyzeComments([
      { text: 'Đẹp quá chị ơi 😍', authorId: 'a' },
      { text: '😍😍😍', authorId: 'b' },
      { text: 'Chị ơi mua ở đâu vậy?', authorId: 'c' },
      { text: 'Sản phẩm này dùng có tốt không ạ', authorId: 'd' },
      { text: 'Sản phẩm này dùng có tốt không ạ', authorId: 'e' },
      { text: 'sản phẩm này dùng có tốt không ạ!!!', authorId: 'd' },
      { text: '   ', authorId: 'x' },
      { text: '@lan', authorId: 'f' },
      { text: 'nice pic!!', authorId: 'g' },
      { text: 'NICE PIC', authorId: 'h' },
    ]);
    expect(analysis.total).toBe(9);
    expect(analysis.skippedEmpty).toBe(1);
    expect(analysis.genericCount).toBe(4);
    expect(analysis.duplicateCount).toBe(3);
    expect(analysis.lowQualityCount).toBe(7);
    expect(analysis.genericShare).toBeCloseTo(4 / 9, 12);
    expect(analysis.duplicateShare).toBeCloseTo(3 / 9, 12);
    expect(analysis.lowQualityShare).toBeCloseTo(7 / 9, 12);
    expect(analysis.duplicateGroups).toEqual([
      { text: 'Sản phẩm này dùng có tốt không ạ', comments: 3, authors: 2 },
    ]);
  });
  it('the same text repeated by one author is not a cross-author duplicate', () => {
    const analysis = analyzeComments([
      { text: 'mình đã đặt hàng rồi nhé', authorId: 'a' },
      { text: 'mình đã đặt hàng rồi nhé', authorId: 'a' },
    ]);
    expect(analysis.duplicateCount).toBe(0);
  });
  it('comments without an author count as distinct authors', () => {
    const analysis = analyzeComments([
      { text: 'follow me for more tips' },
      { text: 'Follow me for more tips!' },
    ]);
    expect(analysis.duplicateCount).toBe(2);
  });
  it('no comments → shares are null, not zero', () => {
    const analysis = analyzeComments([]);
    expect(analysis.lowQualityShare).toBeNull();
  });
});
