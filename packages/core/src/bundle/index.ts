export { type BundleKpis, computeBundleKpis, followerGrowthRequests } from './compute-bundle';
export { type BundleIssue, bundleIssuesFromZod, formatBundleIssue, formatJsonPath } from './issues';
export { campaignBundleJsonSchema } from './json-schema';
export { type BundleParseResult, parseCampaignBundle, parseCampaignBundleJson } from './parse';
export { CAMPAIGN_STATUSES, FUNNEL_STAGES, PlanSectionSchema } from './plan-section';
export { campaignRange, DEFAULT_UTC_OFFSET, parseRangeBound } from './range';
export { BUNDLE_SECTIONS, type CampaignBundle, CampaignBundleSchema, EXTENSION_KEY_PATTERN } from './schema';
export {
  type BundleKpiSummary,
  type CreatorKpiSummary,
  creatorKpiSummary,
  type KpiValues,
  summarizeBundleKpis,
  toBundleKpiSummary,
} from './summary';
export { CORE_SUMMARY_KPIS, SECTION_SUMMARY_KPIS, summaryKpiIds } from './summary-kpis';
export { bundleKpiOptions, bundleToKpiDataset } from './to-dataset';
