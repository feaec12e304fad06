const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Lower-cases and strips Vietnamese diacritics so that "Hà Nội" and "ha noi" compare equal.
 * "đ"/"Đ" are separate letters (not a combining mark) and are mapped to "d" explicitly.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}
