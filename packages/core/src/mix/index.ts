export { type Eligible, type ExclusionReason, splitEligible } from './eligibility';
export { explainMix, type MixExplanation, type PickReason, type SkipReason } from './explain-mix';
export { greedyMix } from './greedy-mix';
export { buildMixModel, type MixModel } from './lp-model';
export { mixObjective } from './mix-objective';
export { type MixSummary, summariseMix } from './mix-summary';
export {
  type ExpectedResults,
  MIX_GOALS,
  type MixCandidate,
  type MixConstraints,
  type MixGoal,
  RISK_ORDER,
  type RiskLevel,
} from './mix-types';
export { pickedFromColumns, SCENARIO_IDS, type ScenarioId, scenarioConstraints } from './scenarios';
