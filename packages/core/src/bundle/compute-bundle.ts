import {
  buildFollowerSeries,
  computeAllCreatorKpis,
  computeScopeKpis,
  type FollowerGrowth,
  followerGrowth,
  type KpiRange,
  type KpiResultSet,
  type PreparedKpiData,
  prepareKpiData,
} from '../kpi';
import { accountTiers, DEFAULT_TIER_THRESHOLDS, type TierId } from '../tiers';
import type { CampaignBundle } from './schema';
import { bundleKpiOptions, bundleToKpiDataset } from './to-dataset';

export interface BundleKpis {
  prepared: PreparedKpiData;
  campaign: KpiResultSet;
  /** By creator id, in order of first appearance in `accounts`. */
  creators: Map<string, KpiResultSet>;
  /** By account id: the tier of the latest follower count in range (null without a follower snapshot). */
  tiers: Map<string, TierId | null>;
  /** By account id, for each `follower_growth` request of the bundle. */
  followerGrowth: Map<string, FollowerGrowth>;
}

export function followerGrowthRequests(
  bundle: CampaignBundle,
): { account: string; from: string; to: string }[] {
  const growth = bundle.follower_growth;
  if (growth === undefined) return [];
  return Array.isArray(growth) ? growth : [growth];
}

/**
 * Every KPI of a validated bundle at campaign and creator level, plus tiers and the requested follower growth.
 * With `perCreator: false` only the campaign scope is computed (`creators` is empty).
 */
export function computeBundleKpis(
  bundle: CampaignBundle,
  range?: KpiRange,
  options: { perCreator?: boolean } = {},
): BundleKpis {
  const prepared = prepareKpiData(bundleToKpiDataset(bundle), bundleKpiOptions(bundle, range));
  const tiers = accountTiers(prepared, bundle.tier_thresholds ?? DEFAULT_TIER_THRESHOLDS);
  const growth = new Map<string, FollowerGrowth>();
  for (const request of followerGrowthRequests(bundle)) {
    const account = bundle.accounts.find((candidate) => candidate.id === request.account)!;
    const series = buildFollowerSeries(
      account.followers.map((snapshot) => ({ at: Date.parse(snapshot.at), count: snapshot.count })),
      Date.parse(request.to),
    );
    growth.set(request.account, followerGrowth(series, Date.parse(request.from)));
  }
  return {
    prepared,
    campaign: computeScopeKpis(prepared, { kind: 'campaign' }),
    creators: options.perCreator === false ? new Map() : computeAllCreatorKpis(prepared),
    tiers,
    followerGrowth: growth,
  };
}
