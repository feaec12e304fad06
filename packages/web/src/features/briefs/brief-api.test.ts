import { describe, expect, it } from 'vitest';
import { linesOf, referencesOf } from './brief-api';

describe('brief editor text', () => {
  it('keeps one bullet per non-empty line', () => {
    expect(linesOf(' Quay cận cảnh \n\n Nói rõ thời gian dùng\n')).toEqual([
      'Quay cận cảnh',
      'Nói rõ thời gian dùng',
    ]);
  });
  it('reads references as "label | url", or a bare url', () => {
    expect(referencesOf('Video mẫu | https://tiktok.com/v/1\nhttps://shop.vn/serum\nGhi chú')).toEqual([
      { label: 'Video mẫu', url: 'https://tiktok.com/v/1' },
      { label: 'https://shop.vn/serum', url: 'https://shop.vn/serum' },
      { label: 'Ghi chú', url: null },
    ]);
  });
});
