import type { KpiInputName } from '../inputs';
import type { KpiId } from '../kpi-ids';

export const KPI_GROUPS = ['reach', 'engagement', 'conversion', 'retention', 'roi'] as const;
export type KpiGroup = (typeof KPI_GROUPS)[number];

export const KPI_UNITS = ['count', 'percent', 'money', 'seconds', 'minutes', 'points', 'ratio'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export const KPI_GOALS = ['awareness', 'engagement', 'conversion', 'retention', 'advocacy'] as const;
export type KpiGoal = (typeof KPI_GOALS)[number];

export interface LocalizedText {
  vi: string;
  en: string;
}

/**
 * Machine-readable formula. The engine evaluates these, so the catalogue and the numbers cannot drift apart.
 * - `sum`: Σ of one input over the scope (null when no item recorded it).
 * - `ratio` with `pairing: 'per_post'`: Σnumerator / Σdenominator over the posts that recorded both
 *   (ratio of sums over pairwise-complete posts), × scale.
 * - `ratio` with `pairing: 'scope_totals'`: scope total / scope total × scale (post metrics summed over all posts).
 * - `net_ratio`: (Σadd − Σsubtract) / Σdenominator × scale; every term must be recorded.
 * - `median_per_post`: median of the per-post values of another `per_post` ratio KPI.
 * - `custom`: a computation with its own rule, described in `formulaText`.
 */
export type KpiFormula =
  | { kind: 'sum'; input: KpiInputName }
  | {
      kind: 'ratio';
      pairing: 'per_post' | 'scope_totals';
      numerator: readonly KpiInputName[];
      denominator: readonly KpiInputName[];
      scale: number;
    }
  | {
      kind: 'net_ratio';
      add: readonly KpiInputName[];
      subtract: readonly KpiInputName[];
      denominator: readonly KpiInputName[];
      scale: number;
    }
  | { kind: 'median_per_post'; of: KpiId }
  | { kind: 'custom'; method: CustomKpiMethod };

export type CustomKpiMethod =
  | 'follower_growth'
  | 'nps'
  | 'clv'
  | 'response_time_median'
  | 'emv'
  | 'brand_lift';

/** A catalogue entry as written in the group files; `goals` is derived from goals.ts. */
export interface KpiDefinitionSource {
  id: KpiId;
  group: KpiGroup;
  name: LocalizedText;
  description: LocalizedText;
  formula: KpiFormula;
  formulaText: LocalizedText;
  unit: KpiUnit;
  direction: 'higher' | 'lower';
  requiredInputs: readonly KpiInputName[];
  /** True when the value is a modelled estimate (EMV), never to be mixed into ROI. */
  estimate: boolean;
  /** Bounds of the value when the scale is closed (NPS −100 … 100). */
  bounds?: { min: number; max: number };
}

export interface KpiDefinition extends KpiDefinitionSource {
  /** Campaign goals this KPI is recommended for (KPIS.md "Recommended KPIs by goal"). */
  goals: readonly KpiGoal[];
}
