import type { KpiDefinition } from '../catalogue/catalogue-types';
import { ENGAGEMENT_COMPONENTS, type EngagementComponent } from '../inputs';
import { type EngagementSetUsage, finiteOrNull, freshnessIso, type KpiResult } from './result';
import type { ScopeView } from './scope-view';

export function newResult(definition: KpiDefinition, scope: ScopeView): KpiResult {
  const result: KpiResult = {
    id: definition.id,
    value: null,
    unit: definition.unit,
    inputs: {},
    postsIncluded: 0,
    postsExcluded: [],
    freshness: null,
  };
  if (definition.unit === 'money') result.currency = scope.prepared.currency;
  if (definition.estimate) result.estimate = true;
  return result;
}

/** Sets the value (or the reason it is null) and the freshness. A non-finite value becomes null with the reason. */
export function settle(
  result: KpiResult,
  value: number | null,
  reason: string | undefined,
  newestAt: number,
): KpiResult {
  const finite = value === null ? null : finiteOrNull(value);
  result.value = finite;
  if (finite === null) result.reason = reason ?? 'not computable from the recorded inputs';
  result.freshness = freshnessIso(newestAt);
  return result;
}

export function engagementSetUsage(scope: ScopeView, missingCounts: Int32Array): EngagementSetUsage {
  const postsMissing: Partial<Record<EngagementComponent, number>> = {};
  for (let c = 0; c < ENGAGEMENT_COMPONENTS.length; c++) {
    if (missingCounts[c]! > 0) postsMissing[ENGAGEMENT_COMPONENTS[c]!] = missingCounts[c]!;
  }
  return { components: scope.prepared.engagementSet, postsMissing };
}
