import { type MixCandidate, type MixConstraints, RISK_ORDER } from './mix-types';

export type ExclusionReason =
  | 'no_fee'
  | 'no_estimate'
  | 'tier_not_allowed'
  | 'below_min_quality'
  | 'above_max_risk'
  | 'above_max_share';

export interface Eligible extends MixCandidate {
  fee: number;
  /** Expected result for the goal. */
  value: number;
}

/** Splits candidates into those the model may pick and those ruled out, each with the rule that ruled it out. */
export function splitEligible(
  candidates: readonly MixCandidate[],
  constraints: MixConstraints,
): { eligible: Eligible[]; excluded: { id: string; reason: ExclusionReason }[] } {
  const eligible: Eligible[] = [];
  const excluded: { id: string; reason: ExclusionReason }[] = [];
  const shareCap =
    constraints.maxSharePerCreator === undefined ? null : constraints.maxSharePerCreator * constraints.budget;
  for (const candidate of candidates) {
    const value = candidate.expected[constraints.goal];
    const reason: ExclusionReason | null =
      candidate.fee === null
        ? 'no_fee'
        : value === null
          ? 'no_estimate'
          : constraints.allowedTiers &&
              (candidate.tier === null || !constraints.allowedTiers.includes(candidate.tier))
            ? 'tier_not_allowed'
            : constraints.minQuality !== undefined && (candidate.quality ?? -1) < constraints.minQuality
              ? 'below_min_quality'
              : constraints.maxRisk !== undefined &&
                  RISK_ORDER.indexOf(candidate.risk ?? 'high') > RISK_ORDER.indexOf(constraints.maxRisk)
                ? 'above_max_risk'
                : shareCap !== null && candidate.fee > shareCap
                  ? 'above_max_share'
                  : null;
    if (reason || candidate.fee === null || value === null)
      excluded.push({ id: candidate.id, reason: reason ?? 'no_fee' });
    else eligible.push({ ...candidate, fee: candidate.fee, value });
  }
  return { eligible, excluded };
}
