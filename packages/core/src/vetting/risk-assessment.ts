import {
  type CompetitorCollaborationResult,
  findCompetitorCollaborations,
} from './competitor-collaborations';
import { localize } from './localized';
import { isFiniteNumber } from './numbers';
import {
  type BackgroundNote,
  collaborationRules,
  contentRules,
  noteRules,
  sentimentRule,
} from './risk-rule-checks';
import { maxLevel, type RiskLevel, type RiskRuleResult, RISK_THRESHOLDS as T } from './risk-rules';
import {
  type CompetitorBrand,
  compileLexicon,
  type LexiconOptions,
  type RiskComment,
  type RiskFlag,
  type RiskPost,
  scanContent,
} from './risk-scan';

export type { BackgroundNote };

export interface RiskInput {
  /** The date the screening is for (ISO); the competitor window ends here. */
  asOf: string;
  posts?: readonly RiskPost[] | null;
  comments?: readonly RiskComment[] | null;
  competitors?: readonly CompetitorBrand[] | null;
  notes?: readonly BackgroundNote[] | null;
  /** Share of the creator's comments with negative sentiment, in [0, 1] (from the sentiment module). */
  negativeSentimentShare?: number | null;
  collaborationWindowMonths?: number;
  lexicon?: LexiconOptions;
}

export interface RiskAssessment {
  level: RiskLevel;
  /** The rules that fired, each with its level and evidence count. */
  rules: RiskRuleResult[];
  flags: RiskFlag[];
  collaborations: CompetitorCollaborationResult | null;
  notes: BackgroundNote[];
  negativeSentimentShare: number | null;
  /** Inputs that were not supplied, so their rules could not run. */
  notAvailable: ('content' | 'competitors' | 'negative_sentiment' | 'notes')[];
}

export const DEFAULT_COLLABORATION_WINDOW_MONTHS = 6;

/** Brand-safety and risk screening (B4): flags with evidence, the rules that fired, and a level. */
export function assessRisk(input: RiskInput): RiskAssessment {
  const posts = input.posts ?? [];
  const comments = input.comments ?? [];
  const competitors = input.competitors ?? [];
  const notes = input.notes ?? [];
  const share = isFiniteNumber(input.negativeSentimentShare) ? input.negativeSentimentShare : null;
  const flags = scanContent(posts, comments, compileLexicon(input.lexicon ?? {}, competitors));
  const collaborations =
    competitors.length > 0
      ? findCompetitorCollaborations(
          posts,
          competitors,
          input.asOf,
          input.collaborationWindowMonths ?? DEFAULT_COLLABORATION_WINDOW_MONTHS,
        )
      : null;
  const rules = [
    ...noteRules(notes),
    ...(collaborations ? collaborationRules(collaborations) : []),
    ...contentRules(flags),
    ...(share === null ? [] : sentimentRule(share)),
  ];
  const highRules = new Set(rules.filter((rule) => rule.level === 'high').map((rule) => rule.id));
  if (highRules.size >= T.highRulesForCritical) {
    rules.push({
      id: 'multiple_high_risks',
      level: 'critical',
      evidenceCount: highRules.size,
      description: localize((l) =>
        l === 'vi'
          ? `${highRules.size} quy tắc khác nhau ở mức cao: ${[...highRules].join(', ')}.`
          : `${highRules.size} distinct rules at high: ${[...highRules].join(', ')}.`,
      ),
    });
  }
  const notAvailable: RiskAssessment['notAvailable'] = [];
  if (posts.length === 0 && comments.length === 0) notAvailable.push('content');
  if (competitors.length === 0) notAvailable.push('competitors');
  if (share === null) notAvailable.push('negative_sentiment');
  if (notes.length === 0) notAvailable.push('notes');
  return {
    level: maxLevel(rules.map((rule) => rule.level)),
    rules,
    flags,
    collaborations,
    notes: [...notes],
    negativeSentimentShare: share,
    notAvailable,
  };
}
