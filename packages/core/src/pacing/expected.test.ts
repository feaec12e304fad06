import { describe, expect, it } from 'vitest';
import type { DeliveryCurve } from './delivery-curve';
import { expectedToDate } from './expected';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('expectedToDate, linear', () => {
  const base = { target: 1000, start: 0, end: 10 * DAY };

  it('is target × elapsed / duration, clamped to the campaign', () => {
    expect(expectedToDate({ ...base, now: 2.5 * DAY })).toMatchObject({
      ok: true,
      method: 'linear',
      share: 0.25,
      expected: 250,
    });
    expect(expectedToDate({ ...base, now: -DAY })).toMatchObject({ ok: true, share: 0, expected: 0 });
    expect(expectedToDate({ ...base, now: 30 * DAY })).toMatchObject({ ok: true, share: 1, expected: 1000 });
  });

  it('refuses an empty campaign or a negative target', () => {
    expect(expectedToDate({ ...base, end: 0, now: 0 })).toMatchObject({ ok: false, code: 'invalid_range' });
    expect(expectedToDate({ ...base, target: -1, now: 0 })).toMatchObject({
      ok: false,
      code: 'invalid_target',
    });
  });
});

describe('expectedToDate, from a post plan', () => {
  const curve: DeliveryCurve = {
    shape: 'exponential',
    scaleHours: 24,
    exponent: 1,
    residualLogSd: 0.4,
    source: 'fitted',
  };

  it('weights each post by its delivery curve, normalised to the share delivered by the end', () => {
    // Posts at 0 h and 48 h, campaign ends at 96 h, now 48 h:
    // share = F(48) + F(0) over F(96) + F(48) = (1 − e⁻²) / ((1 − e⁻⁴) + (1 − e⁻²)) = 0.4683105.
    const result = expectedToDate({
      target: 10_000,
      start: 0,
      end: 96 * HOUR,
      now: 48 * HOUR,
      posts: [
        { publishAt: 0, curve },
        { publishAt: 48 * HOUR, curve },
      ],
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.method).toBe('plan');
    expect(result.share).toBeCloseTo(0.4683105308, 9);
    expect(result.expected).toBeCloseTo(4683.105308, 5);
    expect(result.residualLogSd).toBeCloseTo(0.4, 12);
  });

  it('uses expected values as weights and fitted platform curves', () => {
    const result = expectedToDate({
      target: 100,
      start: 0,
      end: 96 * HOUR,
      now: 96 * HOUR,
      posts: [
        { publishAt: 0, expectedValue: 3, platform: 'tiktok' },
        { publishAt: 24 * HOUR, expectedValue: 1, platform: 'tiktok' },
      ],
      curves: { tiktok: curve },
    });
    expect(result).toMatchObject({ ok: true, share: 1, expected: 100 });
  });

  it('explains a plan that delivers nothing before the end', () => {
    const result = expectedToDate({
      target: 100,
      start: 0,
      end: DAY,
      now: 0,
      posts: [{ publishAt: 2 * DAY }],
    });
    expect(result).toMatchObject({ ok: false, code: 'no_delivery_by_end' });
  });
});
