export { accountTiers } from './account-tiers';
export {
  type BenchmarkBand,
  type BenchmarkSource,
  DEFAULT_BENCHMARK_BANDS,
  SEED_000_SOURCE,
  SEED_000_TIKTOK_SOURCE,
} from './benchmarks';
export { type BandComparison, compareToBand } from './compare';
export { type BandLookup, type BandQuery, findBenchmarkBand } from './find-band';
export { type PercentileResult, percentileOf } from './percentile';
export {
  DEFAULT_TIER_THRESHOLDS,
  TIER_IDS,
  TIER_LABELS,
  type TierId,
  TierIdSchema,
  type TierThresholds,
  TierThresholdsSchema,
  tierFollowerRange,
  tierForFollowers,
} from './thresholds';
