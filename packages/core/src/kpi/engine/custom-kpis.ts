import type { CustomKpiMethod } from '../catalogue/catalogue-types';
import { evaluateBrandLift } from './brand-lift-kpi';
import { evaluateFollowerGrowth } from './follower-growth-kpi';
import type { KpiResult } from './result';
import type { ScopeView } from './scope-view';
import { evaluateNps, evaluateResponseTime } from './service-kpis';
import { evaluateClv, evaluateEmv } from './value-kpis';

export function evaluateCustomKpi(method: CustomKpiMethod, scope: ScopeView, result: KpiResult): KpiResult {
  switch (method) {
    case 'follower_growth':
      return evaluateFollowerGrowth(scope, result);
    case 'nps':
      return evaluateNps(scope, result);
    case 'clv':
      return evaluateClv(scope, result);
    case 'response_time_median':
      return evaluateResponseTime(scope, result);
    case 'emv':
      return evaluateEmv(scope, result);
    case 'brand_lift':
      return evaluateBrandLift(scope, result);
  }
}
