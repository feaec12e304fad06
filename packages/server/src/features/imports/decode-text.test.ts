import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

describe('decodeText', () => {
  it('reads Windows-1258 (tones as combining marks) and recomposes Vietnamese', () => {
    // "Hà Nội" in Windows-1258: a + 0xCC (combining grave), ô (0xF4) + 0xF2 (combining dot below).
    const result = decodeText(new Uint8Array([0x48, 0x61, 0xcc, 0x20, 0x4e, 0xf4, 0xf2, 0x69]));
    expect(result).toEqual({ text: 'Hà Nội', encoding: 'windows-1258' });
  });

  it('strips a UTF-8 BOM and reads UTF-16 with or without a BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Tên')])).text).toBe('Tên');
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from('Hà Nội', 'utf16le')])).text).toBe('Hà Nội');
    expect(decodeText(new Uint8Array(Buffer.from('Tên,KOL', 'utf16le'))).encoding).toBe('utf-16le');
    expect(decodeText(new Uint8Array(Buffer.from('Mỹ phẩm'))).encoding).toBe('utf-8');
  });
});
