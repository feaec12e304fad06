import { describe, expect, it } from 'vitest';
import {
  addMoney,
  CurrencyCodeSchema,
  currencyDecimals,
  fromMinorUnits,
  minorUnitsPerMajor,
  money,
  toMinorUnits,
} from './index';

describe('minorUnitsPerMajor', () => {
  it('knows VND has no minor unit, USD cents and KWD fils', () => {
    expect(minorUnitsPerMajor('VND')).toBe(1);
    expect(minorUnitsPerMajor('USD')).toBe(100);
    expect(minorUnitsPerMajor('KWD')).toBe(1000);
    expect(currencyDecimals('JPY')).toBe(0);
  });
  it('rejects unknown codes', () => {
    expect(() => minorUnitsPerMajor('XXQ')).toThrow(/Unknown currency/);
    expect(CurrencyCodeSchema.safeParse('vnd').success).toBe(false);
    expect(CurrencyCodeSchema.safeParse('VND').success).toBe(true);
  });
});

describe('minor-unit conversions', () => {
  it('round-trips major and minor amounts', () => {
    expect(toMinorUnits(12.34, 'USD')).toBe(1234);
    expect(toMinorUnits(150_000_000, 'VND')).toBe(150_000_000);
    expect(toMinorUnits(0.5, 'VND')).toBe(1);
    expect(toMinorUnits(-0.5, 'VND')).toBe(-1);
    expect(fromMinorUnits(1234, 'USD')).toBe(12.34);
  });
  it('adds amounts of one currency and refuses to mix', () => {
    expect(addMoney(money(6_000_000, 'VND'), money(9_000_000, 'VND'))).toEqual({
      amount: 15_000_000,
      currency: 'VND',
    });
    expect(() => addMoney(money(1, 'VND'), money(1, 'USD'))).toThrow(/Cannot add USD/);
    expect(() => money(1.5, 'VND')).toThrow(/integer/);
  });
});
