import {
  KPI_CATALOGUE,
  KPI_GOALS,
  KPI_GROUPS,
  KPI_UNITS,
  MAX_RECOMMENDED_KPIS_PER_PLAN,
  METRIC_VS_KPI,
  MIN_RECOMMENDED_KPIS_PER_PLAN,
  recommendedKpisForGoal,
} from '@lantoa/core/kpi';
import { TIER_IDS } from '@lantoa/core/tiers';
import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { suggestTargets } from './suggest-targets';

const ZLocalized = z.object({ vi: z.string(), en: z.string() });

const ZSuggestedTarget = z.object({
  value: z.number(),
  kind: z.enum(['history', 'benchmark']),
  count: z.number().int().nullable().describe('history: how many earlier targets the median is taken over'),
  tier: z.enum(TIER_IDS).nullable().describe('benchmark: the creator tier of the published band'),
  source: z
    .object({ id: z.string(), title: ZLocalized, reference: z.string() })
    .nullable()
    .describe('benchmark: the publication the band comes from'),
});

const ZSuggestionsResponse = z.object({
  minKpis: z.number(),
  maxKpis: z.number(),
  metricVsKpi: z.object({ title: ZLocalized, body: ZLocalized }),
  recommendations: z.array(
    z.object({ goal: z.enum(KPI_GOALS), primary: z.array(z.string()), secondary: z.array(z.string()) }),
  ),
  kpis: z.array(
    z.object({
      kpiId: z.string(),
      group: z.enum(KPI_GROUPS),
      name: ZLocalized,
      description: ZLocalized,
      formulaText: ZLocalized,
      unit: z.enum(KPI_UNITS),
      direction: z.enum(['higher', 'lower']),
      goals: z.array(z.enum(KPI_GOALS)),
      suggestedTarget: ZSuggestedTarget.nullable(),
    }),
  ),
});

export const kpiSuggestionsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaign-kpi-suggestions',
  permission: 'campaign.read',
  summary:
    'The KPI catalogue for the campaign wizard: recommended KPIs per goal (pick 3–5), metric vs KPI, and a suggested target per KPI from this workspace’s history (median, with how many targets) or a published benchmark (tier and source)',
  tags: ['campaigns'],
  schema: { params: z.strictObject({ workspaceId: ZUuid }), response: ZSuggestionsResponse },
  handler: async ({ ctx }) => {
    const targets = await suggestTargets(
      ctx.services.db,
      ctx.workspace.id,
      KPI_CATALOGUE.map((kpi) => kpi.id),
    );
    return {
      minKpis: MIN_RECOMMENDED_KPIS_PER_PLAN,
      maxKpis: MAX_RECOMMENDED_KPIS_PER_PLAN,
      metricVsKpi: METRIC_VS_KPI,
      recommendations: KPI_GOALS.map((goal) => ({ goal, ...recommendedKpisForGoal(goal) })).map((r) => ({
        goal: r.goal,
        primary: [...r.primary],
        secondary: [...r.secondary],
      })),
      kpis: KPI_CATALOGUE.map((kpi) => ({
        kpiId: kpi.id,
        group: kpi.group,
        name: kpi.name,
        description: kpi.description,
        formulaText: kpi.formulaText,
        unit: kpi.unit,
        direction: kpi.direction,
        goals: [...kpi.goals],
        suggestedTarget: targets.get(kpi.id) ?? null,
      })),
    };
  },
});
