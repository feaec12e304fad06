import { describe, expect, it } from 'vitest';
import { campaignRange, parseRangeBound } from './range';

describe('parseRangeBound', () => {
  it('reads a date as a whole local day in UTC+07:00', () => {
    expect(parseRangeBound('2026-03-01', 'from')).toBe(Date.parse('2026-03-01T00:00:00+07:00'));
    expect(parseRangeBound('2026-03-31', 'to')).toBe(Date.parse('2026-04-01T00:00:00+07:00') - 1);
  });

  it('reads date-times with an offset and rejects the rest', () => {
    expect(parseRangeBound('2026-03-02T19:00:00+07:00', 'to')).toBe(Date.parse('2026-03-02T12:00:00Z'));
    expect(parseRangeBound('2026-03-02T19:00:00', 'to')).toBeUndefined();
    expect(parseRangeBound('yesterday', 'from')).toBeUndefined();
  });

  it('turns a campaign’s dates into a range', () => {
    expect(campaignRange({ start: '2026-03-01', end: '2026-03-01' })).toEqual({
      from: Date.parse('2026-02-28T17:00:00Z'),
      to: Date.parse('2026-03-01T17:00:00Z') - 1,
    });
  });
});
