import type { ErVariant, Platform } from '../kpi';
import { type BenchmarkBand, DEFAULT_BENCHMARK_BANDS } from './benchmarks';
import type { TierId } from './thresholds';

export interface BandQuery {
  tier: TierId;
  platform: Platform;
  variant: ErVariant;
}

export type BandLookup = { band: BenchmarkBand } | { band: null; reason: string };

const VARIANT_NAMES: Record<ErVariant, string> = {
  engagement_rate: 'ER by followers',
  er_reach: 'ER by reach',
  er_impressions: 'ER by impressions',
  er_views: 'ER by views',
};

/** The band for a tier × platform × ER variant; a platform-specific band wins over one for any platform. */
export function findBenchmarkBand(
  query: BandQuery,
  bands: readonly BenchmarkBand[] = DEFAULT_BENCHMARK_BANDS,
): BandLookup {
  const candidates = bands.filter((band) => band.tier === query.tier && band.variant === query.variant);
  const band =
    candidates.find((candidate) => candidate.platform === query.platform) ??
    candidates.find((candidate) => candidate.platform === 'any');
  if (band) return { band };
  return {
    band: null,
    reason: `no published benchmark for ${VARIANT_NAMES[query.variant]} of ${query.tier} accounts on ${query.platform}`,
  };
}
