import type { RateDropThresholds } from './rate-drop-rule';
import {
  type CtrTimeThresholds,
  highCtrLowTimeOnPage,
  type TrafficBounceThresholds,
  trafficWithHighBounce,
} from './site-rules';
import type { PeriodMetrics, VanityResult } from './types';
import {
  clicksWithoutConversions,
  followersWithoutEngagement,
  impressionsWithoutEngagement,
  viewsWithoutWatchTime,
} from './volume-rules';

export interface VanityThresholds {
  impressionsWithoutEngagement?: Partial<RateDropThresholds>;
  followersWithoutEngagement?: Partial<RateDropThresholds>;
  viewsWithoutWatchTime?: Partial<RateDropThresholds>;
  clicksWithoutConversions?: Partial<RateDropThresholds>;
  highCtrLowTimeOnPage?: Partial<CtrTimeThresholds>;
  trafficWithHighBounce?: Partial<TrafficBounceThresholds>;
}

/** Every vanity-metric rule on a current vs previous period; check `triggered` and `reason` on each. */
export function evaluateVanityRules(
  current: PeriodMetrics,
  previous: PeriodMetrics,
  thresholds: VanityThresholds = {},
): VanityResult[] {
  return [
    impressionsWithoutEngagement(current, previous, thresholds.impressionsWithoutEngagement),
    highCtrLowTimeOnPage(current, thresholds.highCtrLowTimeOnPage),
    followersWithoutEngagement(current, previous, thresholds.followersWithoutEngagement),
    trafficWithHighBounce(current, previous, thresholds.trafficWithHighBounce),
    viewsWithoutWatchTime(current, previous, thresholds.viewsWithoutWatchTime),
    clicksWithoutConversions(current, previous, thresholds.clicksWithoutConversions),
  ];
}
