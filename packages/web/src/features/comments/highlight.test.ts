import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

describe('highlightSegments', () => {
  it('marks the evidence spans and keeps the rest as plain text', () => {
    expect(
      highlightSegments('giá bn vậy shop, ship ko', [
        { start: 0, end: 6 },
        { start: 17, end: 21 },
      ]),
    ).toEqual([
      { text: 'giá bn', marked: true, start: 0 },
      { text: ' vậy shop, ', marked: false, start: 6 },
      { text: 'ship', marked: true, start: 17 },
      { text: ' ko', marked: false, start: 21 },
    ]);
  });

  it('merges overlapping spans and ignores spans outside the text', () => {
    expect(
      highlightSegments('đắt quá trời', [
        { start: 0, end: 4 },
        { start: 2, end: 7 },
        { start: 9, end: 40 },
      ]),
    ).toEqual([
      { text: 'đắt quá', marked: true, start: 0 },
      { text: ' trời', marked: false, start: 7 },
    ]);
  });

  it('returns the whole text unmarked without spans', () => {
    expect(highlightSegments('ổn', [])).toEqual([{ text: 'ổn', marked: false, start: 0 }]);
  });
});
