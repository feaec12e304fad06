import { describe, expect, it } from 'vitest';
import { bytesToBase64, commentFileProblem, MAX_COMMENT_FILE_BYTES } from './import-comments-api';

describe('comment file checks', () => {
  it('accepts .csv and .xlsx up to 700 KB and refuses the rest', () => {
    expect(commentFileProblem({ name: 'binh-luan.CSV', size: 10 })).toBeNull();
    expect(commentFileProblem({ name: 'a.xlsx', size: 716_800 })).toBeNull();
    expect(commentFileProblem({ name: 'a.xlsx', size: 716_801 })).toBe('tooLarge');
    expect(commentFileProblem({ name: 'a.xls', size: 10 })).toBe('wrongType');
    expect(commentFileProblem({ name: 'a.csv', size: 0 })).toBe('empty');
  });

  it('keeps the largest accepted file under the API limit of 1,000,000 base64 characters', () => {
    expect(Math.ceil(MAX_COMMENT_FILE_BYTES / 3) * 4).toBeLessThanOrEqual(1_000_000);
  });
});

describe('bytesToBase64', () => {
  it('encodes known values', () => {
    expect(bytesToBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(bytesToBase64(new Uint8Array([0xff, 0x00]))).toBe('/wA=');
    expect(bytesToBase64(new Uint8Array([]))).toBe('');
  });

  it('round-trips input longer than one 32 KB chunk', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    const decoded = Uint8Array.from(atob(bytesToBase64(bytes)), (char) => char.charCodeAt(0));
    expect(decoded).toEqual(bytes);
  });
});
