import type { LocalizedText } from './localized';
import type { RiskCategory } from './risk-keywords';

export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';
export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high', 'critical'];

export type RiskRuleId =
  | 'background_note'
  | 'competitor_collaboration'
  | 'undisclosed_competitor_mention'
  | 'caption_high_risk_content'
  | 'caption_sensitive_content'
  | 'comment_scandal_chatter'
  | 'comment_sensitive_content'
  | 'negative_sentiment'
  | 'multiple_high_risks';

export interface RiskRuleResult {
  id: RiskRuleId;
  level: RiskLevel;
  evidenceCount: number;
  description: LocalizedText;
}

/** Categories that are high risk in a creator's own captions; the others are medium. */
export const HIGH_RISK_CAPTION_CATEGORIES: ReadonlySet<RiskCategory> = new Set([
  'scandal',
  'adult',
  'gambling',
]);
/** Categories whose presence in comments means people are talking about the creator's conduct. */
export const CHATTER_CATEGORIES: ReadonlySet<RiskCategory> = new Set(['scandal', 'controversy']);

export const RISK_THRESHOLDS = {
  chatterMedium: 3,
  chatterHigh: 10,
  commentSensitiveMedium: 5,
  negativeMedium: 0.2,
  negativeHigh: 0.35,
  /** Two or more distinct rules at "high" make the overall level "critical". */
  highRulesForCritical: 2,
} as const;

export function maxLevel(levels: readonly RiskLevel[]): RiskLevel {
  return levels.reduce<RiskLevel>(
    (max, level) => (RISK_LEVELS.indexOf(level) > RISK_LEVELS.indexOf(max) ? level : max),
    'low',
  );
}
