import { describe, expect, it } from 'vitest';
import { parseCommentSheet, parseCommentTime } from './parse-comment-sheet';

const sheet = (...rows: string[][]) => ({ rows: rows.map((cells, index) => ({ number: index + 1, cells })) });

describe('parseCommentTime', () => {
  it('reads ISO and Vietnamese day/month/year in UTC+7', () => {
    expect(parseCommentTime('2026-03-01T10:00:00Z')).toBe('2026-03-01T10:00:00.000Z');
    expect(parseCommentTime('01/03/2026 10:30')).toBe('2026-03-01T03:30:00.000Z');
    expect(parseCommentTime('02/03/2026')).toBe('2026-03-01T17:00:00.000Z');
  });

  it('refuses impossible dates and free text', () => {
    expect(parseCommentTime('31/02/2026')).toBeNull();
    expect(parseCommentTime('hôm qua')).toBeNull();
    expect(parseCommentTime('01/13/2026')).toBeNull();
  });
});

describe('parseCommentSheet', () => {
  it('maps Vietnamese headers without accents and keeps every readable row', () => {
    const result = parseCommentSheet(
      sheet(
        ['Tác giả', 'Nội dung', 'Thời gian', 'Lượt thích', 'Trả lời'],
        ['Lan', 'giá bn shop', '01/03/2026 10:00', '1.200', ''],
        ['Minh', 'đẹp quá', '', '', 'Lan'],
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.comments).toEqual([
      { author: 'Lan', text: 'giá bn shop', at: '2026-03-01T03:00:00.000Z', likes: 1200 },
      { author: 'Minh', text: 'đẹp quá', replyTo: 'Lan' },
    ]);
  });

  it('reports each bad row with its number and column', () => {
    const result = parseCommentSheet(
      sheet(
        ['author', 'text', 'time', 'likes'],
        ['A', '', '', ''],
        ['B', 'ok', 'mai', ''],
        ['C', 'ok', '', 'nhiều'],
        ['D', 'hay', '', '3'],
      ),
    );
    expect(result.problems).toEqual([
      {
        row: 2,
        column: 'text',
        code: 'comment_text_empty',
        values: {},
        message: 'the comment text is empty',
      },
      {
        row: 3,
        column: 'time',
        code: 'not_a_date',
        values: { value: 'mai', example: '01/03/2026 10:00' },
        message: '"mai" is not a date (use 2026-03-01T10:00 or 01/03/2026 10:00)',
      },
      {
        row: 4,
        column: 'likes',
        code: 'not_a_whole_number',
        values: { value: 'nhiều' },
        message: '"nhiều" is not a whole number',
      },
    ]);
    expect(result.comments).toEqual([{ author: 'D', text: 'hay', likes: 3 }]);
  });

  it('names the missing text column', () => {
    expect(parseCommentSheet(sheet(['author', 'time'], ['A', ''])).problems[0]).toMatchObject({
      row: 1,
      column: 'text',
      code: 'no_text_column',
    });
  });
});
