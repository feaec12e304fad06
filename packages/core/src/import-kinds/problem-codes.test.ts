import { describe, expect, it } from 'vitest';
import { validateCreatorRow } from '../spreadsheet/creator-row';
import { commentsKind } from './comments-kind';
import { ordersKind } from './orders-kind';
import { importProblem, problemMessage } from './problem-codes';

const column = (field: string) => `col:${field}`;

describe('import problems as codes', () => {
  it('fills the English sentence from the values, and keeps a more precise cause when given one', () => {
    expect(problemMessage('not_a_date', { value: 'hôm qua', example: '01/03/2026 10:00' })).toBe(
      '"hôm qua" is not a date (use 01/03/2026 10:00)',
    );
    expect(importProblem('not_a_number', { value: '12x' }, 'unknown unit "x"')).toEqual({
      code: 'not_a_number',
      values: { value: '12x' },
      message: 'unknown unit "x"',
    });
  });

  it('gives every row problem of a comment file a code with the cell that caused it', () => {
    const result = commentsKind.validateRow(
      { text: ' ', post: 'https://example.com/x', at: 'hôm qua', likes: '-3' },
      column,
    );
    expect(!result.ok && result.problems.map(({ column: c, code, values }) => [c, code, values])).toEqual([
      ['col:text', 'comment_text_empty', {}],
      ['col:post', 'not_a_post_link', { value: 'https://example.com/x' }],
      ['col:at', 'not_a_date', { value: 'hôm qua', example: '01/03/2026 10:00' }],
      ['col:likes', 'negative', { value: '-3' }],
    ]);
  });

  it('names what the mapping lacks as codes', () => {
    expect(ordersKind.missingInMapping(new Set(['at'])).map((p) => p.code)).toEqual([
      'map_order_id',
      'map_marketplace',
    ]);
    expect(commentsKind.missingInMapping(new Set()).map((p) => p.message)).toEqual([
      'choose the column with the comment text',
      'choose the column with the post link, or the post for the whole file',
    ]);
  });

  it('gives creator rows codes too, with the English message the CLI prints', () => {
    const result = validateCreatorRow(
      { platform: 'Myspace', handle: 'mai', email: 'mai@', followers: '1,2,3' },
      column,
    );
    expect(!result.ok && result.problems.map(({ code, values, message }) => [code, values, message])).toEqual(
      [
        [
          'unknown_platform',
          { value: 'Myspace' },
          'unknown platform "Myspace" (TikTok, Facebook, Instagram, YouTube, Zalo, other)',
        ],
        ['not_a_number', { value: '1,2,3' }, '"1,2,3" has separators in places a number cannot'],
        ['not_an_email', { value: 'mai@' }, 'not an e-mail address: "mai@"'],
      ],
    );
  });
});
