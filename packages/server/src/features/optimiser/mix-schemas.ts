import { MIX_GOALS, RISK_ORDER, SCENARIO_IDS } from '@lantoa/core/mix';
import { TIER_IDS } from '@lantoa/core/tiers';
import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';

const ZTierCounts = z.partialRecord(z.enum(TIER_IDS), z.number().int().min(0).max(10_000));

export const ZMixRequest = z.strictObject({
  goal: z.enum(MIX_GOALS),
  /** VND; defaults to the campaign's KOL-fee budget line, else its total budget. */
  budget: z.number().int().min(1).max(1e13).optional(),
  minPerTier: ZTierCounts.optional(),
  maxPerTier: ZTierCounts.optional(),
  nichesToCover: z.array(z.string().trim().min(1).max(100)).max(30).optional(),
  maxSharePerCreator: z.number().gt(0).max(1).default(0.4),
  minQuality: z.number().min(0).max(100).optional(),
  maxRisk: z.enum(RISK_ORDER).optional(),
  overlapPenalty: z.number().min(0).max(1).default(0.3),
  /** A shortlist; the whole registry when absent. */
  creatorIds: z.array(ZUuid).max(20_000).optional(),
  /** A saved shortlist of the workspace as the candidate source (with creatorIds: creators on both). */
  shortlistId: ZUuid.optional(),
});

const ZExpected = z.object({
  reach: z.number().nullable(),
  engagements: z.number().nullable(),
  clicks: z.number().nullable(),
  conversions: z.number().nullable(),
});

const ZSummary = z.object({
  creators: z.number(),
  cost: z.number(),
  expected: z.record(z.enum(MIX_GOALS), z.object({ total: z.number(), missing: z.number() })),
  costPerResult: z.number().nullable(),
  maxShare: z.number().nullable(),
  concentration: z.number().nullable(),
  risk: z.object({ low: z.number(), medium: z.number(), high: z.number(), unknown: z.number() }),
});

const ZDistribution = z.object({
  mean: z.number(),
  median: z.number(),
  interval: z.tuple([z.number(), z.number()]),
});

export const ZMixResponse = z.object({
  goal: z.enum(MIX_GOALS),
  budget: z.number(),
  candidates: z.number(),
  eligible: z.number(),
  uncoverableNiches: z.array(z.string()),
  scenarios: z.array(
    z.object({
      id: z.enum(SCENARIO_IDS),
      status: z.string(),
      feasible: z.boolean(),
      objective: z.number(),
      summary: ZSummary,
      creators: z.array(
        z.object({
          creatorId: z.string(),
          name: z.string(),
          tier: z.enum(TIER_IDS).nullable(),
          fee: z.number(),
          expected: ZExpected,
          risk: z.enum(RISK_ORDER).nullable(),
        }),
      ),
    }),
  ),
  greedy: z.object({ objective: z.number(), summary: ZSummary }),
  explanations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      picked: z.boolean(),
      reason: z.string(),
      niche: z.string().optional(),
      valuePerMillion: z.number().nullable(),
      /** The goal's expected result comes from a tier benchmark band, not the creator's own posts. */
      fromBenchmark: z.boolean(),
    }),
  ),
  forecast: z.array(
    z.object({
      metric: z.enum(MIX_GOALS),
      total: ZDistribution.nullable(),
      costPerResult: z
        .object({
          median: z.number().nullable(),
          interval: z.tuple([z.number().nullable(), z.number().nullable()]),
        })
        .nullable(),
      skipped: z.number(),
      reason: z.string().nullable(),
    }),
  ),
});
