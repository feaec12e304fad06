import {
  KPI_CATALOGUE,
  KPI_GOALS,
  KPI_GROUPS,
  KPI_IDS,
  KPI_UNITS,
  METRIC_VS_KPI,
  recommendedKpisForGoal,
} from '@lantoa/core/kpi';
import { z } from 'zod';
import { defineRoute } from '../../http/define-route';

const ZText = z.object({ vi: z.string(), en: z.string() });

const ZKpiDefinition = z.object({
  id: z.enum(KPI_IDS),
  group: z.enum(KPI_GROUPS),
  name: ZText,
  description: ZText,
  formulaText: ZText,
  unit: z.enum(KPI_UNITS),
  direction: z.enum(['higher', 'lower']),
  requiredInputs: z.array(z.string()),
  estimate: z.boolean(),
  goals: z.array(z.enum(KPI_GOALS)),
});

const ZCatalogue = z.object({
  kpis: z.array(ZKpiDefinition),
  metricVsKpi: z.object({ title: ZText, body: ZText }),
  recommendations: z.record(
    z.enum(KPI_GOALS),
    z.object({ primary: z.array(z.enum(KPI_IDS)), secondary: z.array(z.enum(KPI_IDS)) }),
  ),
});

/** The KPI catalogue — the same source as the engine, the UI labels and tooltips. */
export const kpiCatalogueRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/kpis',
  permission: 'public',
  summary: 'Every KPI with its Vietnamese and English name, formula, unit, direction and recommended goals',
  tags: ['kpis'],
  schema: { response: ZCatalogue },
  handler: async () => ({
    kpis: KPI_CATALOGUE.map((kpi) => ({
      id: kpi.id,
      group: kpi.group,
      name: kpi.name,
      description: kpi.description,
      formulaText: kpi.formulaText,
      unit: kpi.unit,
      direction: kpi.direction,
      requiredInputs: [...kpi.requiredInputs],
      estimate: kpi.estimate,
      goals: [...kpi.goals],
    })),
    metricVsKpi: METRIC_VS_KPI,
    recommendations: Object.fromEntries(
      KPI_GOALS.map((goal) => {
        const { primary, secondary } = recommendedKpisForGoal(goal);
        return [goal, { primary: [...primary], secondary: [...secondary] }];
      }),
    ) as Record<
      (typeof KPI_GOALS)[number],
      { primary: (typeof KPI_IDS)[number][]; secondary: (typeof KPI_IDS)[number][] }
    >,
  }),
});
