import type { PreparedKpiData } from '../kpi';
import { DEFAULT_TIER_THRESHOLDS, type TierId, type TierThresholds, tierForFollowers } from './thresholds';

/** Each account's tier from its latest follower count at or before the range end (null without a snapshot). */
export function accountTiers(
  prepared: PreparedKpiData,
  thresholds: TierThresholds = DEFAULT_TIER_THRESHOLDS,
): Map<string, TierId | null> {
  const tiers = new Map<string, TierId | null>();
  prepared.accounts.ids.forEach((accountId, a) => {
    const { counts } = prepared.accounts.followers[a]!;
    tiers.set(accountId, counts.length ? tierForFollowers(counts[counts.length - 1]!, thresholds) : null);
  });
  return tiers;
}
