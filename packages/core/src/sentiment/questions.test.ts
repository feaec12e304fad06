import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { isQuestionClause, opinionTokens, splitClauses, vietnameseValence } from './questions';

function clauses(text: string, lang: 'vi' | 'en' = 'vi') {
  const tokens = tokenize(text, lang);
  return splitClauses(tokens).map((clause) => ({
    words: tokens
      .slice(clause.start, clause.end)
      .map((token) => token.text)
      .join(' '),
    question: isQuestionClause(tokens, clause, lang),
  }));
}

function kept(text: string): string | null {
  const tokens = tokenize(text, 'vi');
  const indexes = opinionTokens(tokens, 'vi', vietnameseValence(tokens));
  return indexes === null ? null : indexes.map((i) => tokens[i]!.text).join(' ');
}

describe('question clauses', () => {
  it.each([
    'ship về Đà Nẵng được không ạ',
    'Sản phẩm này có ở Cần Thơ chưa ạ',
    'giá bao nhiêu vậy shop',
    'gia bao nhieu vay shop',
    'con hang khong a',
    'mua ở đâu vậy',
    'cho mình xin link với',
    'cho em hỏi size',
    'Có size XL không',
  ])('reads %j as a question', (text) => {
    expect(clauses(text).map((clause) => clause.question)).toEqual([true]);
  });

  it.each([
    'không thích màu này lắm',
    'buổi nào thầy cũng có mặt',
    'giáo viên không đến lớp buổi nào',
    'em chưa bao giờ gặp giáo viên như vậy',
    'em xin đóng góp ý kiến',
    'can doi moi tai lieu',
    'hơi khó hiểu',
  ])('does not read %j as a question', (text) => {
    expect(clauses(text).map((clause) => clause.question)).toEqual([false]);
  });

  it('splits at punctuation and marks the clause a "?" ends', () => {
    expect(clauses('Đẹp quá, mua ở đâu vậy chị?')).toEqual([
      { words: 'đẹp quá', question: false },
      { words: 'mua ở đâu vậy chị', question: true },
    ]);
  });

  it('reads English questions by their opening word or a question mark', () => {
    expect(clauses('Where can I buy this', 'en')[0]!.question).toBe(true);
    expect(clauses('I can buy this', 'en')[0]!.question).toBe(false);
    expect(clauses('so cheap?', 'en')[0]!.question).toBe(true);
  });
});

describe('opinion tokens', () => {
  it('sets aside a question without an opinion, and the "Chị ơi" before it', () => {
    expect(kept('Chị ơi, ship về Đà Nẵng được không ạ?')).toBe('');
  });

  it('keeps the praise next to a question', () => {
    expect(kept('Đẹp quá, mua ở đâu vậy chị?')).toBe('đẹp quá ,');
  });

  it('keeps questions that complain, doubt or praise', () => {
    expect(kept('sao giao hàng chậm vậy?')).toBeNull();
    expect(kept('hàng giả à?')).toBeNull();
    expect(kept('sao ship lâu quá vậy')).toBeNull();
    expect(kept('Sao shop không trả lời tin nhắn vậy?')).toBeNull();
    expect(kept('Sao chị xinh vậy ạ? 😍')).toBeNull();
  });

  it('leaves statements alone', () => {
    expect(kept('sản phẩm tốt, giao hàng nhanh')).toBeNull();
  });

  it('does not read an unaccented word of an accented comment as its accented twin', () => {
    // "Kem" is cream; "kém" (poor) is in the lexicon.
    expect(kept('Kem chống nắng này có nâng tone không ạ')).toBe('');
    expect(kept('sao hang kem vay?')).toBeNull();
  });
});
