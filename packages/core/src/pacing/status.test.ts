import { describe, expect, it } from 'vitest';
import { pacingStatus } from './status';

const status = (actual: number, direction: 'higher' | 'lower' = 'higher') => {
  const result = pacingStatus({ actual, expected: 100, direction });
  return result.ok ? result.status : result.code;
};

describe('pacingStatus', () => {
  it('rates higher-is-better KPIs', () => {
    expect(status(96)).toBe('on_track');
    expect(status(105)).toBe('on_track');
    expect(status(90)).toBe('at_risk');
    expect(status(85)).toBe('at_risk');
    expect(status(80)).toBe('off_track');
    expect(status(120)).toBe('ahead');
  });

  it('flips the direction for lower-is-better KPIs', () => {
    expect(status(110, 'lower')).toBe('at_risk');
    expect(status(120, 'lower')).toBe('off_track');
    expect(status(80, 'lower')).toBe('ahead');
  });

  it('reports pacing and the favourable deviation', () => {
    const result = pacingStatus({ actual: 120, expected: 150, direction: 'lower' });
    expect(result).toMatchObject({
      ok: true,
      pacingPercent: 80,
      deviationPercent: -20,
      favourableDeviationPercent: 20,
    });
  });

  it('can rate deviations either way as risk, and takes edited thresholds', () => {
    expect(pacingStatus({ actual: 120, expected: 100, deviationEitherWayIsRisk: true })).toMatchObject({
      status: 'off_track',
    });
    expect(pacingStatus({ actual: 92, expected: 100, thresholds: { onTrackPercent: 10 } })).toMatchObject({
      status: 'on_track',
    });
    expect(
      pacingStatus({ actual: 92, expected: 100, thresholds: { onTrackPercent: 20, offTrackPercent: 10 } }),
    ).toMatchObject({
      ok: false,
      code: 'invalid_thresholds',
    });
  });

  it('returns a reason instead of NaN or infinity', () => {
    expect(pacingStatus({ actual: null, expected: 100 })).toMatchObject({ ok: false, code: 'no_data' });
    expect(pacingStatus({ actual: 5, expected: 0 })).toMatchObject({
      ok: false,
      code: 'nothing_expected_yet',
    });
  });
});
