import { describe, expect, it } from 'vitest';
import { foldDiacritics } from './fold';

describe('foldDiacritics', () => {
  it('folds Vietnamese letters and tones', () => {
    expect(foldDiacritics('Hà Nội')).toBe('ha noi');
    expect(foldDiacritics('Mỹ phẩm ĐẸP')).toBe('my pham dep');
    expect(foldDiacritics('Đà Lạt')).toBe('da lat');
  });
  it('handles decomposed input the same as composed input', () => {
    expect(foldDiacritics('Hà Nội'.normalize('NFD'))).toBe(foldDiacritics('Hà Nội'));
  });
});
