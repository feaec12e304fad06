import type { MixConstraints } from './mix-types';

export const SCENARIO_IDS = ['many_nano', 'one_mega', 'optimal'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/**
 * Seed 000 §2.2's question, "100 nanos or 1 mega?", as constraint presets over the same candidates and budget:
 * only nano creators (as many as the budget buys), exactly one mega, or the unrestricted optimum.
 */
export function scenarioConstraints(id: ScenarioId, base: MixConstraints): MixConstraints {
  if (id === 'many_nano') return { ...base, allowedTiers: ['nano'], minPerTier: {}, nichesToCover: [] };
  if (id === 'one_mega')
    return {
      ...base,
      allowedTiers: ['mega'],
      maxCreators: 1,
      minPerTier: {},
      nichesToCover: [],
      maxSharePerCreator: 1,
    };
  return base;
}

/** Indexes of the candidates a solver picked, from its column values (binary, read with a tolerance). */
export function pickedFromColumns(
  columns: readonly string[],
  values: Readonly<Record<string, number>>,
): number[] {
  return columns.flatMap((column, index) => ((values[column] ?? 0) > 0.5 ? [index] : []));
}
