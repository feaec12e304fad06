import { z } from 'zod';
import type { LocalizedText } from '../kpi';

export const TIER_IDS = ['koc', 'nano', 'micro', 'macro', 'mega'] as const;
export const TierIdSchema = z.enum(TIER_IDS);
export type TierId = z.infer<typeof TierIdSchema>;

/** Lower follower bound of each tier; a lower bound belongs to its tier. Below `nano` is KOC / seeding. */
export interface TierThresholds {
  nano: number;
  micro: number;
  macro: number;
  mega: number;
}

/** Seed 000 / PRODUCT.md A2; editable per workspace. */
export const DEFAULT_TIER_THRESHOLDS: Readonly<TierThresholds> = Object.freeze({
  nano: 1_000,
  micro: 10_000,
  macro: 50_000,
  mega: 500_000,
});

const bound = z.number().int().positive({ error: 'expected a positive whole number of followers' });

export const TierThresholdsSchema = z
  .strictObject({ nano: bound, micro: bound, macro: bound, mega: bound })
  .check((ctx) => {
    const { nano, micro, macro, mega } = ctx.value;
    const order: [keyof TierThresholds, number, number][] = [
      ['micro', nano, micro],
      ['macro', micro, macro],
      ['mega', macro, mega],
    ];
    for (const [tier, lower, value] of order) {
      if (value <= lower) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          path: [tier],
          message: `must be greater than the tier below it (${lower})`,
        });
      }
    }
  });

export const TIER_LABELS: Record<TierId, LocalizedText> = {
  koc: { vi: 'KOC / seeding', en: 'KOC / seeding' },
  nano: { vi: 'Nano', en: 'Nano' },
  micro: { vi: 'Micro', en: 'Micro' },
  macro: { vi: 'Macro', en: 'Macro' },
  mega: { vi: 'Mega', en: 'Mega' },
};

/** The tier of an account with this many followers (use the account's latest follower count). */
export function tierForFollowers(
  followers: number,
  thresholds: TierThresholds = DEFAULT_TIER_THRESHOLDS,
): TierId {
  if (followers >= thresholds.mega) return 'mega';
  if (followers >= thresholds.macro) return 'macro';
  if (followers >= thresholds.micro) return 'micro';
  if (followers >= thresholds.nano) return 'nano';
  return 'koc';
}

/** Follower range of a tier: min inclusive, max exclusive (null for mega). */
export function tierFollowerRange(
  tier: TierId,
  thresholds: TierThresholds = DEFAULT_TIER_THRESHOLDS,
): { min: number; max: number | null } {
  switch (tier) {
    case 'koc':
      return { min: 0, max: thresholds.nano };
    case 'nano':
      return { min: thresholds.nano, max: thresholds.micro };
    case 'micro':
      return { min: thresholds.micro, max: thresholds.macro };
    case 'macro':
      return { min: thresholds.macro, max: thresholds.mega };
    case 'mega':
      return { min: thresholds.mega, max: null };
  }
}
