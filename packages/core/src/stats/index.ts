export {
  type BayesComparison,
  type BayesOptions,
  type BetaPosterior,
  type BetaPrior,
  compareBetaBinomial,
  probabilityGreater,
} from './bayes-ab';
export { type BrandLift, type BrandLiftSurvey, brandLift } from './brand-lift';
export {
  betaCdf,
  betaPdf,
  betaQuantile,
  normalCdf,
  normalQuantile,
  normalTwoSidedCritical,
  studentTCdf,
  studentTQuantile,
} from './distributions';
export { countNpsAnswers, type NpsCounts, type NpsResult, nps, npsFromCounts } from './nps';
export { createBetaSampler, createNormalSampler } from './random';
export { type Outcome, type Unavailable, unavailable } from './result';
export { type SampleSize, type SampleSizeInput, sampleSizeTwoProportions } from './sample-size';
export {
  MAD_TO_SD,
  mean,
  median,
  medianAbsoluteDeviation,
  sampleVariance,
  sortedMedian,
  sortedQuantile,
} from './summary';
export { type ProportionCounts, type TwoProportionTest, twoProportionZTest } from './two-proportion';
export { type AbVerdict, abVerdict, type LocalizedText, type VerdictOptions } from './verdict';
export { type GroupSummary, summarize, type WelchTest, welchTTest, welchTTestSamples } from './welch';
