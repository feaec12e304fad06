import type { CompetitorCollaborationResult } from './competitor-collaborations';
import { formatShare, localize } from './localized';
import type { RiskCategory } from './risk-keywords';
import {
  CHATTER_CATEGORIES,
  HIGH_RISK_CAPTION_CATEGORIES,
  type RiskRuleResult,
  RISK_THRESHOLDS as T,
} from './risk-rules';
import type { RiskFlag } from './risk-scan';

/** A manual background-check note, with the severity the reviewer gave it. */
export interface BackgroundNote {
  note: string;
  severity: 'info' | 'low' | 'medium' | 'high' | 'critical';
  author?: string;
  at?: string;
}

const count = (
  flags: readonly RiskFlag[],
  kind: 'caption' | 'comment',
  categories: (c: RiskCategory) => boolean,
) =>
  flags.filter(
    (flag) => flag.source.kind === kind && flag.category !== 'competitor' && categories(flag.category),
  ).length;

export function contentRules(flags: readonly RiskFlag[]): RiskRuleResult[] {
  const rules: RiskRuleResult[] = [];
  const captionHigh = count(flags, 'caption', (c) => HIGH_RISK_CAPTION_CATEGORIES.has(c));
  const captionOther = count(flags, 'caption', (c) => !HIGH_RISK_CAPTION_CATEGORIES.has(c));
  const chatter = count(flags, 'comment', (c) => CHATTER_CATEGORIES.has(c));
  const commentOther = count(flags, 'comment', (c) => !CHATTER_CATEGORIES.has(c));
  if (captionHigh > 0) {
    rules.push({
      id: 'caption_high_risk_content',
      level: 'high',
      evidenceCount: captionHigh,
      description: localize((l) =>
        l === 'vi'
          ? `${captionHigh} lần chú thích bài đăng nhắc tới scandal, nội dung người lớn hoặc cờ bạc.`
          : `${captionHigh} caption mentions of scandal, adult content or gambling.`,
      ),
    });
  }
  if (captionOther > 0) {
    rules.push({
      id: 'caption_sensitive_content',
      level: 'medium',
      evidenceCount: captionOther,
      description: localize((l) =>
        l === 'vi'
          ? `${captionOther} lần chú thích nhắc tới chủ đề nhạy cảm (tranh cãi, chính trị, bạo lực, rượu bia).`
          : `${captionOther} caption mentions of sensitive topics (controversy, politics, violence, alcohol).`,
      ),
    });
  }
  if (chatter >= T.chatterMedium) {
    rules.push({
      id: 'comment_scandal_chatter',
      level: chatter >= T.chatterHigh ? 'high' : 'medium',
      evidenceCount: chatter,
      description: localize((l) =>
        l === 'vi'
          ? `${chatter} bình luận nói về scandal/tranh cãi (ngưỡng: ${T.chatterMedium} → trung bình, ${T.chatterHigh} → cao).`
          : `${chatter} comments talk about a scandal or controversy (${T.chatterMedium} → medium, ${T.chatterHigh} → high).`,
      ),
    });
  }
  if (commentOther >= T.commentSensitiveMedium) {
    rules.push({
      id: 'comment_sensitive_content',
      level: 'medium',
      evidenceCount: commentOther,
      description: localize((l) =>
        l === 'vi'
          ? `${commentOther} bình luận chứa từ khoá nhạy cảm (ngưỡng ${T.commentSensitiveMedium}).`
          : `${commentOther} comments contain sensitive keywords (threshold ${T.commentSensitiveMedium}).`,
      ),
    });
  }
  return rules;
}

export function collaborationRules(result: CompetitorCollaborationResult): RiskRuleResult[] {
  const rules: RiskRuleResult[] = [];
  const months = result.windowMonths;
  if (result.inWindow.length > 0) {
    const brands = [...new Set(result.inWindow.map((item) => item.competitor))].join(', ');
    rules.push({
      id: 'competitor_collaboration',
      level: 'high',
      evidenceCount: result.inWindow.length,
      description: localize((l) =>
        l === 'vi'
          ? `${result.inWindow.length} bài hợp tác/quảng cáo cho đối thủ (${brands}) trong ${months} tháng gần nhất.`
          : `${result.inWindow.length} sponsored posts for competitors (${brands}) in the last ${months} months.`,
      ),
    });
  }
  if (result.undisclosedMentions.length > 0) {
    rules.push({
      id: 'undisclosed_competitor_mention',
      level: 'medium',
      evidenceCount: result.undisclosedMentions.length,
      description: localize((l) =>
        l === 'vi'
          ? `${result.undisclosedMentions.length} bài nhắc tới đối thủ không ghi rõ quảng cáo trong ${months} tháng gần nhất (có thể là quảng cáo ẩn).`
          : `${result.undisclosedMentions.length} posts name a competitor without an ad disclosure in the last ${months} months (possibly undisclosed ads).`,
      ),
    });
  }
  return rules;
}

const SEVERITY_VI = { critical: 'nghiêm trọng', high: 'cao', medium: 'trung bình' } as const;

export function noteRules(notes: readonly BackgroundNote[]): RiskRuleResult[] {
  return (['critical', 'high', 'medium'] as const).flatMap((severity): RiskRuleResult[] => {
    const matching = notes.filter((note) => note.severity === severity);
    if (matching.length === 0) return [];
    return [
      {
        id: 'background_note',
        level: severity,
        evidenceCount: matching.length,
        description: localize((l) =>
          l === 'vi'
            ? `${matching.length} ghi chú kiểm tra lý lịch mức ${SEVERITY_VI[severity]}: ${matching.map((n) => n.note).join(' | ')}`
            : `${matching.length} background-check notes of severity ${severity}: ${matching.map((n) => n.note).join(' | ')}`,
        ),
      },
    ];
  });
}

export function sentimentRule(share: number): RiskRuleResult[] {
  if (share < T.negativeMedium) return [];
  return [
    {
      id: 'negative_sentiment',
      level: share >= T.negativeHigh ? 'high' : 'medium',
      evidenceCount: 1,
      description: localize((l) =>
        l === 'vi'
          ? `${formatShare(share, l)} bình luận tiêu cực (≥ ${formatShare(T.negativeMedium, l, 0)} → trung bình, ≥ ${formatShare(T.negativeHigh, l, 0)} → cao).`
          : `${formatShare(share, l)} negative comments (≥ ${formatShare(T.negativeMedium, l, 0)} → medium, ≥ ${formatShare(T.negativeHigh, l, 0)} → high).`,
      ),
    },
  ];
}
