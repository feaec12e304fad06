export { type CommentField, type CommentImportRow, commentsKind } from './comments-kind';
export { creatorsKind } from './creators-kind';
export { isTotalLabel, readDuration, readRate, splitSourceMedium, tagKey } from './ga4-cells';
export { type Ga4RowTags, ga4CreatorMatcher, type TrackedLinkTags } from './ga4-creator-match';
export { GA4_FIELDS, type Ga4Field, type Ga4Row, ga4Kind, ga4RowKey } from './ga4-kind';
export {
  type AnyImportKindSpec,
  blankToNull,
  type FieldProblem,
  type ImportKindSpec,
  type RowOutcome,
  suggestKindMapping,
  synonymIndex,
} from './kind-spec';
export { detectMarketplace, MARKETPLACES, type Marketplace, marketplaceFrom } from './marketplaces';
export { type OrderState, orderStateOf } from './order-status';
export { ORDER_FIELDS, type OrderField, type OrderRow, ordersKind } from './orders-kind';
export { parseVietnamTime } from './parse-time';
export {
  POST_METRIC_FIELDS,
  POST_METRIC_NAMES,
  type PostMetricField,
  type PostMetricName,
  type PostMetricRow,
  postMetricsKind,
} from './post-metrics-kind';
export {
  IMPORT_PROBLEM_TEXT,
  type ImportProblem,
  type ImportProblemCode,
  importProblem,
  type ProblemValues,
  problemMessage,
} from './problem-codes';
