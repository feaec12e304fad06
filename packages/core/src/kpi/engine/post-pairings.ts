import { KPI_CATALOGUE } from '../catalogue/catalogue';
import { isPostInput, type PostInput } from '../inputs';
import type { KpiId } from '../kpi-ids';

/** A per-post ratio KPI reduced to what the post loop needs. */
export interface PostPairing {
  kpi: KpiId;
  numerator: readonly PostInput[];
  denominator: PostInput;
  scale: number;
  /** Keep each post's own ratio (for the median KPIs). */
  keepValues: boolean;
}

function buildPairings(): PostPairing[] {
  const medianOf = new Set<KpiId>();
  for (const definition of KPI_CATALOGUE) {
    if (definition.formula.kind === 'median_per_post') medianOf.add(definition.formula.of);
  }
  const pairings: PostPairing[] = [];
  for (const { id, formula } of KPI_CATALOGUE) {
    if (formula.kind !== 'ratio' || formula.pairing !== 'per_post') continue;
    const [denominator, ...extra] = formula.denominator;
    if (
      !denominator ||
      extra.length > 0 ||
      !isPostInput(denominator) ||
      !formula.numerator.every(isPostInput)
    ) {
      throw new Error(`KPI "${id}": a per-post ratio needs post inputs and one denominator`);
    }
    pairings.push({
      kpi: id,
      numerator: formula.numerator.filter(isPostInput),
      denominator,
      scale: formula.scale,
      keepValues: medianOf.has(id),
    });
  }
  return pairings;
}

export const POST_PAIRINGS: readonly PostPairing[] = buildPairings();

export const PAIRING_INDEX: ReadonlyMap<KpiId, number> = new Map(
  POST_PAIRINGS.map((pairing, i) => [pairing.kpi, i]),
);
