import { type Outcome, unavailable } from '../stats/result';

export type KpiDirection = 'higher' | 'lower';
export type PacingState = 'ahead' | 'on_track' | 'at_risk' | 'off_track';

export interface PacingThresholds {
  /** |pacing − 100| within this many percent is on track. Default 5. */
  onTrackPercent: number;
  /** Beyond this many percent on the unfavourable side is off track. Default 15. */
  offTrackPercent: number;
}

export const DEFAULT_PACING_THRESHOLDS: Readonly<PacingThresholds> = Object.freeze({
  onTrackPercent: 5,
  offTrackPercent: 15,
});

export interface PacingInput {
  actual: number | null;
  expected: number;
  /** Whether more is better (views, leads) or less is (cost, CPA). Default 'higher'. */
  direction?: KpiDirection;
  thresholds?: Partial<PacingThresholds>;
  /**
   * The spec's bands are ±: with this set, a favourable deviation beyond the bands is rated like an
   * unfavourable one (e.g. spending far ahead of plan). Default false: it is reported as 'ahead'.
   */
  deviationEitherWayIsRisk?: boolean;
}

export interface PacingStatus {
  /** actual / expected × 100. */
  pacingPercent: number;
  /** pacingPercent − 100 (positive = more than expected). */
  deviationPercent: number;
  /** Deviation signed so that positive is good for this KPI's direction. */
  favourableDeviationPercent: number;
  status: PacingState;
  thresholds: PacingThresholds;
}

/** pacing = actual / expected × 100, rated on track / at risk / off track (direction-aware). */
export function pacingStatus(input: PacingInput): Outcome<PacingStatus> {
  const thresholds = { ...DEFAULT_PACING_THRESHOLDS, ...input.thresholds };
  if (!(thresholds.onTrackPercent >= 0 && thresholds.offTrackPercent >= thresholds.onTrackPercent)) {
    return unavailable('invalid_thresholds', 'thresholds need 0 ≤ on-track ≤ off-track');
  }
  if (input.actual === null || !Number.isFinite(input.actual))
    return unavailable('no_data', 'no actual value recorded yet');
  if (!(Number.isFinite(input.expected) && input.expected > 0)) {
    return unavailable(
      'nothing_expected_yet',
      'nothing is expected yet (before the start, or a zero target)',
    );
  }
  const pacingPercent = (input.actual / input.expected) * 100;
  if (!Number.isFinite(pacingPercent))
    return unavailable('nothing_expected_yet', 'too little is expected yet to compare');
  const deviationPercent = pacingPercent - 100;
  const favourableDeviationPercent =
    (input.direction ?? 'higher') === 'higher' ? deviationPercent : -deviationPercent;
  const size = Math.abs(deviationPercent);
  let status: PacingState;
  if (size <= thresholds.onTrackPercent) status = 'on_track';
  else if (favourableDeviationPercent > 0 && !input.deviationEitherWayIsRisk) status = 'ahead';
  else status = size <= thresholds.offTrackPercent ? 'at_risk' : 'off_track';
  return { ok: true, pacingPercent, deviationPercent, favourableDeviationPercent, status, thresholds };
}
