import type { TierId } from '../tiers';
import type { Eligible, ExclusionReason } from './eligibility';
import type { MixConstraints } from './mix-types';

export type PickReason = 'covers_niche' | 'tier_minimum' | 'best_value';
export type SkipReason = ExclusionReason | 'tier_full' | 'audience_overlap' | 'lower_value_per_vnd';

/** `fromBenchmark`: the goal's expected result comes from a tier benchmark, not the creator's own posts. */
export type MixExplanation =
  | {
      id: string;
      picked: true;
      reason: PickReason;
      niche?: string;
      valuePerMillion: number;
      fromBenchmark: boolean;
    }
  | { id: string; picked: false; reason: SkipReason; valuePerMillion: number | null; fromBenchmark: boolean };

const perMillion = (c: Eligible) => (c.fee === 0 ? c.value : (c.value / c.fee) * 1_000_000);

/** Why each candidate was picked or not, in words a planner can check against the numbers. */
export function explainMix(
  eligible: readonly Eligible[],
  picked: readonly number[],
  excluded: readonly { id: string; reason: ExclusionReason }[],
  constraints: MixConstraints,
): MixExplanation[] {
  const chosen = picked.map((i) => eligible[i]).filter((c): c is Eligible => c !== undefined);
  const chosenIds = new Set(chosen.map((c) => c.id));
  const perTier = new Map<TierId, number>();
  for (const c of chosen) if (c.tier) perTier.set(c.tier, (perTier.get(c.tier) ?? 0) + 1);
  const segmentsTaken = new Set(chosen.map((c) => c.audienceSegment).filter(Boolean));
  const out: MixExplanation[] = [];
  for (const c of eligible) {
    const valuePerMillion = perMillion(c);
    const fromBenchmark = c.benchmarked?.includes(constraints.goal) ?? false;
    if (chosenIds.has(c.id)) {
      const soleNiche = (constraints.nichesToCover ?? []).find(
        (n) => c.niches.includes(n) && chosen.filter((o) => o.niches.includes(n)).length === 1,
      );
      const tierMin = c.tier ? constraints.minPerTier?.[c.tier] : undefined;
      if (soleNiche)
        out.push({
          id: c.id,
          picked: true,
          reason: 'covers_niche',
          niche: soleNiche,
          valuePerMillion,
          fromBenchmark,
        });
      else if (tierMin !== undefined && c.tier && (perTier.get(c.tier) ?? 0) <= tierMin)
        out.push({ id: c.id, picked: true, reason: 'tier_minimum', valuePerMillion, fromBenchmark });
      else out.push({ id: c.id, picked: true, reason: 'best_value', valuePerMillion, fromBenchmark });
      continue;
    }
    const tierMax = c.tier ? constraints.maxPerTier?.[c.tier] : undefined;
    const reason: SkipReason =
      tierMax !== undefined && c.tier && (perTier.get(c.tier) ?? 0) >= tierMax
        ? 'tier_full'
        : (constraints.overlapPenalty ?? 0) > 0 && c.audienceSegment && segmentsTaken.has(c.audienceSegment)
          ? 'audience_overlap'
          : 'lower_value_per_vnd';
    out.push({ id: c.id, picked: false, reason, valuePerMillion, fromBenchmark });
  }
  for (const e of excluded)
    out.push({ id: e.id, picked: false, reason: e.reason, valuePerMillion: null, fromBenchmark: false });
  return out;
}
