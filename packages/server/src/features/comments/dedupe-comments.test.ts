import { describe, expect, it } from 'vitest';
import { newComments } from './dedupe-comments';

describe('newComments', () => {
  const stored = [
    { externalId: 'yt-1', author: 'Lan', text: 'đẹp quá', at: new Date('2026-03-01T10:00:00Z') },
    { externalId: null, author: 'Minh', text: 'giá bao nhiêu', at: new Date('2026-03-01T11:00:00Z') },
  ];

  it('drops comments already stored by external id, whatever their text', () => {
    const fresh = newComments(
      [
        { externalId: 'yt-1', text: 'sửa lại' },
        { externalId: 'yt-2', text: 'hay' },
      ],
      stored,
    );
    expect(fresh.map((c) => c.externalId)).toEqual(['yt-2']);
  });

  it('drops comments without an id that match author, text and time (any time-zone spelling)', () => {
    const fresh = newComments(
      [
        { author: 'Minh', text: 'giá bao nhiêu', at: '2026-03-01T18:00:00+07:00' },
        { author: 'Minh', text: 'giá bao nhiêu', at: '2026-03-02T11:00:00Z' },
      ],
      stored,
    );
    expect(fresh.map((c) => c.at)).toEqual(['2026-03-02T11:00:00Z']);
  });

  it('keeps only the first of duplicates inside one batch', () => {
    const fresh = newComments(
      [
        { author: 'An', text: 'ok' },
        { author: 'An', text: 'ok' },
        { externalId: 'x', text: 'a' },
        { externalId: 'x', text: 'b' },
      ],
      [],
    );
    expect(fresh).toEqual([
      { author: 'An', text: 'ok' },
      { externalId: 'x', text: 'a' },
    ]);
  });
});
