import type { KpiId, LocalizedText } from '@lantoa/core/kpi';
import { type BenchmarkBand, DEFAULT_BENCHMARK_BANDS, type TierId } from '@lantoa/core/tiers';

export interface TargetSource {
  id: string;
  title: LocalizedText;
  reference: string;
}

/** Where a suggested target comes from, as data: the web app words it in the reader's language. */
export type SuggestedTarget =
  | { value: number; kind: 'history'; count: number; tier: null; source: null }
  | { value: number; kind: 'benchmark'; count: null; tier: TierId; source: TargetSource };

/**
 * A default from the published benchmark bands (core `DEFAULT_BENCHMARK_BANDS`) for every catalogue KPI that has
 * one. Only a band's published average is a typical value: a range or a ceiling (TikTok nano ER by views "up to
 * 10.3 %") names no single number, so it gives no default rather than an invented one. The wizard does not know
 * the platform yet, so only platform-neutral bands count.
 */
export function benchmarkTarget(
  kpiId: KpiId,
  bands: readonly BenchmarkBand[] = DEFAULT_BENCHMARK_BANDS,
): SuggestedTarget | null {
  const band = bands.find(
    (candidate) =>
      candidate.variant === kpiId && candidate.platform === 'any' && candidate.average !== undefined,
  );
  if (band?.average === undefined) return null;
  const { id, title, reference } = band.source;
  return {
    value: band.average,
    kind: 'benchmark',
    count: null,
    tier: band.tier,
    source: { id, title, reference },
  };
}
