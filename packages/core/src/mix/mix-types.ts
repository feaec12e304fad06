import type { TierId } from '../tiers';

export const MIX_GOALS = ['reach', 'engagements', 'clicks', 'conversions'] as const;
export type MixGoal = (typeof MIX_GOALS)[number];

export const RISK_ORDER = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_ORDER)[number];

/** Expected results of one booking; null when neither history nor a benchmark gives a number. */
export type ExpectedResults = Record<MixGoal, number | null>;

export interface MixCandidate {
  id: string;
  name: string;
  tier: TierId | null;
  /** Fee for the booking in VND; null when unknown (such a creator cannot be planned). */
  fee: number | null;
  expected: ExpectedResults;
  /** Goals whose expected result comes from a tier benchmark band rather than the creator's own posts. */
  benchmarked?: readonly MixGoal[];
  /** 0–100; null when not assessed. */
  quality: number | null;
  risk: RiskLevel | null;
  niches: readonly string[];
  /** Creators with the same segment reach largely the same people (e.g. same niche and city). */
  audienceSegment: string | null;
}

export interface MixConstraints {
  goal: MixGoal;
  budget: number;
  minPerTier?: Partial<Record<TierId, number>>;
  maxPerTier?: Partial<Record<TierId, number>>;
  /** Tiers allowed at all (scenarios such as "only nano"); all when absent. */
  allowedTiers?: readonly TierId[];
  maxCreators?: number;
  nichesToCover?: readonly string[];
  /** 0–1: no creator may take more than this share of the budget. */
  maxSharePerCreator?: number;
  minQuality?: number;
  maxRisk?: RiskLevel;
  /**
   * 0–1: each creator beyond the first in one audience segment loses this share of the segment's mean
   * expected result (they reach people who already saw the campaign).
   */
  overlapPenalty?: number;
}
