export {
  type AudienceFitResult,
  type CreatorAudience,
  FIT_WEIGHTS,
  scoreAudienceFit,
  type TargetAudience,
} from './audience-fit';
export {
  type AudienceQualityInput,
  type AudienceQualityResult,
  type QualityLevel,
  qualityLevel,
  scoreAudienceQuality,
} from './audience-quality';
export {
  analyzeComments,
  type CommentInput,
  type CommentQualityAnalysis,
  isGenericComment,
} from './comment-quality';
export {
  type CompetitorCollaboration,
  type CompetitorCollaborationResult,
  findCompetitorCollaborations,
} from './competitor-collaborations';
export { defaultFakeFollowerModel } from './default-follower-model';
export { vetCreator } from './dossier';
export { RECOMMENDATION_RULES, recommend } from './dossier-recommendation';
export type {
  DossierFlag,
  Recommendation,
  VetCreatorInput,
  VettingDecision,
  VettingDossier,
  VettingSummary,
} from './dossier-types';
export { type AgeBand, FIT_SATURATION, type FitComponentId, type Gender } from './fit-components';
export { FOLLOWER_FEATURES, followerFeatureVector, MODEL_FIELDS } from './follower-features';
export {
  type FakeFollowerModel,
  type FakePrediction,
  fakeFollowerModelSchema,
  parseFakeFollowerModel,
  predictFake,
} from './follower-model';
export {
  type FollowerField,
  type FollowerProfile,
  type FollowerRowError,
  parseFollowerRow,
} from './follower-profile';
export {
  evaluateRedFlags,
  MASS_FOLLOWING_THRESHOLD,
  RED_FLAG_RULES,
  type RedFlagId,
} from './follower-red-flags';
export {
  assessFollowerSample,
  type FakeFollowerEstimate,
  type FollowerRowAssessment,
  type FollowerSampleAssessment,
  type ShareEstimate,
} from './follower-sample';
export {
  FOLLOWER_SAMPLE_HEADER_SYNONYMS,
  type FollowerSheetRecords,
  followerRecordsFromSheet,
  mapFollowerSampleHeaders,
  type SheetLikeRow,
} from './follower-sample-sheet';
export type { Language, LocalizedText } from './localized';
export { correctForClassifierError, wilsonInterval } from './proportion-interval';
export { type CanonicalLocation, canonicalLocation, locationKey } from './provinces';
export { QUALITY_THRESHOLDS, QUALITY_WEIGHTS, type QualitySignalId } from './quality-config';
export {
  assessReliability,
  type DeliverableAssessment,
  type DeliverableOutcome,
  type DeliverableRecord,
  RELIABILITY_RULES,
  type ReliabilityResult,
} from './reliability';
export {
  assessRisk,
  type BackgroundNote,
  DEFAULT_COLLABORATION_WINDOW_MONTHS,
  type RiskAssessment,
  type RiskInput,
} from './risk-assessment';
export {
  AD_DISCLOSURE_TERMS,
  DEFAULT_RISK_TERMS,
  RISK_CATEGORIES,
  type RiskCategory,
  type RiskTerm,
} from './risk-keywords';
export { RISK_THRESHOLDS, type RiskLevel, type RiskRuleId, type RiskRuleResult } from './risk-rules';
export type {
  CompetitorBrand,
  FlagSource,
  LexiconOptions,
  RiskComment,
  RiskFlag,
  RiskPost,
} from './risk-scan';
export type { SignalAssessment, SignalReference, SignalStatus, WeightedSignal } from './signal';
export type { TierBand } from './signal-engagement-rate';
export type { GrowthSpike } from './signal-growth';
