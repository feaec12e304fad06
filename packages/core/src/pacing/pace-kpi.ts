import type { Outcome } from '../stats/result';
import { type ExpectedInput, type ExpectedToDate, expectedToDate } from './expected';
import { type Projection, projectFinal } from './projection';
import { type KpiDirection, type PacingStatus, type PacingThresholds, pacingStatus } from './status';

export interface PaceKpiInput extends ExpectedInput {
  actual: number | null;
  direction?: KpiDirection;
  thresholds?: Partial<PacingThresholds>;
  deviationEitherWayIsRisk?: boolean;
  confidence?: number;
}

export interface KpiPace {
  expected: Outcome<ExpectedToDate>;
  pacing: Outcome<PacingStatus>;
  projection: Outcome<Projection>;
}

/** Expected-to-date, pacing status and projected final value of one KPI target, each with its own reason when unavailable. */
export function paceKpi(input: PaceKpiInput): KpiPace {
  const expected = expectedToDate(input);
  if (!expected.ok) return { expected, pacing: expected, projection: expected };
  const pacing = pacingStatus({
    actual: input.actual,
    expected: expected.expected,
    ...(input.direction ? { direction: input.direction } : {}),
    ...(input.thresholds ? { thresholds: input.thresholds } : {}),
    ...(input.deviationEitherWayIsRisk !== undefined
      ? { deviationEitherWayIsRisk: input.deviationEitherWayIsRisk }
      : {}),
  });
  const projection = projectFinal({
    actual: input.actual,
    share: expected.share,
    residualLogSd: expected.residualLogSd,
    target: input.target,
    ...(input.direction ? { direction: input.direction } : {}),
    ...(input.confidence !== undefined ? { confidence: input.confidence } : {}),
  });
  return { expected, pacing, projection };
}
