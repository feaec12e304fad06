export {
  type AttributionInput,
  type AttributionRules,
  type AttributionSource,
  canTransition,
  chooseAttribution,
  DEFAULT_ATTRIBUTION_RULES,
} from './attribute';
export { isBotUserAgent } from './bot';
export { generatePromoCodes, PROMO_PREFIX_PATTERN } from './promo-code';
export { createRepeatTracker, type RepeatTracker } from './repeat-tracker';
export {
  AttributionRulesSchema,
  attributionRulesFrom,
  MAX_ATTRIBUTION_WINDOW_DAYS,
} from './rules';
export { randomSlug, SLUG_PATTERN } from './slug';
export { buildDestinationUrl, type Utm, utmToken } from './utm';
export { vietnamDayNumber } from './visitor-day';
