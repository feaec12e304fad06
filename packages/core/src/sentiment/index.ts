export type {
  ScoredComment,
  SentimentCounts,
  SentimentGroupSummary,
  SentimentScore,
} from './aggregate';
export { aggregateSentiment, SentimentAggregator, sentimentScore } from './aggregate';
export type { Driver, DriverOptions, LabelledComment, SentimentDrivers } from './drivers';
export { sentimentDrivers } from './drivers';
export type { FeatureConfig } from './features';
export type { SentimentLabel, SentimentProbabilities } from './labels';
export { parseSentimentLabel, SENTIMENT_LABELS } from './labels';
export { BUILT_IN_LEXICON } from './lexicon';
export type { LanguageOption, SentimentModelOptions, SentimentPrediction } from './model';
export { SentimentModel } from './model';
export type { SentimentModelData } from './model-format';
export { decodeSentimentModel, encodeSentimentModel } from './model-format';
export type { LabelledText, TrainingOptions } from './train';
export { DEFAULT_TRAINING_OPTIONS, trainSentimentModel } from './train';
