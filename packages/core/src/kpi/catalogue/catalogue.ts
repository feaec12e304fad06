import { KPI_IDS, type KpiId } from '../kpi-ids';
import { CONVERSION_KPIS } from './catalogue-conversion';
import { ENGAGEMENT_KPIS } from './catalogue-engagement';
import { REACH_KPIS } from './catalogue-reach';
import { RETENTION_KPIS } from './catalogue-retention';
import { ROI_KPIS } from './catalogue-roi';
import type { KpiDefinition, KpiGroup } from './catalogue-types';
import { goalsRecommendingKpi } from './goals';

const SOURCES = [...REACH_KPIS, ...ENGAGEMENT_KPIS, ...CONVERSION_KPIS, ...RETENTION_KPIS, ...ROI_KPIS];

const BY_ID = new Map<KpiId, KpiDefinition>(
  SOURCES.map((source) => [source.id, { ...source, goals: goalsRecommendingKpi(source.id) }]),
);

/** Every KPI of KPIS.md, in KPI_IDS order. The one source for the engine, API, UI labels and docs. */
export const KPI_CATALOGUE: readonly KpiDefinition[] = KPI_IDS.map((id) => {
  const definition = BY_ID.get(id);
  if (!definition) throw new Error(`KPI "${id}" has no catalogue entry`);
  return definition;
});

export function getKpiDefinition(id: KpiId): KpiDefinition {
  return BY_ID.get(id)!;
}

export function kpisInGroup(group: KpiGroup): KpiDefinition[] {
  return KPI_CATALOGUE.filter((definition) => definition.group === group);
}
