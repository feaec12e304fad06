import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import type { KpiResult } from './result';
import { settle } from './result-builder';
import { campaignOnlyReason, type ScopeView } from './scope-view';

const NONE = Number.NEGATIVE_INFINITY;

/** Two-sided p-value of the pooled two-proportion z-test; null when the pooled proportion is 0 or 1. */
export function twoProportionZTest(
  positiveA: number,
  totalA: number,
  positiveB: number,
  totalB: number,
): { z: number | null; pValue: number | null } {
  const pooled = (positiveA + positiveB) / (totalA + totalB);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / totalA + 1 / totalB));
  if (!(standardError > 0)) return { z: null, pValue: null };
  const z = (positiveA / totalA - positiveB / totalB) / standardError;
  return { z, pValue: 2 * normalCdf(-Math.abs(z), 0, 1) };
}

/** %positive(exposed) − %positive(control), in percentage points, with the z-test p-value in `details`. */
export function evaluateBrandLift(scope: ScopeView, result: KpiResult): KpiResult {
  const notHere = campaignOnlyReason(scope, 'brand-lift survey answers');
  if (notHere) return settle(result, null, notHere, NONE);
  const survey = scope.prepared.dataset.brandLift;
  if (!survey) return settle(result, null, 'no brand-lift survey answers recorded', NONE);
  const { exposed, control } = survey;
  result.inputs = {
    exposed_positive: exposed.positive,
    exposed_total: exposed.total,
    control_positive: control.positive,
    control_total: control.total,
  };
  if (exposed.total === 0 || control.total === 0) {
    return settle(result, null, 'both the exposed and the control group need answers', NONE);
  }
  const { z, pValue } = twoProportionZTest(exposed.positive, exposed.total, control.positive, control.total);
  result.details = { p_value: pValue, z };
  const lift = (exposed.positive / exposed.total - control.positive / control.total) * 100;
  return settle(result, lift, undefined, NONE);
}
