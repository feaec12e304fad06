import type { SignalAssessment, WeightedSignal } from './signal';

export interface WeightedScore<Id extends string> {
  /** 0–100, or null when no signal is available. */
  score: number | null;
  /** Share of the nominal weight that was available, in [0, 1]. */
  coverage: number;
  signals: WeightedSignal<Id>[];
  notAvailable: Id[];
}

/**
 * Combines signals into a 0–100 score. Signals that are not available are listed and get no
 * weight; the weights of the available ones are re-normalised to sum to 1, so a missing signal
 * never counts as zero (nor as a perfect score).
 */
export function combineSignals<Id extends string>(
  assessments: readonly SignalAssessment<Id>[],
  weights: Readonly<Record<Id, number>>,
): WeightedScore<Id> {
  const totalWeight = assessments.reduce((sum, signal) => sum + weights[signal.id], 0);
  const availableWeight = assessments.reduce(
    (sum, signal) => (signal.subscore === null ? sum : sum + weights[signal.id]),
    0,
  );
  let score: number | null = availableWeight > 0 ? 0 : null;
  const signals = assessments.map((signal): WeightedSignal<Id> => {
    const weight = weights[signal.id];
    const effectiveWeight = signal.subscore === null || availableWeight === 0 ? 0 : weight / availableWeight;
    const maxPoints = effectiveWeight * 100;
    const contribution = signal.subscore === null ? null : maxPoints * signal.subscore;
    if (score !== null && contribution !== null) score += contribution;
    return { ...signal, weight, effectiveWeight, maxPoints, contribution };
  });
  return {
    score: score === null ? null : Math.min(100, Math.max(0, score)),
    coverage: totalWeight > 0 ? availableWeight / totalWeight : 0,
    signals,
    notAvailable: assessments.filter((signal) => signal.subscore === null).map((signal) => signal.id),
  };
}
