export { evaluateVanityRules, type VanityThresholds } from './evaluate';
export { growthPercent, ratio } from './numbers';
export type { RateDropThresholds } from './rate-drop-rule';
export {
  type CtrTimeThresholds,
  highCtrLowTimeOnPage,
  type TrafficBounceThresholds,
  trafficWithHighBounce,
} from './site-rules';
export type { LocalizedText, PeriodMetrics, VanityResult, VanityRuleId } from './types';
export {
  clicksWithoutConversions,
  followersWithoutEngagement,
  impressionsWithoutEngagement,
  viewsWithoutWatchTime,
} from './volume-rules';
