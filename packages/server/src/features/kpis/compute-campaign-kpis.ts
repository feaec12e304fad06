import {
  type BundleKpiSummary,
  type BundleKpis,
  type CampaignBundle,
  computeBundleKpis,
  toBundleKpiSummary,
} from '@lantoa/core/bundle';
import type { KpiRange } from '@lantoa/core/kpi';
import { type LoadedCampaignBundle, loadCampaignBundle } from './load-campaign-bundle';
import type { Reader } from './reader';

export interface CampaignKpiOptions {
  /** Inclusive epoch-ms bounds; without one, all the campaign's data counts. */
  range?: KpiRange;
  /** Compute every creator's KPIs too (default true); false computes the campaign scope only. */
  perCreator?: boolean;
}

export interface CampaignKpis {
  /** The bundle the KPIs were computed from (each post with its current snapshot only). */
  bundle: CampaignBundle;
  /** Bundle creator key → registry creator. */
  creators: LoadedCampaignBundle['creators'];
  /** Full results (value, unit, inputs, reason, freshness…) for the campaign and, when asked, each creator. */
  kpis: BundleKpis;
  /** The values alone, in the shape of kpi-example.expected.json. */
  summary: BundleKpiSummary;
}

/** A campaign's KPIs from the database: the bundle the tables make, through the same engine as bundle files. */
export async function computeCampaignKpis(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  options: CampaignKpiOptions = {},
): Promise<CampaignKpis> {
  const loaded = await loadCampaignBundle(db, workspaceId, campaignId, options.range, {
    snapshots: 'latest',
  });
  const kpis = computeBundleKpis(loaded.bundle, options.range, { perCreator: options.perCreator ?? true });
  return {
    bundle: loaded.bundle,
    creators: loaded.creators,
    kpis,
    summary: toBundleKpiSummary(loaded.bundle, kpis),
  };
}
