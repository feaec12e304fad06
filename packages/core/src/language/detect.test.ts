import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect';

describe('detectLanguage', () => {
  it.each([
    'Sản phẩm rất tốt, giao hàng nhanh',
    'sp dung rat thich',
    'giá bn shop ơi',
    'con hang k shop',
    'chat luong tot, dong goi can than',
  ])('detects Vietnamese in %j', (text) => {
    expect(detectLanguage(text).lang).toBe('vi');
  });
  it.each([
    'I love this product so much',
    'not worth the money, would not buy again',
    'this is the best day',
  ])('detects English in %j', (text) => {
    expect(detectLanguage(text).lang).toBe('en');
  });
  it.each(['我很喜欢这个产品', 'Это очень хорошо', 'Selamat pagi semua teman', '😍😍', ''])(
    'answers other for %j',
    (text) => {
      expect(detectLanguage(text).lang).toBe('other');
    },
  );
  it.each(['nice', 'Wow!', 'so cute'])('reads a short English exclamation %j as English', (text) => {
    expect(detectLanguage(text).lang).toBe('en');
  });
  it('is more confident on clear text than on a single ambiguous word', () => {
    expect(detectLanguage('Sản phẩm rất tốt, giao hàng nhanh').confidence).toBeGreaterThan(
      detectLanguage('ok').confidence,
    );
  });
});
