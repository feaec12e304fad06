import type { KpiId, KpiRange, KpiResultSet } from '../kpi';
import type { TierId } from '../tiers';
import { type BundleKpis, computeBundleKpis } from './compute-bundle';
import type { CampaignBundle } from './schema';
import { summaryKpiIds } from './summary-kpis';

export type KpiValues = Partial<Record<KpiId, number | null>>;

/** The shape of kpi-example.expected.json: KPI values by scope, tiers and follower growth by account. */
export interface BundleKpiSummary {
  campaign: KpiValues;
  creators: Record<string, KpiValues>;
  tiers: Record<string, TierId | null>;
  follower_growth_rate: Record<string, number | null>;
}

export type CreatorKpiSummary = Omit<BundleKpiSummary, 'campaign'>;

function pickValues(results: KpiResultSet, ids: readonly KpiId[]): KpiValues {
  const values: KpiValues = {};
  for (const id of ids) values[id] = results[id].value;
  return values;
}

/** Reduces computed bundle KPIs to the summary shape (creators sorted by id). */
export function toBundleKpiSummary(bundle: CampaignBundle, kpis: BundleKpis): BundleKpiSummary {
  const ids = summaryKpiIds(bundle);
  const creators: Record<string, KpiValues> = {};
  for (const creatorId of [...kpis.creators.keys()].sort()) {
    creators[creatorId] = pickValues(kpis.creators.get(creatorId)!, ids.creator);
  }
  return {
    campaign: pickValues(kpis.campaign, ids.campaign),
    creators,
    tiers: Object.fromEntries(kpis.tiers),
    follower_growth_rate: Object.fromEntries(
      [...kpis.followerGrowth].map(([account, growth]) => [account, growth.value]),
    ),
  };
}

/** `kpi-example.input.json` in, `kpi-example.expected.json` out. Without a range, all data counts. */
export function summarizeBundleKpis(bundle: CampaignBundle, range?: KpiRange): BundleKpiSummary {
  return toBundleKpiSummary(bundle, computeBundleKpis(bundle, range));
}

/** The summary restricted to one creator: its KPIs, and tiers and follower growth of its accounts. */
export function creatorKpiSummary(
  bundle: CampaignBundle,
  summary: BundleKpiSummary,
  creatorId: string,
): CreatorKpiSummary {
  const accounts = new Set(bundle.accounts.filter((a) => a.creator === creatorId).map((a) => a.id));
  const ofCreator = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).filter(([account]) => accounts.has(account)));
  const kpis = summary.creators[creatorId];
  return {
    creators: kpis ? { [creatorId]: kpis } : {},
    tiers: ofCreator(summary.tiers),
    follower_growth_rate: ofCreator(summary.follower_growth_rate),
  };
}
