import type { KpiDefinition } from '../catalogue/catalogue-types';
import { ENGAGEMENT_COMPONENTS, type EngagementComponent } from '../inputs';
import {
  type EngagementSetUsage,
  finiteOrNull,
  freshnessIso,
  type KpiResult,
  type PostExclusion,
} from './result';

/** Shared by every result that excludes no post; results are read-only. */
export const NO_EXCLUSIONS: readonly PostExclusion[] = Object.freeze([]);

import type { ScopeView } from './scope-view';

export function newResult(definition: KpiDefinition, scope: ScopeView): KpiResult {
  const result: KpiResult = {
    id: definition.id,
    value: null,
    unit: definition.unit,
    inputs: {},
    postsIncluded: 0,
    postsExcluded: NO_EXCLUSIONS,
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

/** `missingCounts[offset + c]`: posts lacking ENGAGEMENT_COMPONENTS[c]. */
export function engagementSetUsage(
  scope: ScopeView,
  missingCounts: readonly number[],
  offset: number,
): EngagementSetUsage {
  const postsMissing: Partial<Record<EngagementComponent, number>> = {};
  for (let c = 0; c < ENGAGEMENT_COMPONENTS.length; c++) {
    const count = missingCounts[offset + c]!;
    if (count > 0) postsMissing[ENGAGEMENT_COMPONENTS[c]!] = count;
  }
  return { components: scope.prepared.engagementSet, postsMissing };
}
