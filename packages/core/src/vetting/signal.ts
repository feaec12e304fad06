import type { LocalizedText } from './localized';

export type SignalStatus = 'ok' | 'warning' | 'alert' | 'not_available';

/** What a measured value is compared to: a benchmark band, a peer median, a fixed threshold. */
export interface SignalReference {
  label: LocalizedText;
  value: number | { low: number; high: number } | null;
}

/**
 * One assessed signal before weighting. `subscore` is the health of the signal in [0, 1]
 * (1 = nothing suspicious); it is null when the signal is not available.
 */
export interface SignalAssessment<Id extends string = string> {
  id: Id;
  label: LocalizedText;
  status: SignalStatus;
  rawValue: number | null;
  unit: 'count' | 'percent' | 'ratio' | 'share' | 'robust_z';
  reference: SignalReference | null;
  /** Named numeric thresholds used by the rule, e.g. { full: 0.3, zero: 0.7 }. */
  thresholds: Record<string, number>;
  subscore: number | null;
  explanation: LocalizedText;
  details?: Record<string, number | string | boolean | null>;
}

/** A signal after weighting: how many of the 100 points it could give and how many it gave. */
export interface WeightedSignal<Id extends string = string> extends SignalAssessment<Id> {
  weight: number;
  effectiveWeight: number;
  maxPoints: number;
  contribution: number | null;
}

export function statusFromSubscore(subscore: number): Exclude<SignalStatus, 'not_available'> {
  if (subscore >= 0.8) return 'ok';
  if (subscore >= 0.4) return 'warning';
  return 'alert';
}

export function notAvailable<Id extends string>(
  id: Id,
  label: LocalizedText,
  unit: SignalAssessment['unit'],
  reason: LocalizedText,
): SignalAssessment<Id> {
  return {
    id,
    label,
    status: 'not_available',
    rawValue: null,
    unit,
    reference: null,
    thresholds: {},
    subscore: null,
    explanation: reason,
  };
}
