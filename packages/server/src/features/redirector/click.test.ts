import { describe, expect, it } from 'vitest';
import { type Click, clicksFromJournal, clickToLine } from './click';

const CLICK: Click = {
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  workspaceId: '33333333-3333-4333-8333-333333333333',
  linkId: '11111111-1111-4111-8111-111111111111',
  t: 1_763_800_000_123,
  via: 'qr',
  visitorHash: 'abc',
  isBot: true,
  isRepeat: false,
  referrerHost: 'zalo.me',
};

describe('clicksFromJournal', () => {
  it('reads back what was journaled, skipping a torn tail line', () => {
    const text = `${clickToLine(CLICK)}${clickToLine({ ...CLICK, id: 'bbbbbbbb-aaaa-4aaa-8aaa-aaaaaaaaaaaa' })}{"id":"cc`;
    const clicks = clicksFromJournal(text);
    expect(clicks).toHaveLength(2);
    expect(clicks[0]).toEqual(CLICK);
    expect(clicks[1]?.id).toBe('bbbbbbbb-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
  });

  it('skips a line whose ids are not UUIDs (they go into array literals unescaped)', () => {
    const forged = JSON.stringify({ ...CLICK, id: 'x,y}' });
    expect(clicksFromJournal(`${forged}\n${clickToLine(CLICK)}`)).toEqual([CLICK]);
  });
});
