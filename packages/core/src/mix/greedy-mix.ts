import type { TierId } from '../tiers';
import type { Eligible } from './eligibility';
import type { MixConstraints } from './mix-types';

/**
 * The baseline a planner would do by hand: best expected result per đồng first. It first takes the best-value
 * creator for each niche to cover and each tier minimum, then fills the budget; it ignores audience overlap.
 * Returns indexes into `eligible`.
 */
export function greedyMix(eligible: readonly Eligible[], constraints: MixConstraints): number[] {
  const order = eligible.map((_, i) => i).sort((a, b) => ratio(eligible[b]) - ratio(eligible[a]) || a - b);
  const picked = new Set<number>();
  const perTier = new Map<TierId, number>();
  let spent = 0;
  const fits = (i: number) => {
    const c = eligible[i];
    if (!c || picked.has(i) || spent + c.fee > constraints.budget) return false;
    if (constraints.maxCreators !== undefined && picked.size >= constraints.maxCreators) return false;
    const max = c.tier ? constraints.maxPerTier?.[c.tier] : undefined;
    return max === undefined || (perTier.get(c.tier as TierId) ?? 0) < max;
  };
  const take = (i: number) => {
    const c = eligible[i];
    if (!c) return;
    picked.add(i);
    spent += c.fee;
    if (c.tier) perTier.set(c.tier, (perTier.get(c.tier) ?? 0) + 1);
  };
  for (const niche of constraints.nichesToCover ?? []) {
    if ([...picked].some((i) => eligible[i]?.niches.includes(niche))) continue;
    const best = order.find((i) => eligible[i]?.niches.includes(niche) && fits(i));
    if (best !== undefined) take(best);
  }
  for (const [tier, min] of Object.entries(constraints.minPerTier ?? {})) {
    for (const i of order) {
      if ((perTier.get(tier as TierId) ?? 0) >= (min ?? 0)) break;
      if (eligible[i]?.tier === tier && fits(i)) take(i);
    }
  }
  for (const i of order) if (fits(i)) take(i);
  return [...picked].sort((a, b) => a - b);
}

function ratio(candidate: Eligible | undefined): number {
  if (!candidate) return 0;
  return candidate.fee === 0 ? Number.POSITIVE_INFINITY : candidate.value / candidate.fee;
}
