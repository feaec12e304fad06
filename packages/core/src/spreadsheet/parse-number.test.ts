import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHumanNumber } from './parse-number';

const value = (text: string) => {
  const parsed = parseHumanNumber(text);
  return 'value' in parsed ? parsed.value : `error: ${parsed.error}`;
};

describe('parseHumanNumber', () => {
  it.each([
    ['12,5K', 12_500],
    ['12.5k', 12_500],
    ['1.2M', 1_200_000],
    ['12.500', 12_500],
    ['12,500', 12_500],
    ['1.234.567', 1_234_567],
    ['1,234,567', 1_234_567],
    ['1.234,5', 1_234.5],
    ['1,234.5', 1_234.5],
    ['12,5', 12.5],
    ['3.14', 3.14],
    ['1tr2', 1_200_000],
    ['1tr25', 1_250_000],
    ['2k5', 2_500],
    ['15 triệu', 15_000_000],
    ['15 trieu', 15_000_000],
    ['2 tỷ', 2_000_000_000],
    ['500.000đ', 500_000],
    ['500.000 VND', 500_000],
    ['  42 ', 42],
    ['+1,5k', 1_500],
    ['-3', -3],
  ])('reads %s as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each(['', '   ', '-', 'N/A', '—'])('treats %j as missing, not zero', (text) => {
    expect(value(text)).toBeNull();
  });

  it.each(['abc', '12..5', '1,23,4', '12x', '5 con gà', '.5.'])('explains why %j is not a number', (text) => {
    expect(String(value(text))).toMatch(/^error: /);
  });

  it('reads back any whole number written with Vietnamese thousands dots', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        expect(value(n.toLocaleString('vi-VN'))).toBe(n);
        expect(value(n.toLocaleString('en-US'))).toBe(n);
      }),
    );
  });
});
