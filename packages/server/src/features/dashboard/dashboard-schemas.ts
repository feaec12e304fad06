import { parseRangeBound } from '@lantoa/core/bundle';
import { FUNNEL_STEPS, LEADERBOARD_KPIS } from '@lantoa/core/dashboard';
import { KPI_UNITS } from '@lantoa/core/kpi';
import { z } from 'zod';

const ZDayText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD (a whole day in Vietnam time)')
  .refine((text) => parseRangeBound(text, 'from') !== undefined, 'must be a real date');

export const ZDashboardQuery = z.strictObject({
  from: ZDayText.optional().describe('First day (default: the campaign start)'),
  to: ZDayText.optional().describe('Last day (default: the campaign end)'),
  compare: z
    .enum(['previous', 'none'])
    .default('none')
    .describe('`previous`: the equal-length period just before'),
  sort: z.enum(LEADERBOARD_KPIS).default('engagements').describe('Leaderboard order'),
  order: z.enum(['best', 'worst']).default('best'),
  limit: z.coerce.number().int().min(1).max(1_000).default(20).describe('Leaderboard rows'),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

const ZText = z.object({ vi: z.string(), en: z.string() });
const ZInputs = z.record(z.string(), z.number().nullable());

export const ZDashboardValue = z.object({
  id: z.string(),
  name: ZText,
  formula: ZText,
  unit: z.enum(KPI_UNITS),
  direction: z.enum(['higher', 'lower']),
  value: z.number().nullable(),
  reason: z.string().nullable(),
  inputs: ZInputs,
  freshness: z.string().nullable(),
});

const ZDelta = z.object({
  current: z.number().nullable(),
  previous: z.number().nullable(),
  change: z.number().nullable(),
  changePercent: z.number().nullable(),
});

const ZTile = z.object({
  kpi: ZDashboardValue,
  target: z.number().nullable(),
  progressPercent: z.number().nullable(),
  pacing: z.union([
    z.object({
      ok: z.literal(true),
      status: z.enum(['ahead', 'on_track', 'at_risk', 'off_track']),
      pacingPercent: z.number(),
      expected: z.number(),
      method: z.enum(['linear', 'target']),
    }),
    z.object({ ok: z.literal(false), reason: z.string() }),
  ]),
  projection: z.union([
    z.object({
      ok: z.literal(true),
      projected: z.number(),
      interval: z.tuple([z.number(), z.number()]),
      probabilityOnTarget: z.number().nullable(),
      method: z.enum(['pace', 'current']),
    }),
    z.object({ ok: z.literal(false), reason: z.string() }),
  ]),
});

const ZFunnelStep = z.object({
  id: z.enum(FUNNEL_STEPS),
  basis: z.string(),
  value: z.number().nullable(),
  reason: z.string().nullable(),
  stepRate: z.number().nullable(),
  stepRateReason: z.string().nullable(),
});

const ZCell = z.object({ value: z.number().nullable(), reason: z.string().nullable() });

export const ZDashboard = z.object({
  campaign: z.object({
    id: z.string(),
    name: z.string(),
    status: z.string(),
    currency: z.string(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
  }),
  range: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  previousRange: z.object({ from: z.string(), to: z.string() }).nullable(),
  tiles: z.array(ZTile),
  funnel: z.array(ZFunnelStep),
  costEfficiency: z.array(ZDashboardValue),
  clicks: z.object({
    basis: z.enum(['posts', 'tracked_links', 'none']),
    trackedLinks: z.boolean(),
    tracked: z.number().nullable(),
    bots: z.number().nullable(),
    posts: z.number().nullable(),
  }),
  series: z.array(
    z.object({
      day: z.string(),
      reach: z.number(),
      views: z.number(),
      impressions: z.number(),
      engagements: z.number(),
      clicks: z.number(),
      conversions: z.number(),
      revenue: z.number(),
    }),
  ),
  leaderboard: z.object({
    sort: z.enum(LEADERBOARD_KPIS),
    order: z.enum(['best', 'worst']),
    total: z.number().int(),
    kpis: z.record(
      z.string(),
      z.object({
        name: ZText,
        formula: ZText,
        unit: z.enum(KPI_UNITS),
        direction: z.enum(['higher', 'lower']),
      }),
    ),
    rows: z.array(z.object({ creatorId: z.string(), name: z.string(), values: z.record(z.string(), ZCell) })),
  }),
  comparison: z.record(z.string(), ZDelta).nullable(),
  freshness: z.object({
    snapshots: z.string().nullable(),
    clicks: z.string().nullable(),
    conversions: z.string().nullable(),
  }),
  generatedAt: z.string(),
});
export type TDashboard = z.infer<typeof ZDashboard>;
