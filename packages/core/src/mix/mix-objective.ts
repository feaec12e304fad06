import type { Eligible } from './eligibility';
import type { MixConstraints } from './mix-types';

/** Σ expected value of the picked creators minus the overlap penalty; the quantity the MILP maximises. */
export function mixObjective(
  eligible: readonly Eligible[],
  picked: readonly number[],
  constraints: MixConstraints,
): number {
  const value = picked.reduce((sum, i) => sum + (eligible[i]?.value ?? 0), 0);
  const penalty = constraints.overlapPenalty ?? 0;
  if (penalty === 0) return value;
  const segments = new Map<string, number[]>();
  eligible.forEach((c, i) => {
    if (c.audienceSegment) segments.set(c.audienceSegment, [...(segments.get(c.audienceSegment) ?? []), i]);
  });
  const chosen = new Set(picked);
  let lost = 0;
  for (const members of segments.values()) {
    if (members.length < 2) continue;
    const mean = members.reduce((sum, i) => sum + (eligible[i]?.value ?? 0), 0) / members.length;
    const count = members.filter((i) => chosen.has(i)).length;
    lost += penalty * mean * Math.max(0, count - 1);
  }
  return value - lost;
}
