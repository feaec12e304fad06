import { KpiIdSchema } from '@lantoa/core/kpi';
import { z } from 'zod';

const GAP_CODES = [
  'no_creators',
  'no_basis',
  'no_cost',
  'no_revenue_per_order',
  'no_followers',
  'after_launch_only',
  'zero_denominator',
] as const;

export const ZCampaignForecast = z.object({
  confidence: z.number(),
  simulations: z.number(),
  creators: z.number(),
  cost: z.number().nullable(),
  costSource: z.enum(['budget', 'creator_fees']).nullable(),
  revenuePerOrder: z.number().nullable(),
  kpis: z.array(
    z.object({
      kpiId: KpiIdSchema,
      target: z.number().nullable(),
      median: z.number().nullable(),
      interval: z.tuple([z.number(), z.number()]).nullable(),
      targetPosition: z.enum(['below', 'inside', 'above']).nullable(),
      inputs: z.array(
        z.object({
          name: z.string(),
          median: z.number(),
          basis: z.object({ history: z.number(), benchmark: z.number(), missing: z.number() }).nullable(),
        }),
      ),
      gap: z.object({ code: z.enum(GAP_CODES), input: z.string().nullable() }).nullable(),
    }),
  ),
});
